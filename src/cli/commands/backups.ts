import path from 'node:path';
import type { BackupInfo, BackupList } from '../../shared/views';
import { dispatch } from '../../main/dispatch';
import { listBackups, toBackupInfo } from '../../main/store/backups';
import { acquireFolderLock } from '../../main/store/folder-lock';
import { INDEX_FILE } from '../../main/store/layout';
import type { OpenedFolder } from '../open';
import { CliFailure, EXIT, type CliIo } from '../io';
import { folderEntries, openFolder } from '../open';

async function withFolder<T>(dataDir: string, work: (folder: OpenedFolder) => Promise<T>): Promise<T> {
  const folder = await openFolder(dataDir, { mustExist: true });
  try {
    return await work(folder);
  } finally {
    await folder.close();
  }
}

async function call<T>(folder: OpenedFolder, method: 'backups.list' | 'backups.create' | 'backups.restore', input: object): Promise<T> {
  const result = await dispatch(folder.services, method, input);
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.value as T;
}

const kib = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export async function runBackup(options: { dataDir: string }, io: CliIo): Promise<number> {
  const backup = await withFolder(options.dataDir, (folder) => call<BackupInfo>(folder, 'backups.create', {}));
  io.out(backup.id);
  return EXIT.ok;
}

/**
 * Listing only reads: opening the store would take a start backup, prune old
 * ones and repair damaged files, so the manifests are read directly while the
 * folder lock keeps the app (and other commands) out.
 */
async function listBackupsReadOnly(dataDir: string): Promise<BackupList> {
  const dir = path.resolve(dataDir);
  const entries = await folderEntries(dir);
  if (entries === null) throw new CliFailure(`The folder ${dir} does not exist.`);
  if (!entries.includes(INDEX_FILE)) throw new CliFailure(`The folder ${dir} holds no Circlekeeper data (no ${INDEX_FILE}).`);
  const lock = await acquireFolderLock(dir);
  try {
    const listing = await listBackups(dir);
    return { backups: listing.manifests.map(toBackupInfo), unreadable: listing.unreadable };
  } finally {
    await lock.release();
  }
}

export async function runListBackups(options: { dataDir: string }, io: CliIo): Promise<number> {
  const { backups, unreadable } = await listBackupsReadOnly(options.dataDir);
  if (backups.length === 0) io.out('No backups yet.');
  for (const b of backups) io.out(`${b.id}  ${b.createdAt}  ${b.reason.padEnd(14)}  ${kib(b.sizeBytes)}`);
  for (const u of unreadable) io.out(`Not readable as a backup: backups/${u.name}: ${u.problem}`);
  return EXIT.ok;
}

/** Restores a backup; the store first backs up what it replaces, and that backup's id is printed. */
export async function runRestore(options: { dataDir: string; backup: string }, io: CliIo): Promise<number> {
  await withFolder(options.dataDir, async (folder) => {
    const before = new Set((await call<BackupList>(folder, 'backups.list', {})).backups.map((b) => b.id));
    await call(folder, 'backups.restore', { id: options.backup });
    const safety = (await call<BackupList>(folder, 'backups.list', {})).backups.find(
      (b) => !before.has(b.id) && b.reason === 'before-restore',
    );
    io.out(`Restored backup ${options.backup}.`);
    if (safety) io.out(`What it replaced was saved as backup ${safety.id}.`);
  });
  return EXIT.ok;
}
