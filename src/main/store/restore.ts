import { getBackupManifest, readBackupFile, readBackupNotes, type BackupManifest } from './backups';
import { CURRENT_SCHEMA_VERSION, type GroupDoc, type IndexDoc, type MeetingRecordsDoc } from './documents';
import { entryKind, removeFileDurable, writeFileDurable } from './durable-fs';
import { NewerSchemaError, StoreError } from './errors';
import { inspectFile } from './inspect-document';
import { kindOfFile, groupKind, indexKind, listKindFiles } from './kinds';
import { INDEX_FILE, absolute, recordsFileParts } from './layout';
import { ensureRecordsFolder } from './records-loader';
import type { Migration } from './migrations';
import { setAside } from './quarantine';
import { RESTORE_JOURNAL, clearRestoreJournal, readRestoreJournal, writeRestoreJournal } from './restore-journal';
import type { NoteEntry } from './notes/note-entry';
import { readPooled } from './notes/note-pool';
import { replaceLiveNotes } from './notes/restore-notes';

export interface BackupContents {
  manifest: BackupManifest;
  index: { bytes: Buffer; doc: IndexDoc; migrated: boolean };
  groups: { file: string; bytes: Buffer; doc: GroupDoc; migrated: boolean }[];
  /** Files of the kinds read when needed (meeting records): put back as they are, read again on first use. */
  history: { file: string; bytes: Buffer; doc: MeetingRecordsDoc }[];
  /** The notes the backup holds, each pooled file checked against its checksum. */
  notes: NoteEntry[];
}

const damagedBackup = (id: string, file: string, problem: string): StoreError =>
  new StoreError(
    'damaged_backup',
    `The backup ${id} cannot be restored because its copy of ${file} is damaged (${problem}). Nothing has been changed.`,
  );

/**
 * Reads and checks a whole backup before a restore touches anything: every
 * file must match its checksum and schema, so a restore never swaps good data
 * for a bad copy.
 */
export async function readBackupContents(
  dataDir: string,
  id: string,
  migrations?: readonly Migration[],
): Promise<BackupContents> {
  const manifest = await getBackupManifest(dataDir, id);
  let index: BackupContents['index'] | null = null;
  const groups: BackupContents['groups'] = [];
  const history: BackupContents['history'] = [];
  for (const { path: file } of manifest.files) {
    const bytes = await readBackupFile(dataDir, manifest, file);
    if (!bytes) throw damagedBackup(id, file, 'its checksum does not match');
    const result = inspectFile(file, bytes, migrations);
    if (result === null) throw damagedBackup(id, file, 'it is not a data file');
    if (result.status === 'newer') throw new NewerSchemaError(`${file} in backup ${id}`, result.version, CURRENT_SCHEMA_VERSION);
    if (result.status !== 'ok') throw damagedBackup(id, file, result.status === 'damaged' ? result.problem : 'missing');
    if (file === INDEX_FILE) index = { bytes, doc: result.doc as IndexDoc, migrated: result.migrated };
    else if (kindOfFile(file) === groupKind) groups.push({ file, bytes, doc: result.doc as GroupDoc, migrated: result.migrated });
    else history.push({ file, bytes, doc: result.doc as MeetingRecordsDoc });
  }
  if (!index) throw damagedBackup(id, INDEX_FILE, 'the file is missing');
  const notes = await readBackupNotes(dataDir, manifest);
  for (const entry of notes) {
    if (!(await readPooled(dataDir, entry))) throw damagedBackup(id, entry.file, 'its copy is missing or does not match its checksum');
  }
  return { manifest, index, groups, history, notes };
}

/** Writes a file over whatever is there; a folder or device in its place is set aside first, never merged. */
async function putFile(dataDir: string, relative: string, bytes: Buffer, now: Date): Promise<void> {
  const kind = await entryKind(absolute(dataDir, relative));
  if (kind !== null && kind !== 'file') await setAside(dataDir, relative, now);
  await writeFileDurable(absolute(dataDir, relative), bytes);
}

/**
 * Puts a backup's files in place of the live ones, each durably, and removes
 * live group files the backup does not have. Idempotent, so an interrupted
 * run can simply be run again. The caller holds every adapter idle.
 */
export async function replaceLiveFiles(dataDir: string, contents: BackupContents, now: Date): Promise<void> {
  const files = [...contents.groups, ...contents.history];
  const keep = new Set(files.map((g) => g.file));
  for (const g of files) {
    if (contents.history.includes(g as BackupContents['history'][number])) {
      const parts = recordsFileParts(g.file);
      if (parts) await ensureRecordsFolder(dataDir, parts.groupId);
    }
    await putFile(dataDir, g.file, g.bytes, now);
  }
  for (const file of await listKindFiles(dataDir, (kind) => kind.backedUp && kind !== indexKind)) {
    if (keep.has(file)) continue;
    if ((await entryKind(absolute(dataDir, file))) === 'file') await removeFileDurable(absolute(dataDir, file));
    else await setAside(dataDir, file, now);
  }
  await replaceLiveNotes(dataDir, contents.notes);
  await putFile(dataDir, INDEX_FILE, contents.index.bytes, now);
}

/**
 * Replaces the live files with a checked backup, journalled so that after a
 * crash at any instant the next open sees either all of the state before or
 * all of the backup (see restore-journal.ts). If writing fails part-way, the
 * earlier state is put back at once from the safety backup.
 */
export async function restoreJournalled(
  dataDir: string,
  contents: BackupContents,
  safety: BackupManifest,
  now: Date,
  migrations?: readonly Migration[],
): Promise<void> {
  await writeRestoreJournal(dataDir, { backupId: contents.manifest.id, safetyBackupId: safety.id, startedAt: now.toISOString() });
  try {
    await replaceLiveFiles(dataDir, contents, now);
  } catch (err) {
    // Best effort: if putting the earlier state back fails too, the journal stays and the next open finishes the restore.
    try {
      await replaceLiveFiles(dataDir, await readBackupContents(dataDir, safety.id, migrations), now);
      await clearRestoreJournal(dataDir);
    } catch {
      // keep the journal
    }
    throw err;
  }
  await clearRestoreJournal(dataDir);
}

export type ResumedRestore =
  | { outcome: 'finished'; backupId: string; startedAt: string }
  | { outcome: 'rolled-back'; backupId: string; safetyBackupId: string; startedAt: string; problem: string }
  | { outcome: 'unresolved'; problem: string; keptAs: string };

/**
 * At open, before anything reads the live files: an interrupted restore is
 * finished from its backup, or, if that backup can no longer be read, the
 * state before it is put back from the safety backup. Returns what was done,
 * or null when no restore was interrupted.
 */
export async function resumeInterruptedRestore(
  dataDir: string,
  now: Date,
  migrations?: readonly Migration[],
): Promise<ResumedRestore | null> {
  const journal = await readRestoreJournal(dataDir);
  if (journal === null) return null;
  if (journal === 'damaged') {
    const keptAs = await setAside(dataDir, RESTORE_JOURNAL, now);
    return {
      outcome: 'unresolved',
      problem: 'A restore was interrupted, and its record of what it was doing is damaged, so some files may come from the backup and some from before.',
      keptAs,
    };
  }
  try {
    await replaceLiveFiles(dataDir, await readBackupContents(dataDir, journal.backupId, migrations), now);
    await clearRestoreJournal(dataDir);
    return { outcome: 'finished', backupId: journal.backupId, startedAt: journal.startedAt };
  } catch (forwardErr) {
    const problem = forwardErr instanceof Error ? forwardErr.message : String(forwardErr);
    try {
      await replaceLiveFiles(dataDir, await readBackupContents(dataDir, journal.safetyBackupId, migrations), now);
      await clearRestoreJournal(dataDir);
      return { outcome: 'rolled-back', backupId: journal.backupId, safetyBackupId: journal.safetyBackupId, startedAt: journal.startedAt, problem };
    } catch {
      await clearRestoreJournal(dataDir);
      return { outcome: 'unresolved', problem: `A restore was interrupted and could neither be finished nor undone: ${problem}`, keptAs: '' };
    }
  }
}
