import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectDocument } from '../../../src/main/store/inspect-document';
import { open, tempDir } from './helpers';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures');

// Zones are stored in the runtime's canonical spelling: the fixture's
// "Asia/Kolkata" is held as whatever ICU names that zone (Asia/Calcutta in
// today's ICU). Same zone, same rules; every other value is kept byte for byte.
const KOLKATA = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Kolkata' }).resolvedOptions().timeZone;
const asStored = <T>(doc: T): T => JSON.parse(JSON.stringify(doc).replaceAll('"Asia/Kolkata"', JSON.stringify(KOLKATA))) as T;

describe('data folders written by earlier versions', () => {
  it('opens the schema version 1 fixture with every record intact', async () => {
    const dir = await tempDir();
    await fs.cp(path.join(FIXTURES, 'v1'), dir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
    const originalIndex = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8'));

    const store = await open(dir);
    expect(store.recovery).toEqual([]);
    expect(store.index()).toEqual(asStored(originalIndex));
    expect(store.index().people.map((p) => p.name)).toEqual([
      'Amara Okafor',
      'Jonas Weber',
      'Priya Raman',
      'Tom Hēnare',
      'Lucía Fernández',
    ]);
    const groups = Object.fromEntries(store.groups().map((g) => [g.group.name, g]));
    expect(Object.keys(groups).sort()).toEqual(['Founders Round Table', 'Northwind Leaders Circle']);
    const northwind = groups['Northwind Leaders Circle']!;
    expect(northwind.group.kind).toEqual({ type: 'internal', organisation: 'Northwind Health', sponsorName: 'Grace Liu', sponsorEmail: 'grace.liu@example.org' });
    expect(northwind.memberships.map((m) => m.goal?.status ?? null)).toEqual(['in-progress', 'dropped', null]);
    expect(northwind.norms).toHaveLength(5);
    expect(northwind.normsRevision).toBe(2);
    expect(northwind.normAgreements.filter((a) => a.revision === 2)).toHaveLength(2);
    expect(groups['Founders Round Table']!.group.archivedAt).toBe('2025-04-02T06:00:00.000Z');
    // Amara is a member of both groups.
    const amara = store.index().people[0]!.id;
    expect(store.groups().filter((g) => g.memberships.some((m) => m.personId === amara))).toHaveLength(2);

    // Every fixture file deep-equals what the store holds for it.
    for (const g of store.groups()) {
      const original = JSON.parse(await fs.readFile(path.join(FIXTURES, 'v1', 'groups', `${g.group.id}.json`), 'utf8'));
      expect(g).toEqual(asStored(original));
    }
  });

  it('every fixture file is valid at its version', async () => {
    const root = path.join(FIXTURES, 'v1');
    expect(inspectDocument(await fs.readFile(path.join(root, 'index.json')), 'index').status).toBe('ok');
    for (const name of await fs.readdir(path.join(root, 'groups'))) {
      const result = inspectDocument(await fs.readFile(path.join(root, 'groups', name)), 'group', { expectedGroupId: name.replace('.json', '') });
      expect(result.status).toBe('ok');
    }
  });
});
