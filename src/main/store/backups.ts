import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupInfo } from '../../shared/views';
import { selectBackupsToKeep } from './backup-retention';
import {
  DIR_MODE,
  copyFileSynced,
  ensurePrivateDir,
  fsyncDir,
  isErrno,
  readFileOrNull,
  writeFileDurable,
} from './durable-fs';
import { StoreError } from './errors';
import { BACKUPS_DIR, GROUPS_DIR, absolute, fileStamp, listDataFiles } from './layout';

/**
 * A backup is a folder backups/<id>/ holding copies of index.json and
 * groups/*.json plus manifest.json (reason, time, and each file's size and
 * sha256). It is built in a hidden temp folder, every file fsynced, and then
 * renamed into place, so a backup folder either exists complete or not at all.
 */
const BACKUP_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{6}$/;
const TEMP_PREFIX = '.tmp-';
const MANIFEST = 'manifest.json';

const ManifestSchema = z.strictObject({
  formatVersion: z.literal(1),
  id: z.string().regex(BACKUP_ID),
  /** Creation order within this folder (1, 2, ...): unlike the clock, it never goes backwards. */
  sequence: z.number().int().min(1),
  reason: z.enum(['start', 'periodic', 'manual', 'before-restore']),
  createdAt: z.iso.datetime({ offset: false }),
  files: z.array(z.strictObject({ path: z.string(), sizeBytes: z.number().int().min(0), sha256: z.string() })),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

export const isBackupId = (id: string): boolean => BACKUP_ID.test(id);
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const backupsRoot = (dataDir: string): string => path.join(dataDir, BACKUPS_DIR);

export const toBackupInfo = (m: BackupManifest): BackupInfo => ({
  id: m.id,
  createdAt: m.createdAt,
  reason: m.reason,
  sizeBytes: m.files.reduce((sum, f) => sum + f.sizeBytes, 0),
});

/** Copies the data files as they are on disk now. The caller keeps writes out meanwhile. */
export async function createBackup(dataDir: string, reason: BackupInfo['reason'], now: Date): Promise<BackupManifest> {
  const root = backupsRoot(dataDir);
  await ensurePrivateDir(root);
  const [newest] = await listBackupManifests(dataDir);
  const sequence = (newest?.sequence ?? 0) + 1;
  const id = `${fileStamp(now)}-${randomBytes(3).toString('hex')}`;
  const temp = path.join(root, `${TEMP_PREFIX}${id}`);
  await fs.mkdir(temp, { mode: DIR_MODE });
  try {
    await fs.mkdir(path.join(temp, GROUPS_DIR), { mode: DIR_MODE });
    const files: BackupManifest['files'] = [];
    for (const relative of await listDataFiles(dataDir)) {
      const bytes = await copyFileSynced(absolute(dataDir, relative), absolute(temp, relative));
      files.push({ path: relative, sizeBytes: bytes.length, sha256: sha256(bytes) });
    }
    const manifest: BackupManifest = { formatVersion: 1, id, sequence, reason, createdAt: now.toISOString(), files };
    await writeFileDurable(path.join(temp, MANIFEST), JSON.stringify(manifest));
    await fsyncDir(path.join(temp, GROUPS_DIR));
    await fsyncDir(temp);
    await fs.rename(temp, path.join(root, id));
    await fsyncDir(root);
    return manifest;
  } catch (err) {
    await fs.rm(temp, { recursive: true, force: true });
    throw err;
  }
}

async function readManifest(dataDir: string, id: string): Promise<BackupManifest | null> {
  const bytes = await readFileOrNull(path.join(backupsRoot(dataDir), id, MANIFEST));
  if (!bytes) return null;
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Complete backups, newest (last made) first. Folders without a readable manifest are skipped. */
export async function listBackupManifests(dataDir: string): Promise<BackupManifest[]> {
  let names: string[];
  try {
    names = await fs.readdir(backupsRoot(dataDir));
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return [];
    throw err;
  }
  const manifests: BackupManifest[] = [];
  for (const name of names.filter(isBackupId)) {
    const m = await readManifest(dataDir, name);
    if (m) manifests.push(m);
  }
  return manifests.sort((a, b) => b.sequence - a.sequence);
}

export async function getBackupManifest(dataDir: string, id: string): Promise<BackupManifest> {
  const manifest = isBackupId(id) ? await readManifest(dataDir, id) : null;
  if (!manifest) throw new StoreError('unknown_backup', 'That backup could not be found. It may have been removed.');
  return manifest;
}

/** A file's bytes from a backup, or null when the backup lacks it or the copy no longer matches its checksum. */
export async function readBackupFile(dataDir: string, manifest: BackupManifest, relative: string): Promise<Buffer | null> {
  const entry = manifest.files.find((f) => f.path === relative);
  if (!entry) return null;
  const bytes = await readFileOrNull(absolute(path.join(backupsRoot(dataDir), manifest.id), relative));
  return bytes && sha256(bytes) === entry.sha256 ? bytes : null;
}

/** True when the newest backup already holds exactly the current files (so a new one would add nothing). */
export async function newestBackupMatches(dataDir: string, newest: BackupManifest | undefined): Promise<boolean> {
  if (!newest) return false;
  const current = await listDataFiles(dataDir);
  if (current.length !== newest.files.length) return false;
  for (const relative of current) {
    const entry = newest.files.find((f) => f.path === relative);
    const bytes = await readFileOrNull(absolute(dataDir, relative));
    if (!entry || !bytes || sha256(bytes) !== entry.sha256) return false;
  }
  return true;
}

/** Applies the retention rule (backup-retention.ts); returns the ids removed. */
export async function pruneBackups(dataDir: string, now: Date): Promise<string[]> {
  const manifests = await listBackupManifests(dataDir);
  const keep = selectBackupsToKeep(manifests, now);
  const removed = manifests.filter((m) => !keep.has(m.id)).map((m) => m.id);
  for (const id of removed) await fs.rm(path.join(backupsRoot(dataDir), id), { recursive: true, force: true });
  if (removed.length > 0) await fsyncDir(backupsRoot(dataDir));
  return removed;
}

/** Half-built backup folders from a crash. Only called while holding the folder lock. */
export async function removeUnfinishedBackups(dataDir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(backupsRoot(dataDir));
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return;
    throw err;
  }
  for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX))) {
    await fs.rm(path.join(backupsRoot(dataDir), name), { recursive: true, force: true });
  }
}
