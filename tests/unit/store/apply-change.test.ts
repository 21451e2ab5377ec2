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
});
