import { isDeepStrictEqual } from 'node:util';

// Copying and comparing documents, which are plain JSON-shaped data (what
// JSON.parse and the zod schemas produce: objects, arrays, strings, numbers,
// booleans, null). Written out for that shape because saving a change does
// both over the whole document: here they take about a fifth of what
// structuredClone and util.isDeepStrictEqual take on a 67 KB year of records
// (bench/RESULTS.md). Anything else that turns up (a Date a mutator put in)
// goes through the general functions, so the answer is never wrong, only slower.

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** A deep copy of plain data, every object and array new, like structuredClone for this shape. */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) copy[i] = clonePlain(value[i] as unknown);
    return copy as T;
  }
  if (!isPlainObject(value)) return structuredClone(value);
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    // A key named __proto__ (JSON.parse makes it an own key) must stay a key, not become the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: clonePlain(source[key]), enumerable: true, writable: true, configurable: true });
    else copy[key] = clonePlain(source[key]);
  }
  return copy as T;
}

/**
 * Deep equality of plain data: the same keys (a key holding undefined is not
 * a missing key) and equal values, by ===. So NaN never equals NaN and the
 * item counts as changed, which only means it is validated again.
 */
export function equalPlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!equalPlain(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return isDeepStrictEqual(a, b);
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(right, key) || !equalPlain(left[key], right[key])) return false;
  }
  return true;
}
