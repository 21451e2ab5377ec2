import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../../src/main/store/open-store';
import { RESTORE_JOURNAL } from '../../../src/main/store/restore-journal';
import { groupDoc, open, person, tempDir } from './helpers';

// A restore rewrites many files; after a crash at any instant the next open
// must show all of the state before it or all of the backup, never a mix.

afterEach(() => vi.restoreAllMocks());

/** What the coach would see: people and groups by name. */
const view = (store: Store) => ({
  people: store.index().people.map((p) => p.name).sort(),
  groups: store.groups().map((g) => g.group.name).sort(),
});

/** Backup B holds Ada + "Alpha" and "Beta"; the live state A has Ada and Bo, "Alpha renamed" and "Gamma". */
async function twoStates() {
  const dir = await tempDir();
  const store = await open(dir);
  const ada = person('Ada', 'ada@example.com');
  await store.updateIndex((d) => void d.people.push(ada));
  const alpha = await store.createGroup(groupDoc('Alpha', [ada.id]));
  const beta = await store.createGroup(groupDoc('Beta', [ada.id]));
  const backup = await store.createBackup('manual');
  await store.updateIndex((d) => void d.people.push(person('Bo', 'bo@example.com')));
  await store.updateGroup(alpha.group.id, (d) => void (d.group.name = 'Alpha renamed'));
  await store.deleteGroup(beta.group.id);
  await store.createGroup(groupDoc('Gamma', [ada.id]));
  const before = view(store);
  await store.close();
  return { dir, backupId: backup.id, before, backup: { people: ['Ada'], groups: ['Alpha', 'Beta'] } };
}

/** Makes every changing file operation fail from the `n`th on, as if the process died there. */
function crashAfter(n: number): () => boolean {
  let calls = 0;
  let crashed = false;
  type AnyAsync = (...args: unknown[]) => Promise<unknown>;
  const guard = (name: 'rename' | 'unlink' | 'rm' | 'mkdir' | 'link' | 'open', changes: (args: unknown[]) => boolean) => {
    const real = (fs[name] as AnyAsync).bind(fs);
    (vi.spyOn(fs, name) as unknown as { mockImplementation(f: AnyAsync): void }).mockImplementation(async (...args) => {
      if (changes(args) && ++calls > n) {
        crashed = true;
        throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
      }
      return real(...args);
    });
  };
  for (const name of ['rename', 'unlink', 'rm', 'mkdir', 'link'] as const) guard(name, () => true);
  guard('open', ([, flags]) => typeof flags === 'string' && /[wa]/.test(flags));
  return () => crashed;
}

describe('restore', () => {
  it('after a crash at any step, the next open shows either everything before or the whole backup', async () => {
    const seen = new Set<string>();
    for (let n = 0; n < 200; n++) {
      const { dir, backupId, before, backup } = await twoStates();
      const store = await open(dir);
      await store.flush();
      const crashed = crashAfter(n);
      const outcome = await store.restoreBackup(backupId).then(
        () => 'done',
        () => 'failed',
      );
      const didCrash = crashed();
      vi.restoreAllMocks();
      await store.close();

      const reopened = await open(dir);
      const after = view(reopened);
      expect([before, backup], `crash after ${n} file operations`).toContainEqual(after);
      expect(await fs.readdir(dir)).not.toContain(RESTORE_JOURNAL);
      if (outcome === 'done') expect(after).toEqual(backup);
      seen.add(after === backup || JSON.stringify(after) === JSON.stringify(backup) ? 'backup' : 'before');
      await reopened.close();
      if (!didCrash) break; // the restore ran to the end without reaching the crash point
    }
    // Both outcomes were reached: early crashes keep the state before, late ones are finished at open.
    expect(seen).toEqual(new Set(['before', 'backup']));
  }, 120_000);

  it('puts everything back at once when writing fails part-way, and keeps working', async () => {
    const { dir, backupId, before } = await twoStates();
    const store = await open(dir);
    await store.flush();
    // Fail the rename that would put the index in place (the last file a restore writes).
    const realRename = fs.rename.bind(fs);
    let failed = false;
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (!failed && String(to) === path.join(dir, 'index.json')) {
        failed = true;
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      }
      return realRename(from, to);
    });
    await expect(store.restoreBackup(backupId)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(view(store)).toEqual(before);
    expect(await fs.readdir(dir)).not.toContain(RESTORE_JOURNAL);
    await store.updateIndex((d) => void (d.settings.coachName = 'Still works'));
    await store.close();
    const reopened = await open(dir);
    expect(view(reopened)).toEqual(before);
    expect(reopened.index().settings.coachName).toBe('Still works');
    expect(reopened.recovery).toEqual([]);
  });

  it('refuses further changes when a failed restore could not be undone, and the next open completes it', async () => {
    const { dir, backupId, backup } = await twoStates();
    const store = await open(dir);
    await store.flush();
    const realRename = fs.rename.bind(fs);
    let groupWrites = 0;
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      // The first group file goes in, then the disk fills up for good.
      if (String(to).includes(`${path.sep}groups${path.sep}`) && ++groupWrites > 1) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      if (String(to) === path.join(dir, 'index.json')) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      return realRename(from, to);
    });
    const shown = view(store);
    await expect(store.restoreBackup(backupId)).rejects.toThrow(/could not finish restoring the backup .*restart Circlekeeper/i);
    await expect(store.updateIndex((d) => void (d.settings.coachName = 'Lost?'))).rejects.toThrow(/restart Circlekeeper/i);
    expect(view(store)).toEqual(shown); // still shows what it did, rather than an empty app
    vi.restoreAllMocks();
    await store.close();

    const reopened = await open(dir);
    expect(view(reopened)).toEqual(backup);
    expect(reopened.recovery).toEqual([
      expect.objectContaining({ kind: 'restore-finished', restoredFrom: backupId, problem: expect.stringMatching(/interrupted/) }),
    ]);
  });

  it('undoes an interrupted restore from its safety backup when the backup being restored is gone', async () => {
    const { dir, backupId, before } = await twoStates();
    const store = await open(dir);
    await store.flush();
    const safety = await store.createBackup('before-restore');
    await store.close();
    // As if a restore had begun: a journal, and one group file already swapped for the backup's.
    await fs.writeFile(
      path.join(dir, RESTORE_JOURNAL),
      JSON.stringify({ formatVersion: 1, backupId, safetyBackupId: safety.id, startedAt: '2025-06-15T12:00:00.000Z' }),
    );
    await fs.rm(path.join(dir, 'backups', backupId), { recursive: true });

    const reopened = await open(dir);
    expect(view(reopened)).toEqual(before);
    expect(reopened.recovery).toEqual([expect.objectContaining({ kind: 'restore-rolled-back', restoredFrom: safety.id })]);
    expect(await fs.readdir(dir)).not.toContain(RESTORE_JOURNAL);
  });

  it('sets aside a damaged journal, says so, and opens the folder', async () => {
    const { dir, before } = await twoStates();
    await fs.writeFile(path.join(dir, RESTORE_JOURNAL), '{"formatVersion":1,"backu');
    const store = await open(dir);
    expect(view(store)).toEqual(before);
    expect(store.recovery).toEqual([
      expect.objectContaining({ kind: 'restore-unresolved', keptAs: expect.stringMatching(/^quarantine\/.*restore-in-progress\.json$/) }),
    ]);
  });
});
