import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyChange } from '../../../src/main/store/apply-change';
import { deepFreeze } from '../../../src/main/store/deep-freeze';
import { InvalidDocumentError } from '../../../src/main/store/errors';

// Incremental validation must judge exactly like the full schema: the same
// answer for every change, only with less work for the items left equal.

const Item = z.strictObject({ id: z.number().int(), name: z.string().transform((s) => s.trim()).pipe(z.string().min(1)) });
const Doc = z.strictObject({ title: z.string().min(1), items: z.array(Item) });
type Doc = z.infer<typeof Doc>;
const collections = [{ key: 'items', item: Item }];

const base = (): Doc => deepFreeze(Doc.parse({ title: 'T', items: Array.from({ length: 6 }, (_, i) => ({ id: i, name: `n${i}` })) }));

const changes: [string, (d: Doc) => void][] = [
  ['edit one item', (d) => void (d.items[2]!.name = '  edited  ')],
  ['add at the end', (d) => void d.items.push({ id: 9, name: ' new ' })],
  ['insert in the middle', (d) => void d.items.splice(3, 0, { id: 7, name: 'mid' })],
  ['remove from the middle', (d) => void d.items.splice(1, 1)],
  ['reverse the order', (d) => void d.items.reverse()],
  ['break an item', (d) => void (d.items[4]!.name = '   ')],
  ['break an added item', (d) => void d.items.push({ id: 1.5, name: 'x' })],
  ['break the document', (d) => void (d.title = '')],
  ['add a stray field to an item', (d) => void ((d.items[0] as Record<string, unknown>).extra = 1)],
];

describe('applyChange', () => {
  for (const [name, change] of changes) {
    it(`judges "${name}" exactly as the full schema does`, () => {
      const current = base();
      const draft = structuredClone(current);
      change(draft);
      const full = Doc.safeParse(draft);
      if (!full.success) {
        expect(() => applyChange(current, change, Doc, 'doc.json', collections)).toThrow(InvalidDocumentError);
        return;
      }
      const next = applyChange(current, change, Doc, 'doc.json', collections);
      expect(next).toEqual(full.data);
      expect(Object.isFrozen(next) && next.items.every((i) => Object.isFrozen(i))).toBe(true);
    });
  }

  it('keeps the items a change left equal as the very same objects, and never touches the current document', () => {
    const current = base();
    const next = applyChange(current, (d) => void (d.items[2]!.name = 'edited'), Doc, 'doc.json', collections);
    expect(next.items.filter((item, i) => item === current.items[i]).length).toBe(5);
    expect(current.items[2]!.name).toBe('n2');
  });

  it('names the failing item in the error', () => {
    const current = base();
    try {
      applyChange(current, (d) => void (d.items[4]!.name = ''), Doc, 'doc.json', collections);
      expect.unreachable();
    } catch (err) {
      expect((err as InvalidDocumentError).issues[0]!.path).toEqual(['items', 4, 'name']);
    }
  });

  describe('scoped to some items', () => {
    const scoped = [{ key: 'items', item: Item, idOf: (item: { id: number }) => String(item.id) }];
    const only = (...ids: number[]) => ({ items: new Set(ids.map(String)) });

    for (const [name, change] of changes) {
      it(`judges "${name}" as the unscoped change does when the change stays in its scope`, () => {
        const current = base();
        // The changes edit items 0, 2 and 4 at most; the scope names those.
        const unscoped = (() => {
          try {
            return applyChange(current, change, Doc, 'doc.json', collections);
          } catch (err) {
            return err;
          }
        })();
        if (unscoped instanceof Error) expect(() => applyChange(current, change, Doc, 'doc.json', scoped, only(0, 2, 4))).toThrow(InvalidDocumentError);
        else expect(applyChange(current, change, Doc, 'doc.json', scoped, only(0, 2, 4))).toEqual(unscoped);
      });
    }

    it('copies only the items in scope: the others are the stored objects, and editing one throws, saving nothing', () => {
      const current = base();
      let seen: Doc | undefined;
      const next = applyChange(current, (d) => {
        seen = d;
        d.items[2]!.name = 'edited';
      }, Doc, 'doc.json', scoped, only(2));
      expect(seen!.items.filter((item, i) => item === current.items[i]).length).toBe(5);
      expect(next.items[2]!.name).toBe('edited');
      expect(next.items.filter((item, i) => item === current.items[i]).length).toBe(5);
      expect(() => applyChange(current, (d) => void (d.items[3]!.name = 'outside'), Doc, 'doc.json', scoped, only(2))).toThrow(TypeError);
      expect(current.items[3]!.name).toBe('n3');
    });
  });
});
