import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupInfo, UnreadableBackup } from '../../shared/views';
import { selectBackupsToKeep } from './backup-retention';
import {
  DIR_MODE,
  entryKind,
  fsyncDir,
  readEntry,
  readdirOrNull,
  writeNewFileSynced,
} from './durable-fs';
import { StoreError } from './errors';
import { listDataFiles } from './kinds';
import { BACKUPS_DIR, absolute, fileStamp } from './layout';
import { NoteListSchema, noteListDigest, serialiseNoteList, sha256Hex, type NoteEntry } from './notes/note-entry';
import { addToPool } from './notes/note-pool';

/**
 * A backup is a folder backups/<id>/ holding copies of index.json and
 * groups/*.json plus manifest.json (reason, time, and each file's size and
 * sha256). It is built in a hidden temp folder, every file fsynced, and then
 * renamed into place, so a backup folder either exists complete or not at all.
 * Removal works the other way round: the folder is first renamed to a hidden
 * trash name, so a removal cut short by a crash never leaves a half backup
 * under a backup's name.
 */
const BACKUP_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{6}$/;
const TEMP_PREFIX = '.tmp-';
const TRASH_PREFIX = '.trash-';
const MANIFEST = 'manifest.json';
const NOTE_LIST = 'notes.json';

const ManifestSchema = z.strictObject({
  formatVersion: z.literal(1),
  id: z.string().regex(BACKUP_ID),
  /** Creation order within this folder (1, 2, ...): unlike the clock, it never goes backwards. */
  sequence: z.number().int().min(1),
  reason: z.enum(['start', 'periodic', 'manual', 'before-restore']),
  createdAt: z.iso.datetime({ offset: false }),
  files: z.array(z.strictObject({ path: z.string(), sizeBytes: z.number().int().min(0), sha256: z.string() })),
  /**
   * The notes the backup holds, listed in notes.json beside the manifest (the
   * files themselves are shared, see note-pool.ts). Absent in backups made
   * before notes existed: those hold no notes.
   */
  notes: z
    .strictObject({
      count: z.number().int().min(0),
      sizeBytes: z.number().int().min(0),
      /** Of notes.json's bytes. */
      listSha256: z.string(),
      /** noteListDigest of the files listed: tells at a glance whether the notes changed since. */
      digest: z.string(),
    })
    .optional(),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

/** The readable backups, newest (last made) first, and the entries under a backup's name that are not. */
export interface BackupListing {
  manifests: BackupManifest[];
  unreadable: UnreadableBackup[];
}

export const isBackupId = (id: string): boolean => BACKUP_ID.test(id);
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
export const backupsRoot = (dataDir: string): string => path.join(dataDir, BACKUPS_DIR);

export const toBackupInfo = (m: BackupManifest): BackupInfo => ({
  id: m.id,
  createdAt: m.createdAt,
  reason: m.reason,
  sizeBytes: m.files.reduce((sum, f) => sum + f.sizeBytes, 0) + (m.notes?.sizeBytes ?? 0),
});

type ManifestRead = { status: 'ok'; manifest: BackupManifest } | { status: 'no-manifest' } | { status: 'unreadable'; problem: string };

/** Reads one entry of backups/ without ever throwing for what damage can make of it. */
async function readManifest(dataDir: string, id: string): Promise<ManifestRead> {
  const folder = path.join(backupsRoot(dataDir), id);
  const kind = await entryKind(folder);
  if (kind !== 'folder') return { status: 'unreadable', problem: 'It is a file, not a backup folder.' };
  const entry = await readEntry(path.join(folder, MANIFEST)).catch(() => null);
  if (entry === null) return { status: 'unreadable', problem: 'Its manifest cannot be read.' };
  if (entry.kind === 'missing') return { status: 'no-manifest' };
  if (entry.kind !== 'file') return { status: 'unreadable', problem: 'Its manifest.json is not a file.' };
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(entry.bytes.toString('utf8')));
    if (parsed.success && parsed.data.id === id) return { status: 'ok', manifest: parsed.data };
    return { status: 'unreadable', problem: parsed.success ? 'Its manifest names another backup.' : 'Its manifest is damaged.' };
  } catch {
    return { status: 'unreadable', problem: 'Its manifest is damaged.' };
  }
}

/**
 * Every entry under a backup's name, read. One bad entry never stops the
 * listing: backups and recovery keep working with the others, and the bad
 * ones are reported so the coach can be told.
 */
export async function listBackups(dataDir: string): Promise<BackupListing> {
  const names = ((await readdirOrNull(backupsRoot(dataDir))) ?? []).filter(isBackupId);
  const manifests: BackupManifest[] = [];
  const unreadable: UnreadableBackup[] = [];
  for (const name of names) {
    const read = await readManifest(dataDir, name);
    if (read.status === 'ok') manifests.push(read.manifest);
    // A folder with no manifest is a removal cut short; it is cleaned at the next open.
    else if (read.status === 'unreadable') unreadable.push({ name, problem: read.problem });
  }
  manifests.sort((a, b) => b.sequence - a.sequence);
  unreadable.sort((a, b) => a.name.localeCompare(b.name));
  return { manifests, unreadable };
}

/** Readable backups only, newest first. */
export async function listBackupManifests(dataDir: string): Promise<BackupManifest[]> {
  return (await listBackups(dataDir)).manifests;
}

/** Makes backups/ a private folder; says plainly when something else is in its place. */
async function ensureBackupsRoot(dataDir: string): Promise<string> {
  const root = backupsRoot(dataDir);
  const kind = await entryKind(root);
  if (kind !== null && kind !== 'folder') {
    throw new StoreError('backup_failed', `The backups folder ${root} is not a folder, so no backup can be written there.`);
  }
  await fs.mkdir(root, { recursive: true, mode: DIR_MODE });
  return root;
}

/** What a backup holds, read at one moment while writes are kept out; written afterwards without holding them up. */
export interface CapturedBackup {
  files: { path: string; bytes: Buffer }[];
  notes: readonly NoteEntry[];
}

/**
 * Reads the data files as they are on disk now, into memory. The caller keeps
 * writes out meanwhile; this is the only part of a backup that has to, and it
 * reads a few small files (note files are only named, never read).
 */
export async function captureBackup(dataDir: string, notes: readonly NoteEntry[]): Promise<CapturedBackup> {
  const files: CapturedBackup['files'] = [];
  for (const relative of await listDataFiles(dataDir)) files.push({ path: relative, bytes: await fs.readFile(absolute(dataDir, relative)) });
  return { files, notes: [...notes] };
}

/**
 * Writes a captured backup into a hidden temp folder, every file fsynced, links
 * its notes into the shared pool, and renames the folder into place. The note
 * files named must stay on disk until this returns (the store keeps them).
 */
export async function writeBackup(dataDir: string, captured: CapturedBackup, reason: BackupInfo['reason'], now: Date): Promise<BackupManifest> {
  const root = await ensureBackupsRoot(dataDir);
  const [newest] = await listBackupManifests(dataDir);
  const sequence = (newest?.sequence ?? 0) + 1;
  const id = `${fileStamp(now)}-${randomBytes(3).toString('hex')}`;
  const temp = path.join(root, `${TEMP_PREFIX}${id}`);
  await fs.mkdir(temp, { mode: DIR_MODE });
  try {
    const files: BackupManifest['files'] = [];
    // Each kind keeps its files in a folder of its own (groups/, ...): made as met, and fsynced before the rename.
    const folders = new Set<string>();
    for (const { path: relative, bytes } of captured.files) {
      const target = absolute(temp, relative);
      const folder = path.dirname(target);
      if (folder !== temp && !folders.has(folder)) {
        await fs.mkdir(folder, { recursive: true, mode: DIR_MODE });
        folders.add(folder);
      }
      await writeNewFileSynced(target, bytes);
      files.push({ path: relative, sizeBytes: bytes.length, sha256: sha256(bytes) });
    }
    await addToPool(dataDir, captured.notes);
    const noteList = serialiseNoteList(captured.notes);
    await writeNewFileSynced(path.join(temp, NOTE_LIST), noteList);
    const notes = {
      count: captured.notes.length,
      sizeBytes: captured.notes.reduce((sum, n) => sum + n.sizeBytes, 0),
      listSha256: sha256Hex(noteList),
      digest: noteListDigest(captured.notes),
    };
    const manifest: BackupManifest = { formatVersion: 1, id, sequence, reason, createdAt: now.toISOString(), files, notes };
    await writeNewFileSynced(path.join(temp, MANIFEST), JSON.stringify(manifest));
    for (const folder of folders) await fsyncDir(folder);
    await fsyncDir(temp);
    await fs.rename(temp, path.join(root, id));
    await fsyncDir(root);
    return manifest;
  } catch (err) {
    await fs.rm(temp, { recursive: true, force: true });
    throw err;
  }
}

/** Captures and writes in one go, for a caller that holds writes out for the whole backup anyway (a restore). */
export async function createBackup(dataDir: string, reason: BackupInfo['reason'], now: Date, notes: readonly NoteEntry[]): Promise<BackupManifest> {
  return writeBackup(dataDir, await captureBackup(dataDir, notes), reason, now);
}

/** The notes a backup holds, checked against its manifest; throws damaged_backup when the list cannot be trusted. */
export async function readBackupNotes(dataDir: string, manifest: BackupManifest): Promise<NoteEntry[]> {
  if (!manifest.notes) return [];
  const damaged = (): StoreError =>
    new StoreError('damaged_backup', `The backup ${manifest.id} cannot be restored because its list of notes is damaged. Nothing has been changed.`);
  const read = await readEntry(path.join(backupsRoot(dataDir), manifest.id, NOTE_LIST)).catch(() => null);
  if (read?.kind !== 'file' || sha256Hex(read.bytes) !== manifest.notes.listSha256) throw damaged();
  try {
    const parsed = NoteListSchema.safeParse(JSON.parse(read.bytes.toString('utf8')));
    if (!parsed.success || parsed.data.notes.length !== manifest.notes.count) throw damaged();
    return parsed.data.notes;
  } catch {
    throw damaged();
  }
}

/** The note files every readable backup names (file names), so the pool can drop the rest. */
export async function notesNamedByBackups(dataDir: string, manifests: readonly BackupManifest[]): Promise<Set<string>> {
  const named = new Set<string>();
  for (const manifest of manifests) {
    const notes = await readBackupNotes(dataDir, manifest).catch(() => null);
    // A list that cannot be read names nothing that could be restored.
    for (const entry of notes ?? []) named.add(path.basename(entry.file));
  }
  return named;
}

export async function getBackupManifest(dataDir: string, id: string): Promise<BackupManifest> {
  const read = isBackupId(id) ? await readManifest(dataDir, id) : null;
  if (read?.status === 'ok') return read.manifest;
  if (read?.status === 'unreadable') {
    throw new StoreError('damaged_backup', `The backup ${id} cannot be restored: ${read.problem} Nothing has been changed.`);
  }
  throw new StoreError('unknown_backup', 'That backup could not be found. It may have been removed.');
}

/** A file's bytes from a backup, or null when the backup lacks it or the copy no longer matches its checksum. */
export async function readBackupFile(dataDir: string, manifest: BackupManifest, relative: string): Promise<Buffer | null> {
  const entry = manifest.files.find((f) => f.path === relative);
  if (!entry) return null;
  const read = await readEntry(absolute(path.join(backupsRoot(dataDir), manifest.id), relative)).catch(() => null);
  return read?.kind === 'file' && sha256(read.bytes) === entry.sha256 ? read.bytes : null;
}

/** True when the newest backup already holds exactly the current files and notes (so a new one would add nothing). */
export async function newestBackupMatches(dataDir: string, newest: BackupManifest | undefined, notes: readonly NoteEntry[]): Promise<boolean> {
  if (!newest) return false;
  if ((newest.notes?.digest ?? noteListDigest([])) !== noteListDigest(notes)) return false;
  const current = await listDataFiles(dataDir);
  if (current.length !== newest.files.length) return false;
  for (const relative of current) {
    const entry = newest.files.find((f) => f.path === relative);
    const read = await readEntry(absolute(dataDir, relative));
    if (!entry || read.kind !== 'file' || sha256(read.bytes) !== entry.sha256) return false;
  }
  return true;
}

/** Renames a backup out of sight first, then deletes it: a crash in between leaves only trash. */
async function removeBackup(root: string, name: string): Promise<void> {
  const trash = path.join(root, `${TRASH_PREFIX}${name}-${randomBytes(3).toString('hex')}`);
  await fs.rename(path.join(root, name), trash);
  await fsyncDir(root);
  await fs.rm(trash, { recursive: true, force: true });
}

/** Applies the retention rule (backup-retention.ts); returns the ids removed. Unreadable entries are left alone. */
export async function pruneBackups(dataDir: string, now: Date, timeZone?: string): Promise<string[]> {
  const manifests = await listBackupManifests(dataDir);
  const keep = selectBackupsToKeep(manifests, now, timeZone);
  const removed = manifests.filter((m) => !keep.has(m.id)).map((m) => m.id);
  for (const id of removed) await removeBackup(backupsRoot(dataDir), id);
  return removed;
}

/**
 * Clears what crashes leave in backups/, at open and only while holding the
 * folder lock: half-built temp folders, trash from an interrupted removal, and
 * backup folders a removal by an earlier version left without their manifest
 * (nothing in them can be checked, so nothing in them can be trusted). A
 * backup that still has its manifest stays, even with files missing: every
 * copy it does hold is checked against its checksum before recovery uses it,
 * and a restore checks the whole backup before changing anything.
 */
export async function removeUnfinishedBackups(dataDir: string): Promise<string[]> {
  const root = backupsRoot(dataDir);
  const names = await readdirOrNull(root);
  if (names === null) return [];
  const removed: string[] = [];
  for (const name of names) {
    if (name.startsWith(TEMP_PREFIX) || name.startsWith(TRASH_PREFIX)) {
      await fs.rm(path.join(root, name), { recursive: true, force: true });
      removed.push(name);
      continue;
    }
    if (!isBackupId(name)) continue;
    if ((await readManifest(dataDir, name)).status === 'no-manifest') {
      await removeBackup(root, name);
      removed.push(name);
    }
  }
  if (removed.length > 0) await fsyncDir(root);
  return removed;
}
