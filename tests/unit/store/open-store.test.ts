import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src/main/store/documents';
import { InvalidDocumentError, StoreError } from '../../../src/main/store/errors';
import { groupDoc, mode, open, person, seed, snapshot, tempDir } from './helpers';

describe('openStore', () => {
  it('starts a new store in an empty folder with the default time zone, privately', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'nested', 'data');
    const store = await open(dir, { defaultTimeZone: 'Pacific/Auckland' });
    expect(store.index()).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: { coachName: '', coachTimeZone: 'Pacific/Auckland', coachEmail: '' }, people: [], calendar: { bufferMinutes: 15, busy: null } });
    expect(store.recovery).toEqual([]);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8'))).toEqual(store.index());
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(path.join(dir, 'groups'))).toBe(0o700);
    expect(await mode(path.join(dir, 'index.json'))).toBe(0o600);
  });

  it('saves changes durably and reads them back after a reopen', async () => {
    const dir = await tempDir();
    const { groupId, personIds } = await seed(dir);
    const store = await open(dir);
    expect(store.index().people.map((p) => p.id)).toEqual(personIds);
    expect(store.groupIds()).toEqual([groupId]);
    expect(store.group(groupId)?.memberships.map((m) => m.personId)).toEqual(personIds);
    expect(store.groups()).toHaveLength(1);
    expect(await mode(path.join(dir, 'groups', `${groupId}.json`))).toBe(0o600);
  });

  it('rewrites only the changed group file', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const store = await open(dir);
    const other = await store.createGroup(groupDoc('Thursday Circle'));
    await store.flush();
    const before = await snapshot(dir);
    const inodes = async (rel: string) => (await fs.stat(path.join(dir, rel))).ino;
    const otherIno = await inodes(`groups/${other.group.id}.json`);
    const indexIno = await inodes('index.json');

    await store.updateGroup(groupId, (d) => void (d.group.name = 'Tuesday Circle (renamed)'));
    const after = await snapshot(dir);
    const changed = [...after.keys()].filter((k) => !before.get(k)?.equals(after.get(k)!));
    expect(changed).toEqual([`groups/${groupId}.json`]);
    expect(await inodes(`groups/${other.group.id}.json`)).toBe(otherIno);
    expect(await inodes('index.json')).toBe(indexIno);
  });

  it('changes nothing when a mutation produces an invalid document', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const store = await open(dir);
    await store.flush();
    const before = await snapshot(dir);
    const memoryBefore = structuredClone(store.group(groupId));

    await expect(store.updateGroup(groupId, (d) => void (d.group.color = 'not a colour'))).rejects.toBeInstanceOf(InvalidDocumentError);
    await expect(
      store.updateGroup(groupId, (d) => {
        (d as unknown as Record<string, unknown>).__proto__ = { polluted: true };
        (d.group as unknown as Record<string, unknown>).extra = 1;
      }),
    ).rejects.toThrow(/not saved/);
    await expect(store.updateIndex((d) => void (d.people[0]!.email = 'nope'))).rejects.toBeInstanceOf(InvalidDocumentError);
    await expect(store.updateGroup(groupId, (d) => void (d.group.id = '00000000-0000-4000-8000-000000000000'))).rejects.toThrow(/cannot change/);
    await expect(
      store.updateGroup(groupId, (d) => {
        d.group.name = 'Half done';
        throw new Error('mutator failed');
      }),
    ).rejects.toThrow('mutator failed');

    expect(store.group(groupId)).toEqual(memoryBefore);
    expect(await snapshot(dir)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hands out frozen documents so in-place edits cannot bypass saving', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const store = await open(dir);
    expect(() => store.group(groupId)!.memberships.push(store.group(groupId)!.memberships[0]!)).toThrow(TypeError);
    expect(() => {
      (store.index().settings as { coachName: string }).coachName = 'x';
    }).toThrow(TypeError);
  });

  it('applies racing updates one after another, losing none', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.updateIndex((d) => void d.people.push(person(`Person ${i}`, `p${i}@example.com`)))),
    );
    expect(store.index().people).toHaveLength(20);
    await store.close();
    expect((await open(dir)).index().people).toHaveLength(20);
  });

  it('creates and deletes groups, refusing an existing id and an unknown one', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const doc = groupDoc('Circle A');
    await store.createGroup(doc);
    await expect(store.createGroup(doc)).rejects.toMatchObject({ code: 'group_exists' });
    await expect(store.createGroup({ ...doc, group: { ...doc.group, name: '' } })).rejects.toBeInstanceOf(InvalidDocumentError);
    await store.deleteGroup(doc.group.id);
    expect(store.groupIds()).toEqual([]);
    await expect(fs.access(path.join(dir, 'groups', `${doc.group.id}.json`))).rejects.toThrow();
    await expect(store.deleteGroup(doc.group.id)).rejects.toMatchObject({ code: 'unknown_group' });
    await expect(store.updateGroup(doc.group.id, () => undefined)).rejects.toMatchObject({ code: 'unknown_group' });
    // The id is free again after a delete.
    await store.createGroup(doc);
    expect(store.groupIds()).toEqual([doc.group.id]);
  });

  it('stores what the schema outputs (trimmed text, lower-case emails)', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const saved = await store.updateIndex((d) => void d.people.push({ ...person('  Ada  ', 'ADA@Example.COM') }));
    expect(saved.people[0]).toMatchObject({ name: 'Ada', email: 'ada@example.com' });
  });

  it('flushes on close, then refuses further writes and frees the folder', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const pending = store.updateIndex((d) => void (d.settings.coachName = 'Last words'));
    await store.close();
    await expect(pending).resolves.toBeTruthy();
    await expect(store.updateIndex(() => undefined)).rejects.toBeInstanceOf(StoreError);
    const reopened = await open(dir);
    expect(reopened.index().settings.coachName).toBe('Last words');
  });
});
