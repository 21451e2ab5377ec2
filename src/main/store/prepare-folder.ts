import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, promises as fs, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { removeUnfinishedBackups } from './backups';
import { DIR_MODE, FILE_MODE, entryKind, fsyncDir, isErrno, readdirOrNull, removeLeftoverTempFiles } from './durable-fs';
import { giveWayIfDue, timeSlices } from './time-slices';
import { BACKUPS_DIR, GROUPS_DIR, MEETINGS_DIR, QUARANTINE_DIR, absolute, fileStamp } from './layout';
import { settleDeletedRecords } from './records-loader';
import { setAside } from './quarantine';
import type { NewRecoveryEvent } from './recovery-log';

/**
 * The folder's own structure, put right at open (under the lock, before any
 * file is read): the three sub-folders must be folders, crash leftovers go,
 * and every file and folder of ours is private to the coach again, whatever
 * a copy, an unzip or another program did to the modes.
 */
export async function prepareFolder(dataDir: string, now: Date): Promise<{ events: NewRecoveryEvent[]; groupsFolderLost: boolean }> {
  const events: NewRecoveryEvent[] = [];
  let groupsFolderLost = false;
  await fs.chmod(dataDir, DIR_MODE);
  events.push(...(await ensureQuarantineIsFolder(dataDir, now)));
  for (const name of [GROUPS_DIR, BACKUPS_DIR, MEETINGS_DIR]) {
    const kind = await entryKind(path.join(dataDir, name));
    if (kind !== null && kind !== 'folder') {
      const keptAs = await setAside(dataDir, name, now);
      if (name === GROUPS_DIR) groupsFolderLost = true;
      events.push({
        kind: 'entry-set-aside',
        file: name,
        problem: `There was a file named "${name}" where Circlekeeper keeps its ${FOLDER_WORDS[name]} folder.`,
        restoredFrom: null,
        keptAs,
      });
    }
  }
  await fs.mkdir(path.join(dataDir, GROUPS_DIR), { recursive: true, mode: DIR_MODE });
  await removeLeftoverTempFiles(dataDir);
  await removeLeftoverTempFiles(path.join(dataDir, GROUPS_DIR));
  await settleDeletedRecords(dataDir);
  await removeUnfinishedBackups(dataDir);
  await tightenModes(dataDir);
  return { events, groupsFolderLost };
}

const FOLDER_WORDS: Record<string, string> = { [GROUPS_DIR]: 'group files', [BACKUPS_DIR]: 'backups', [MEETINGS_DIR]: 'meeting records' };

/** A file named `quarantine` is itself moved into a new quarantine folder, so nothing is lost or overwritten. */
async function ensureQuarantineIsFolder(dataDir: string, now: Date): Promise<NewRecoveryEvent[]> {
  const folder = path.join(dataDir, QUARANTINE_DIR);
  const kind = await entryKind(folder);
  if (kind === null || kind === 'folder') return [];
  const parked = path.join(dataDir, `.${QUARANTINE_DIR}-${randomBytes(4).toString('hex')}.parked`);
  await fs.rename(folder, parked);
  await fs.mkdir(folder, { mode: DIR_MODE });
  const keptAs = `${QUARANTINE_DIR}/${fileStamp(now)}-${randomBytes(3).toString('hex')}-${QUARANTINE_DIR}`;
  await fs.rename(parked, absolute(dataDir, keptAs));
  await fsyncDir(folder);
  await fsyncDir(dataDir);
  return [
    {
      kind: 'entry-set-aside',
      file: QUARANTINE_DIR,
      problem: 'There was a file named "quarantine" where Circlekeeper keeps damaged files.',
      restoredFrom: null,
      keptAs,
    },
  ];
}

async function chmodIfNeeded(target: string, wanted: number): Promise<void> {
  const stat = await fs.lstat(target).catch(() => null);
  if (stat && !stat.isSymbolicLink() && (stat.mode & 0o777) !== wanted) await fs.chmod(target, wanted);
}

function chmodSyncIfNeeded(target: string, wanted: number): void {
  let mode: number;
  try {
    mode = lstatSync(target).mode;
  } catch {
    return; // gone since the listing: nothing to tighten
  }
  if ((mode & 0o777) !== wanted) chmodSync(target, wanted);
}

function listOrNull(dir: string): Dirent[] | null {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR')) return null;
    throw err;
  }
}

/**
 * Every entry below `dir`: folders 0700, files 0600. Symlinks are left alone
 * (never followed out of the folder). The backups' note pool alone holds a
 * file per note (15,000 and more): one promise per lstat made this walk take
 * over a second, holding the write queue, so the first unlock after a start
 * waited for it. Synchronous calls in 8 ms slices take a tenth of that and
 * the event loop still answers between slices.
 */
async function tightenTree(dir: string): Promise<void> {
  const slices = timeSlices();
  const folders = [dir];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    chmodSyncIfNeeded(folder, DIR_MODE);
    for (const entry of listOrNull(folder) ?? []) {
      const child = path.join(folder, entry.name);
      if (entry.isDirectory()) folders.push(child);
      else if (entry.isFile()) chmodSyncIfNeeded(child, FILE_MODE);
      await giveWayIfDue(slices);
    }
  }
}

/** The live files, before they are read: a copy made with the wrong umask is private again at once. */
async function tightenModes(dataDir: string): Promise<void> {
  for (const name of (await readdirOrNull(dataDir)) ?? []) {
    const child = path.join(dataDir, name);
    const kind = await entryKind(child);
    if (kind === 'file') await chmodIfNeeded(child, FILE_MODE);
    else if (kind === 'folder' && name === GROUPS_DIR) await tightenTree(child);
  }
}

/**
 * Backups, quarantine and years of meeting records can hold thousands of
 * files, so their modes are put right, and crash leftovers among the records
 * removed, in the background after open (queued ahead of the start backup and
 * any write) rather than making every start wait on a walk of the whole tree.
 * Records are not read at open, so nothing reads them before this has run.
 */
export async function tightenArchiveModes(dataDir: string): Promise<void> {
  for (const name of (await readdirOrNull(path.join(dataDir, MEETINGS_DIR))) ?? []) {
    if ((await entryKind(path.join(dataDir, MEETINGS_DIR, name))) === 'folder') await removeLeftoverTempFiles(path.join(dataDir, MEETINGS_DIR, name));
  }
  for (const name of [MEETINGS_DIR, BACKUPS_DIR, QUARANTINE_DIR]) {
    if ((await entryKind(path.join(dataDir, name))) === 'folder') await tightenTree(path.join(dataDir, name));
  }
}
