import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { open, seed, tempDir } from './helpers';

// What crashes and stray files leave in backups/ must never disable backups,
// recovery or the listing, and nothing half-removed may stay forever.

afterEach(() => vi.restoreAllMocks());

async function withBackups(count: number) {
  const dir = await tempDir();
  const { groupId } = await seed(dir);
  const store = await open(dir);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    await store.updateIndex((d) => void (d.settings.coachName = `Coach ${i}`));
    ids.push((await store.createBackup('manual')).id);
  }
  await store.close();
  return { dir, groupId, ids, root: path.join(dir, 'backups') };
}

describe('the backups folder', () => {
  it('cleans up a prune the app was killed in the middle of, at the next open', async () => {
    const { dir, ids, root } = await withBackups(11);
    const store = await open(dir);
    await store.flush();
    // The removal of a pruned backup dies after the folder was renamed to trash and half deleted.
    const realRm = fs.rm.bind(fs);
    vi.spyOn(fs, 'rm').mockImplementation(async (target, options) => {
      if (path.basename(String(target)).startsWith('.trash-')) {
        await fs.rm(path.join(String(target), 'index.json'));
        throw Object.assign(new Error('killed'), { code: 'EIO' });
      }
      return realRm(target, options);
    });
    await store.updateIndex((d) => void (d.settings.coachName = 'More'));
    // The backup itself was made: a failed prune is housekeeping, not a failed backup.
    const made = await store.createBackup('manual');
    expect((await store.listBackups()).backups[0]!.id).toBe(made.id);
    vi.restoreAllMocks();
    await store.close();
    const trash = (await fs.readdir(root)).filter((n) => n.startsWith('.trash-'));
    expect(trash).toHaveLength(1);
    // The half-removed backup is not listed under its name in the meantime.
    expect((await fs.readdir(root)).filter((n) => ids.includes(n))).not.toContain(ids[0]);

    const reopened = await open(dir);
    expect((await fs.readdir(root)).filter((n) => n.startsWith('.'))).toEqual([]);
    expect((await reopened.listBackups()).unreadable).toEqual([]);
  });

  it('removes backup folders an earlier version left without a manifest, but keeps the good copies of one with files missing', async () => {
    const { dir, groupId, ids, root } = await withBackups(3);
    await fs.rm(path.join(root, ids[0]!, 'manifest.json'));
    // The newest backup lost its index copy; its group copy is still good, and the only one after this:
    await fs.rm(path.join(root, ids[2]!, 'index.json'));
    await fs.rm(path.join(root, ids[1]!), { recursive: true });
    await fs.writeFile(path.join(dir, 'groups', `${groupId}.json`), '');
    const store = await open(dir);
    const names = await fs.readdir(root);
    expect(names).not.toContain(ids[0]);
    expect(names).toContain(ids[2]);
    expect(store.recovery).toEqual([expect.objectContaining({ kind: 'file-restored', file: `groups/${groupId}.json`, restoredFrom: ids[2] })]);
    expect(store.group(groupId)?.group.name).toBe('Tuesday Circle');
    // Restoring it as a whole is refused before anything changes.
    await expect(store.restoreBackup(ids[2]!)).rejects.toThrow(/copy of index\.json is damaged .*Nothing has been changed/);
  });

  it.each([
    ['a regular file with a backup’s name', async (root: string) => fs.writeFile(path.join(root, '2025-01-01T00-00-00-000Z-abcdef'), 'x')],
    [
      'a backup whose manifest.json is a folder',
      async (root: string) => {
        await fs.mkdir(path.join(root, '2025-01-01T00-00-00-000Z-abcdef', 'manifest.json'), { recursive: true });
      },
    ],
    [
      'a backup whose manifest is damaged',
      async (root: string) => {
        await fs.mkdir(path.join(root, '2025-01-01T00-00-00-000Z-abcdef'));
        await fs.writeFile(path.join(root, '2025-01-01T00-00-00-000Z-abcdef', 'manifest.json'), '{"formatVersion":1,');
      },
    ],
  ])('lists, backs up and recovers around %s, and reports it', async (_name, spoil) => {
    const { dir, root } = await withBackups(2);
    await spoil(root);
    // With a damaged index as well: recovery must still find the good backups.
    await fs.writeFile(path.join(dir, 'index.json'), '');
    const store = await open(dir);
    expect(store.recovery).toEqual([expect.objectContaining({ kind: 'file-restored', file: 'index.json' })]);
    const listing = await store.listBackups();
    expect(listing.backups.length).toBeGreaterThanOrEqual(2);
    expect(listing.unreadable).toEqual([{ name: '2025-01-01T00-00-00-000Z-abcdef', problem: expect.any(String) }]);
    const made = await store.createBackup('manual');
    expect((await store.listBackups()).backups[0]!.id).toBe(made.id);
    // Never pruned, never deleted: it is not ours to judge.
    expect(await fs.readdir(root)).toContain('2025-01-01T00-00-00-000Z-abcdef');
  });

  it('says plainly that a backup cannot be restored when its manifest is damaged', async () => {
    const { dir, ids, root } = await withBackups(2);
    await fs.writeFile(path.join(root, ids[0]!, 'manifest.json'), 'garbage');
    const store = await open(dir);
    await expect(store.restoreBackup(ids[0]!)).rejects.toThrow(/cannot be restored: Its manifest is damaged\. Nothing has been changed\./);
  });
});
