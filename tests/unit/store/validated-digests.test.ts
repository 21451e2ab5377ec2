import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupKind, indexKind } from '../../../src/main/store/kinds';
import { VALIDATED_FILE, ValidatedDigests } from '../../../src/main/store/validated-digests';
import { open, seed, tempDir } from './helpers';

// The record of bytes the store validated lets an open skip checking files
// again, and nothing else: any byte changed, a damaged record or a record made
// under other schemas means the full check.

afterEach(() => vi.restoreAllMocks());

const groupPath = (dir: string, id: string) => path.join(dir, 'groups', `${id}.json`);

async function countChecksDuringOpen(dir: string) {
  const group = vi.spyOn(groupKind.schema, 'safeParse');
  const index = vi.spyOn(indexKind.schema, 'safeParse');
  const store = await open(dir);
  const counts = { group: group.mock.calls.length, index: index.mock.calls.length, recovery: store.recovery };
  group.mockRestore();
  index.mockRestore();
  return { store, counts };
}

describe('validated digests', () => {
  it('skips the schema check at open for files unchanged since this build wrote or checked them', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    // As after a crash, or in a folder from elsewhere: no record, so the open checks every file, and records them.
    await fs.rm(path.join(dir, VALIDATED_FILE));
    const first = await countChecksDuringOpen(dir);
    expect(first.counts).toMatchObject({ group: 1, index: 1 });
    await first.store.updateGroup(groupId, (d) => void (d.group.purpose = 'Written by the store'));
    await first.store.close();
    const record = JSON.parse(await fs.readFile(path.join(dir, VALIDATED_FILE), 'utf8'));
    expect(Object.keys(record.files).sort()).toEqual(['groups/' + groupId + '.json', 'index.json']);

    const second = await countChecksDuringOpen(dir);
    expect(second.counts).toMatchObject({ group: 0, index: 0, recovery: [] });
    expect(second.store.group(groupId)!.group.purpose).toBe('Written by the store');
    expect(Object.isFrozen(second.store.group(groupId))).toBe(true);
  });

  it('checks a file again when its bytes changed, so a hand edit that breaks the schema is caught', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    await (await open(dir)).close();
    const doc = JSON.parse(await fs.readFile(groupPath(dir, groupId), 'utf8'));
    doc.group.name = '';
    await fs.writeFile(groupPath(dir, groupId), JSON.stringify(doc));

    const again = await countChecksDuringOpen(dir);
    expect(again.counts.group).toBeGreaterThanOrEqual(1);
    expect(again.counts.recovery).toMatchObject([{ file: `groups/${groupId}.json`, problem: expect.stringMatching(/does not match the expected format/) }]);
  });

  it('checks everything when the record is damaged or was made under other schemas', async () => {
    const dir = await tempDir();
    await seed(dir);
    await (await open(dir)).close();
    const file = path.join(dir, VALIDATED_FILE);
    const record = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...record, fingerprint: 'another build' }));
    const other = await countChecksDuringOpen(dir);
    expect(other.counts).toMatchObject({ group: 1, index: 1 });
    await other.store.close();

    await fs.writeFile(file, '{"fingerprint":');
    const damaged = await countChecksDuringOpen(dir);
    expect(damaged.counts).toMatchObject({ group: 1, index: 1, recovery: [] });
  });

  it('records bytes noted on the save path when the record is saved, and forgets them if the file goes first', async () => {
    const dir = await tempDir();
    const digests = await ValidatedDigests.read(dir);
    digests.recordLater('groups/a.json', '{"a":1}');
    digests.recordLater('groups/b.json', Buffer.from('{"b":2}'));
    digests.recordLater('groups/c.json', '{"c":3}');
    digests.forget('groups/c.json');
    digests.recordLater('groups/a.json', '{"a":2}'); // the later write is the one on disk
    await digests.save();
    const again = await ValidatedDigests.read(dir);
    expect(again.vouchesFor('groups/a.json', Buffer.from('{"a":2}'))).toBe(true);
    expect(again.vouchesFor('groups/a.json', Buffer.from('{"a":1}'))).toBe(false);
    expect(again.vouchesFor('groups/b.json', Buffer.from('{"b":2}'))).toBe(true);
    expect(again.vouchesFor('groups/c.json', Buffer.from('{"c":3}'))).toBe(false);
    // Asked before any save, the noted bytes count too.
    digests.recordLater('groups/d.json', '{"d":4}');
    expect(digests.vouchesFor('groups/d.json', Buffer.from('{"d":4}'))).toBe(true);
  });

  it('is on disk once flush resolves, without waiting for its timer', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.updateIndex((d) => void (d.settings.coachName = 'Jordan'));
    await expect(fs.access(path.join(dir, VALIDATED_FILE))).rejects.toThrow();
    await store.flush();
    const record = JSON.parse(await fs.readFile(path.join(dir, VALIDATED_FILE), 'utf8')) as unknown;
    expect(JSON.stringify(record)).toContain('index.json');
    await store.close();
  });
});
