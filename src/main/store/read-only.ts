import { promises as fs } from 'node:fs';
import path from 'node:path';
import { listBackups } from './backups';
import type { GroupDoc, IndexDoc, MeetingRecordsDoc } from './documents';
import { entryKind } from './durable-fs';
import { StoreError } from './errors';
import { LOCK_FILE, acquireFolderLock, ensureNotHeldElsewhere } from './folder-lock';
import type { Migration } from './migrations';
import { readAllMeetingRecords } from './records-loader';
import { planDataFolder } from './recovery';
import { readBackupContents } from './restore';
import { readRestoreJournal } from './restore-journal';

// Reading a data folder without changing it, for `verify` and `export`: they
// must work on a copy on a read-only disk, never repair, migrate or back up
// what they read, and still see what the app would show after its recovery.

export interface ReadOnlyAccess {
  /** Why the folder was read without a lock of our own, or null when it was locked. */
  unlockedBecause: string | null;
}

/**
 * Runs `work` while the folder is locked against writers. A folder that cannot
 * be written (a read-only disk) is read without a lock, after checking that no
 * live process has it open. A folder open in the app is refused (StoreLockedError).
 */
export async function withFolderForReading<T>(dataDir: string, work: (access: ReadOnlyAccess) => Promise<T>): Promise<T> {
  const dir = path.resolve(dataDir);
  const kind = await entryKind(dir);
  if (kind === null) throw new StoreError('not_a_data_folder', `The folder ${dir} does not exist.`);
  if (!(await fs.stat(dir)).isDirectory()) throw new StoreError('not_a_data_folder', `${dir} is not a folder.`);
  // Taking the lock would move a strange .lock entry aside: a reader changes nothing, so it reads unlocked.
  const lockKind = await entryKind(path.join(dir, LOCK_FILE));
  if (lockKind !== null && lockKind !== 'file') {
    return work({ unlockedBecause: `${LOCK_FILE} is not a lock file, so the folder was read without locking it.` });
  }
  let lock;
  try {
    lock = await acquireFolderLock(dir);
  } catch (err) {
    if (!(err instanceof StoreError) || err.code !== 'folder_read_only') throw err;
    await ensureNotHeldElsewhere(dir);
    return work({ unlockedBecause: 'The folder cannot be written (read-only), so it was read without locking it.' });
  }
  try {
    return await work({ unlockedBecause: null });
  } finally {
    await lock.release();
  }
}

/** The folder as the app would show it after opening it, worked out in memory. */
export interface FolderSnapshot {
  index: IndexDoc;
  groups: GroupDoc[];
  /** Every year of meeting records (read here, though the app reads them only when a page needs them). */
  meetingRecords: MeetingRecordsDoc[];
  /** What the app would do at its next open, in words (nothing has been done). */
  notes: string[];
  /** Files whose content comes from a backup because the live file is damaged or a restore was interrupted. */
  fromBackups: { file: string; problem: string; backupId: string | null }[];
}

/**
 * Reads what the coach's records are, including what recovery would bring
 * back from backups, without writing anything. Refuses, like the app, a folder
 * with a file from a newer version or a damaged index that no backup holds.
 */
export async function snapshotDataFolder(dataDir: string, options: { migrations?: readonly Migration[] } = {}): Promise<FolderSnapshot> {
  const journal = await readRestoreJournal(dataDir);
  if (journal && journal !== 'damaged') {
    const contents = await readBackupContents(dataDir, journal.backupId, options.migrations);
    return {
      index: contents.index.doc,
      groups: contents.groups.map((g) => g.doc),
      meetingRecords: contents.history.map((h) => h.doc),
      notes: [`A restore of backup ${journal.backupId} was interrupted; the app completes it when it next opens this folder.`],
      fromBackups: contents.manifest.files.map((f) => ({ file: f.path, problem: 'A restore was interrupted.', backupId: journal.backupId })),
    };
  }
  const notes = journal === 'damaged' ? ['A restore was interrupted and its record is damaged; the files are read as they are.'] : [];
  const plan = await planDataFolder(dataDir, { defaultTimeZone: 'UTC', ...(options.migrations ? { migrations: options.migrations } : {}) });
  const records = await readAllMeetingRecords(dataDir, options.migrations);
  const fromBackups = [
    ...plan.repairs.map((r) => ({ file: r.file, problem: r.problem, backupId: r.replacement?.from.id ?? null })),
    ...records.fromBackups,
  ];
  for (const r of fromBackups) {
    notes.push(
      r.backupId
        ? `${r.file} is damaged (${r.problem}); its copy from backup ${r.backupId} is used, as the app would.`
        : `${r.file} is damaged (${r.problem}) and no backup has a good copy; it is left out, as the app would.`,
    );
  }
  const { unreadable } = await listBackups(dataDir);
  for (const u of unreadable) notes.push(`backups/${u.name} cannot be read as a backup: ${u.problem}`);
  return { index: plan.index, groups: [...plan.groups.values()], meetingRecords: records.docs, notes, fromBackups };
}
