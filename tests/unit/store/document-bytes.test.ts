import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decadeDocuments } from '../../../bench/synthetic-store';
import { applyChange } from '../../../src/main/store/apply-change';
import { deepFreeze } from '../../../src/main/store/deep-freeze';
import { documentBytes, rememberedBytes } from '../../../src/main/store/document-bytes';
import { CURRENT_SCHEMA_VERSION, GroupDocSchema, IndexDocSchema, MeetingRecordsDocSchema, defaultIndexDoc } from '../../../src/main/store/documents';
import { InvalidDocumentError } from '../../../src/main/store/errors';
import { groupKind, indexKind, meetingRecordsKind } from '../../../src/main/store/kinds';
import { open, tempDir } from './helpers';

// The store writes documentBytes(doc) where it used to write JSON.stringify(doc):
// the file must not change by a single byte, and the remembered pieces must
// never outlive the item they were made from.

const asString = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');
const expectSameBytes = (doc: unknown, collections: Parameters<typeof documentBytes>[1]) =>
  expect(Buffer.compare(documentBytes(doc, collections), Buffer.from(JSON.stringify(doc), 'utf8'))).toBe(0);

describe('documentBytes', () => {
  const decade = decadeDocuments();

  it('writes exactly the bytes of JSON.stringify for every real document of a decade, first time and from memory', () => {
    const index = deepFreeze(IndexDocSchema.parse({ ...defaultIndexDoc('Europe/London'), people: decade.people }));
    const docs: [unknown, typeof indexKind.collections][] = [[index, indexKind.collections]];
    for (const { doc, years } of decade.groups) {
      docs.push([deepFreeze(GroupDocSchema.parse(doc)), groupKind.collections]);
      for (const [year, records] of years) {
        const yearDoc = MeetingRecordsDocSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, groupId: doc.group.id, year, records });
        docs.push([deepFreeze(yearDoc), meetingRecordsKind.collections]);
      }
    }
    expect(docs.length).toBe(1 + 25 + 250);
    for (const [doc, collections] of docs) {
      expectSameBytes(doc, collections);
      expectSameBytes(doc, collections); // the second time every item comes from memory
    }
  });

  it('matches JSON.stringify where lists stand first, last or alone, are empty or missing, and fields hold undefined', () => {
    const one = [{ key: 'items', item: z.unknown() }];
    const two = [...one, { key: 'more', item: z.unknown() }];
    const cases: unknown[] = [
      { items: [{ a: 1 }, { b: 'ü “quoted” \u2028' }], title: 'x' },
      { title: 'x', items: [] },
      { title: 'x', skipped: undefined, items: [{ a: 1, gone: undefined }, null, 3, 'text'], after: undefined },
      { items: [{ a: 1 }] },
      { title: 'x', items: 'not a list' },
      { title: 'x' },
      { more: [{ z: true }], title: 'x', items: [{ a: [1, 2] }] },
      {},
    ];
    for (const doc of cases) {
      expectSameBytes(deepFreeze(structuredClone(doc)), two);
      expectSameBytes(doc, one); // not frozen: nothing remembered, still the same bytes
    }
  });

  it('remembers nothing for an item that is not frozen, so changing it in place is always seen', () => {
    const collections = [{ key: 'items', item: z.unknown() }];
    const doc = { title: 'x', items: [{ a: 1 }, { a: 2 }] };
    expect(asString(documentBytes(doc, collections))).toBe(JSON.stringify(doc));
    doc.items[1]!.a = 3;
    expect(asString(documentBytes(doc, collections))).toBe('{"title":"x","items":[{"a":1},{"a":3}]}');
    expect(rememberedBytes(doc.items[1]!)).toBeUndefined();
  });

  it('serialises a changed item again and reuses the remembered bytes of the items a change left alone', () => {
    const { doc, years } = decade.groups[3]!;
    const [year, records] = [...years][4]!;
    const Schema = MeetingRecordsDocSchema;
    const current = deepFreeze(Schema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, groupId: doc.group.id, year, records }));
    documentBytes(current, meetingRecordsKind.collections);
    const before = current.records.map((r) => rememberedBytes(r));
    expect(before.every((b) => b !== undefined)).toBe(true);

    const next = applyChange(current, (d) => void (d.records[5]!.checkIns[0]!.summary = 'A new summary, with “quotes”'), Schema, 'x', meetingRecordsKind.collections);
    const bytes = documentBytes(next, meetingRecordsKind.collections);
    expect(asString(bytes)).toBe(JSON.stringify(next));
    expect(asString(bytes)).toContain('A new summary, with “quotes”');
    expect(asString(rememberedBytes(next.records[5]!)!)).toBe(JSON.stringify(next.records[5]));
    next.records.forEach((r, i) => {
      if (i === 5) expect(r).not.toBe(current.records[i]);
      else {
        expect(r).toBe(current.records[i]);
        expect(rememberedBytes(r)).toBe(before[i]); // the very same piece: not serialised again
      }
    });
  });

  it('leaves the current document and its remembered bytes as they were when a change fails validation', () => {
    const { doc, years } = decade.groups[7]!;
    const [year, records] = [...years][2]!;
    const current = deepFreeze(MeetingRecordsDocSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, groupId: doc.group.id, year, records }));
    const text = asString(documentBytes(current, meetingRecordsKind.collections));
    const pieces = current.records.map((r) => rememberedBytes(r));
    expect(() =>
      applyChange(current, (d) => void ((d.records[1]!.checkIns[0] as { progress: string }).progress = 'flying'), MeetingRecordsDocSchema, 'x', meetingRecordsKind.collections),
    ).toThrow(InvalidDocumentError);
    expect(current.records[1]!.checkIns[0]!.progress).not.toBe('flying');
    expect(current.records.map((r) => rememberedBytes(r))).toEqual(pieces);
    current.records.forEach((r, i) => expect(rememberedBytes(r)).toBe(pieces[i]));
    expect(asString(documentBytes(current, meetingRecordsKind.collections))).toBe(text);
  });

  it('through the store: a refused change keeps memory and the file as they were, and the next save writes the right bytes', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const { doc, years } = decade.groups[0]!;
    const [year, records] = [...years][1]!;
    await store.updateIndex((d) => void d.people.push(...decade.people));
    await store.createGroup(doc);
    const saved = await store.updateMeetingRecords(doc.group.id, year, (d) => void d.records.push(...structuredClone(records)));
    const file = path.join(dir, 'meetings', doc.group.id, `${year}.json`);
    const onDisk = await fs.readFile(file, 'utf8');
    expect(onDisk).toBe(JSON.stringify(saved));

    await expect(store.updateMeetingRecords(doc.group.id, year, (d) => void (d.records[0]!.attendance = [{ membershipId: 'nope', mark: 'present' }]))).rejects.toThrow();
    expect(await store.meetingRecords(doc.group.id, year)).toBe(saved);
    expect(await fs.readFile(file, 'utf8')).toBe(onDisk);

    const next = await store.updateMeetingRecords(doc.group.id, year, (d) => void (d.records[2]!.coachees = []));
    expect(await fs.readFile(file, 'utf8')).toBe(JSON.stringify(next));
    expect(next.records[2]!.coachees).toEqual([]);
  });
});
