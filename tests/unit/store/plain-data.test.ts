import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { clonePlain, equalPlain } from '../../../src/main/store/plain-data';

// applyChange copies documents with clonePlain and finds the items a change
// left alone with equalPlain, in place of structuredClone and
// util.isDeepStrictEqual. On JSON-shaped data they must answer the same.

let seed = 7;
const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const KEYS = ['id', 'name', 'a', 'b', 'records', 'ü', '__proto__', ''];

function randomValue(depth: number): unknown {
  const r = rand();
  if (depth <= 0 || r < 0.3) return [null, true, false, 0, -1.5, 42, '', 'text', 'ō “x”'][Math.floor(rand() * 9)];
  if (r < 0.6) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(depth - 1));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(rand() * 4); i > 0; i -= 1) {
    Object.defineProperty(out, KEYS[Math.floor(rand() * KEYS.length)]!, { value: randomValue(depth - 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A small change somewhere inside, or none. */
function nudge(value: unknown): unknown {
  const copy = structuredClone(value);
  if (typeof copy !== 'object' || copy === null) return rand() < 0.5 ? copy : 'changed';
  const keys = Object.keys(copy);
  if (keys.length === 0) return Array.isArray(copy) ? [1] : { x: 1 };
  const key = keys[Math.floor(rand() * keys.length)]!;
  const at = copy as Record<string, unknown>;
  const r = rand();
  if (r < 0.3) at[key] = nudge(at[key]);
  else if (r < 0.5 && !Array.isArray(copy)) delete at[key];
  else if (r < 0.6 && !Array.isArray(copy)) at[key] = undefined;
  return copy;
}

describe('clonePlain', () => {
  it('copies JSON-shaped data like structuredClone, sharing no object with the original', () => {
    for (let i = 0; i < 300; i += 1) {
      const value = randomValue(5);
      const copy = clonePlain(value);
      expect(copy).toStrictEqual(structuredClone(value));
      expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
      const seen = new Set<unknown>();
      const collect = (v: unknown) => {
        if (typeof v !== 'object' || v === null) return;
        seen.add(v);
        Object.values(v).forEach(collect);
      };
      collect(value);
      const shares = (v: unknown): boolean => typeof v === 'object' && v !== null && (seen.has(v) || Object.values(v).some(shares));
      expect(shares(copy)).toBe(false);
    }
  });

  it('keeps a key named __proto__ as a key, copies frozen data unfrozen, and leaves Dates to structuredClone', () => {
    const parsed = Object.freeze(JSON.parse('{"__proto__":{"polluted":true},"list":[1,{"a":2}]}') as Record<string, unknown>);
    const copy = clonePlain(parsed);
    expect(Object.keys(copy)).toEqual(['__proto__', 'list']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.isFrozen(copy)).toBe(false);
    const when = { at: new Date('2026-01-01T00:00:00Z') };
    const dated = clonePlain(when);
    expect(dated.at).toBeInstanceOf(Date);
    expect(dated.at).not.toBe(when.at);
    expect(dated.at.getTime()).toBe(when.at.getTime());
  });
});

describe('equalPlain', () => {
  it('agrees with util.isDeepStrictEqual on JSON-shaped data and small changes to it', () => {
    let unequal = 0;
    for (let i = 0; i < 1000; i += 1) {
      const a = randomValue(5);
      const b = nudge(a);
      const expected = isDeepStrictEqual(a, b);
      if (!expected) unequal += 1;
      expect(equalPlain(a, b)).toBe(expected);
      expect(equalPlain(b, a)).toBe(expected);
      expect(equalPlain(a, structuredClone(a))).toBe(true);
    }
    expect(unequal).toBeGreaterThan(100);
  });

  it('tells a key holding undefined from a missing key, an array from an object, and falls back for other objects', () => {
    expect(equalPlain({ a: undefined }, {})).toBe(false);
    expect(equalPlain({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(equalPlain([], {})).toBe(false);
    expect(equalPlain({ 0: 'x', length: 1 }, ['x'])).toBe(false);
    expect(equalPlain({ at: new Date(5) }, { at: new Date(5) })).toBe(true);
    expect(equalPlain({ at: new Date(5) }, { at: new Date(6) })).toBe(false);
    // NaN is never a valid stored value: treating it as changed only means checking it again.
    expect(equalPlain([Number.NaN], [Number.NaN])).toBe(false);
  });
});
