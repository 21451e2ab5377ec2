import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { FILE_MODE, fsyncDir, isErrno } from './durable-fs';
import { StoreLockedError, type LockOwner } from './errors';

export const LOCK_FILE = '.lock';

/** Data folders this process holds, so a second store in the same process is refused too. */
const heldHere = new Set<string>();

export interface FolderLock {
  readonly dataDir: string;
  readonly owner: LockOwner;
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user; it is alive.
    return !isErrno(err, 'ESRCH');
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | null | 'missing'> {
  let text: string;
  try {
    text = await fs.readFile(lockPath, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return 'missing';
    throw err;
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string' && typeof value.startedAt === 'string') {
      return { pid: value.pid, hostname: value.hostname, startedAt: value.startedAt };
    }
  } catch {
    // fall through: unreadable
  }
  return null;
}

/**
 * A lock is stale when its process is gone: a SIGKILLed app must not block the
 * next start. A lock from another machine (a shared folder) cannot be checked,
 * so it is respected. A lock naming our own pid that this process does not hold
 * was left by an earlier process that had the same pid (common in containers).
 */
function isStale(owner: LockOwner | null): boolean {
  if (owner === null) return true; // Never written by us: the file is linked into place complete.
  if (owner.hostname !== hostname()) return false;
  if (owner.pid === process.pid) return true;
  return !isAlive(owner.pid);
}

/** Publishes the lock atomically: write a complete temp file, then hard-link it to `.lock` (fails if it exists). */
async function tryCreate(lockPath: string, owner: LockOwner): Promise<boolean> {
  const temp = `${lockPath}.${randomBytes(6).toString('hex')}.new`;
  const handle = await fs.open(temp, 'wx', FILE_MODE);
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temp, lockPath);
    return true;
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    throw err;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/**
 * Takes a stale lock out of the way without ever removing a live one: move it
 * to a unique name, then check that what was moved is the stale lock that was
 * judged. If another process replaced it meanwhile, put theirs back.
 */
async function removeStale(lockPath: string, judged: LockOwner | null): Promise<void> {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fs.rename(lockPath, aside);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return;
    throw err;
  }
  const moved = await readOwner(aside);
  if (moved !== 'missing' && JSON.stringify(moved) !== JSON.stringify(judged)) {
    await fs.link(aside, lockPath).catch(() => undefined);
  }
  await fs.rm(aside, { force: true });
}

/**
 * Locks a data folder for this process. Throws StoreLockedError when another
 * live process, or another store in this process, holds it.
 */
export async function acquireFolderLock(dataDir: string): Promise<FolderLock> {
  // The real path, so two spellings of one folder (a symlink, a trailing "/.") count as the same folder.
  const dir = await fs.realpath(path.resolve(dataDir));
  const lockPath = path.join(dir, LOCK_FILE);
  if (heldHere.has(dir)) {
    throw new StoreLockedError(dir, { pid: process.pid, hostname: hostname(), startedAt: '' });
  }
  heldHere.add(dir);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await tryCreate(lockPath, owner)) {
        await fsyncDir(dir);
        await removeOldLockLeftovers(dir);
        return makeLock(dir, lockPath, owner);
      }
      const current = await readOwner(lockPath);
      if (current === 'missing') continue;
      if (!isStale(current)) throw new StoreLockedError(dir, current);
      await removeStale(lockPath, current);
    }
    throw new StoreLockedError(dir, null);
  } catch (err) {
    heldHere.delete(dir);
    throw err;
  }
}

/**
 * A process killed while taking or clearing a lock leaves `.lock.<random>.new`
 * or `.stale` behind. Only old ones are removed: a young one may belong to a
 * process that is taking its turn right now.
 */
async function removeOldLockLeftovers(dir: string): Promise<void> {
  const cutoff = Date.now() - 60_000;
  for (const name of await fs.readdir(dir)) {
    if (!/^\.lock\.[0-9a-f]{12}\.(new|stale)$/.test(name)) continue;
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && stat.mtimeMs < cutoff) await fs.rm(file, { force: true });
  }
}

function makeLock(dir: string, lockPath: string, owner: LockOwner): FolderLock {
  let released = false;
  return {
    dataDir: dir,
    owner,
    async release() {
      if (released) return;
      released = true;
      // Remove only our own lock: if it was taken over meanwhile it is not ours to delete.
      const current = await readOwner(lockPath);
      if (current !== 'missing' && current !== null && current.pid === owner.pid && current.startedAt === owner.startedAt) {
        await fs.rm(lockPath, { force: true });
      }
      heldHere.delete(dir);
    },
  };
}
