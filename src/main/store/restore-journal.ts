import path from 'node:path';
import { z } from 'zod';
import { readEntry, removeFileDurable, writeFileDurable } from './durable-fs';

/**
 * A restore rewrites many files, and no file system renames a set of files at
 * once. So before the first live file changes, the restore writes this
 * journal (durably, in one rename): which backup is going in, and which
 * backup holds what it replaces. Only when every file is in place is the
 * journal removed. An open that finds it knows the live files may be a mix,
 * and finishes the restore (or, failing that, puts the earlier state back)
 * before anything reads them.
 */
export const RESTORE_JOURNAL = 'restore-in-progress.json';

const JournalSchema = z.strictObject({
  formatVersion: z.literal(1),
  /** The backup being restored. */
  backupId: z.string().min(1).max(100),
  /** The 'before-restore' backup of what the restore replaces. */
  safetyBackupId: z.string().min(1).max(100),
  startedAt: z.iso.datetime({ offset: false }),
});
export type RestoreJournal = z.infer<typeof JournalSchema>;

const journalPath = (dataDir: string): string => path.join(dataDir, RESTORE_JOURNAL);

export async function writeRestoreJournal(dataDir: string, journal: Omit<RestoreJournal, 'formatVersion'>): Promise<void> {
  await writeFileDurable(journalPath(dataDir), JSON.stringify({ formatVersion: 1, ...journal }));
}

export async function clearRestoreJournal(dataDir: string): Promise<void> {
  await removeFileDurable(journalPath(dataDir));
}

/** The journal of an interrupted restore; 'damaged' when something unreadable stands in its place. */
export async function readRestoreJournal(dataDir: string): Promise<RestoreJournal | 'damaged' | null> {
  const entry = await readEntry(journalPath(dataDir));
  if (entry.kind === 'missing') return null;
  if (entry.kind !== 'file') return 'damaged';
  try {
    const parsed = JournalSchema.safeParse(JSON.parse(entry.bytes.toString('utf8')));
    return parsed.success ? parsed.data : 'damaged';
  } catch {
    return 'damaged';
  }
}
