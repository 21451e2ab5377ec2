import { promises as fs } from 'node:fs';
import path from 'node:path';
import { listBackupManifests } from './backups';
import { CURRENT_SCHEMA_VERSION, emptyMeetingRecords, type MeetingRecordsDoc } from './documents';
import { ensurePrivateDir, entryKind, fsyncDir, readEntry, readdirOrNull, writeFileDurable } from './durable-fs';
import { NewerSchemaError } from './errors';
import { MEETINGS_DIR, absolute, groupFile, listMeetingRecordsFiles, meetingRecordsFile, meetingRecordsFolder } from './layout';
import type { Migration } from './migrations';
import { setAside } from './quarantine';
import { findGoodCopy, inspectEntry } from './recovery';
import type { NewRecoveryEvent } from './recovery-log';

export interface LoadedRecords {
  doc: MeetingRecordsDoc;
  /** The file exists on disk (or was put back); false for a year nothing was recorded in yet. */
  onDisk: boolean;
  /** Read at an older version: rewritten at its next change. */
  migrated: boolean;
  /** What was repaired on the way, for the recovery notice. */
  event: NewRecoveryEvent | null;
}

/**
 * Reads one year of a group's meeting records the first time it is needed,
 * with the same rules recovery applies to every file at open: a damaged file
 * goes to quarantine and the newest good backup copy takes its place; with no
 * good copy the year opens empty and the coach is told where the damaged file
 * is. A file from a newer app is refused untouched. The caller runs this in the
 * store's write queue, so no write can race a repair.
 */
export async function loadMeetingRecords(
  dataDir: string,
  groupId: string,
  year: number,
  now: Date,
  migrations?: readonly Migration[],
): Promise<LoadedRecords> {
  const file = meetingRecordsFile(groupId, year);
  const entry = await readEntry(absolute(dataDir, file));
  if (entry.kind === 'missing') return { doc: emptyMeetingRecords(groupId, year), onDisk: false, migrated: false, event: null };
  const result = inspectEntry(file, entry, migrations);
  if (result.status === 'newer') throw new NewerSchemaError(file, result.version, CURRENT_SCHEMA_VERSION);
  if (result.status === 'ok') return { doc: result.doc as MeetingRecordsDoc, onDisk: true, migrated: result.migrated, event: null };
  const problem = result.status === 'damaged' ? result.problem : 'The file is missing.';
  const copy = await findGoodCopy(dataDir, file, await listBackupManifests(dataDir), migrations);
  const keptAs = await setAside(dataDir, file, now);
  if (copy) await writeFileDurable(absolute(dataDir, file), copy.bytes);
  return {
    doc: copy ? (copy.doc as MeetingRecordsDoc) : emptyMeetingRecords(groupId, year),
    onDisk: copy !== null,
    migrated: copy?.migrated ?? false,
    event: { kind: copy ? 'file-restored' : 'file-set-aside', file, problem, restoredFrom: copy?.from.id ?? null, keptAs },
  };
}

/** Makes meetings/<groupId>/ (private) and fsyncs the folders above it, so the first records file of a group survives a power cut. */
export async function ensureRecordsFolder(dataDir: string, groupId: string): Promise<void> {
  const meetings = absolute(dataDir, MEETINGS_DIR);
  const folder = absolute(dataDir, meetingRecordsFolder(groupId));
  if ((await entryKind(folder)) === 'folder') return;
  const created = (await entryKind(meetings)) === null;
  await ensurePrivateDir(folder);
  if (created) await fsyncDir(dataDir);
  await fsyncDir(meetings);
}

/**
 * Deleting a group removes its records in two steps that each survive a crash:
 * the folder is first renamed to a marked name (one atomic step), then, once
 * the group file itself is gone, removed. At open, a marked folder whose group
 * file is still there is put back (the delete never happened), any other goes.
 */
export const DELETED_RECORDS_PREFIX = '.deleted-';

export async function markRecordsDeleted(dataDir: string, groupId: string): Promise<string | null> {
  const folder = absolute(dataDir, meetingRecordsFolder(groupId));
  if ((await entryKind(folder)) === null) return null;
  const marked = absolute(dataDir, `${MEETINGS_DIR}/${DELETED_RECORDS_PREFIX}${groupId}`);
  await fs.rm(marked, { recursive: true, force: true });
  await fs.rename(folder, marked);
  await fsyncDir(absolute(dataDir, MEETINGS_DIR));
  return marked;
}

export async function removeMarkedRecords(dataDir: string, marked: string): Promise<void> {
  await fs.rm(marked, { recursive: true, force: true });
  await fsyncDir(absolute(dataDir, MEETINGS_DIR));
}

/** At open: finishes or undoes deletes of records that a crash cut short. */
export async function settleDeletedRecords(dataDir: string): Promise<void> {
  const meetings = absolute(dataDir, MEETINGS_DIR);
  for (const name of (await readdirOrNull(meetings)) ?? []) {
    if (!name.startsWith(DELETED_RECORDS_PREFIX)) continue;
    const groupId = name.slice(DELETED_RECORDS_PREFIX.length);
    const marked = path.join(meetings, name);
    const groupStillThere = (await entryKind(absolute(dataDir, groupFile(groupId)))) === 'file';
    const home = absolute(dataDir, meetingRecordsFolder(groupId));
    if (groupStillThere && (await entryKind(home)) === null) await fs.rename(marked, home);
    else await fs.rm(marked, { recursive: true, force: true });
    await fsyncDir(meetings);
  }
}

/**
 * Every year of records in the folder as the app would read them, changing
 * nothing (for `verify` and `export`): a damaged year is taken from the newest
 * good backup copy, or left out, and either way said in `problems`.
 */
export async function readAllMeetingRecords(
  dataDir: string,
  migrations?: readonly Migration[],
): Promise<{ docs: MeetingRecordsDoc[]; fromBackups: { file: string; problem: string; backupId: string | null }[] }> {
  const docs: MeetingRecordsDoc[] = [];
  const fromBackups: { file: string; problem: string; backupId: string | null }[] = [];
  let backups: Awaited<ReturnType<typeof listBackupManifests>> | null = null;
  for (const file of await listMeetingRecordsFiles(dataDir)) {
    const result = inspectEntry(file, await readEntry(absolute(dataDir, file)), migrations);
    if (result.status === 'newer') throw new NewerSchemaError(file, result.version, CURRENT_SCHEMA_VERSION);
    if (result.status === 'ok') {
      docs.push(result.doc as MeetingRecordsDoc);
      continue;
    }
    const problem = result.status === 'damaged' ? result.problem : 'The file is missing.';
    backups ??= await listBackupManifests(dataDir);
    const copy = await findGoodCopy(dataDir, file, backups, migrations);
    if (copy) docs.push(copy.doc as MeetingRecordsDoc);
    fromBackups.push({ file, problem, backupId: copy?.from.id ?? null });
  }
  return { docs, fromBackups };
}
