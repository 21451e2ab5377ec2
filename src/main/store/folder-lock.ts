import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { FILE_MODE, describeFsError, fsyncDir, isErrno, readEntry } from './durable-fs';
import { StoreError, StoreLockedError, type LockOwner } from './errors';
import { currentBootId, isPlausiblePid, mayBeCirclekeeper, processCommandOf, processStartOf } from './process-identity';
import { setAside } from './quarantine';

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
    return isErrno(err, 'EPERM');
  }
}

type OwnerRead = LockOwner | 'unreadable' | 'not-a-file' | 'missing';

async function readOwner(lockPath: string): Promise<OwnerRead> {
  const entry = await readEntry(lockPath);
  if (entry.kind === 'missing') return 'missing';
  if (entry.kind !== 'file') return 'not-a-file';
  try {
    const v = JSON.parse(entry.bytes.toString('utf8')) as Partial<Record<keyof LockOwner, unknown>>;
    if (typeof v.pid !== 'number' || typeof v.hostname !== 'string' || typeof v.startedAt !== 'string') return 'unreadable';
    const text = (x: unknown): string | null => (typeof x === 'string' && x.length <= 200 ? x : null);
    return {
      pid: v.pid,
      hostname: v.hostname,
      startedAt: v.startedAt,
      token: text(v.token),
      bootId: text(v.bootId),
      processStart: text(v.processStart),
    };
  } catch {
    return 'unreadable';
  }
}

const sameOwner = (a: OwnerRead, b: LockOwner | 'unreadable'): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Is the process named in a lock still the one that took it? A SIGKILLed
 * app must not block the next start, and neither may an unrelated program
 * that was later given the same PID. A lock from another machine (a shared
 * folder) cannot be checked, so it is respected; the message says how to
 * clear it by hand.
 */
async function isStale(owner: LockOwner | 'unreadable'): Promise<boolean> {
  // Never written by us: our lock files are linked into place complete.
  if (owner === 'unreadable' || !isPlausiblePid(owner.pid)) return true;
  if (owner.hostname !== hostname()) return false;
  const boot = await currentBootId();
  if (owner.bootId && boot && owner.bootId !== boot) return true;
  // This process does not hold it (heldHere was checked): an earlier process had our PID.
  if (owner.pid === process.pid) return true;
  if (!isAlive(owner.pid)) return true;
  if (owner.processStart) {
    const now = await processStartOf(owner.pid);
    if (now !== null) return now !== owner.processStart;
  }
  // A lock from an older version, or a platform without start times: judge by the program.
  const command = await processCommandOf(owner.pid);
  return command !== null && !mayBeCirclekeeper(command);
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
async function removeStale(lockPath: string, judged: LockOwner | 'unreadable'): Promise<void> {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fs.rename(lockPath, aside);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return;
    throw err;
  }
  const moved = await readOwner(aside);
  if (moved !== 'missing' && !sameOwner(moved, judged)) {
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
  const owner: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
    bootId: await currentBootId(),
    processStart: await processStartOf(process.pid),
  };
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await tryCreate(lockPath, owner)) {
        await fsyncDir(dir);
        await removeOldLockLeftovers(dir);
        return makeLock(dir, lockPath, owner);
      }
      const current = await readOwner(lockPath);
      if (current === 'missing') continue;
      if (current === 'not-a-file') {
        // A folder (or device) named .lock is not a lock anyone holds: keep it aside, as with any damaged entry.
        await setAside(dir, LOCK_FILE, new Date()).catch((err: unknown) => {
          if (!isErrno(err, 'ENOENT')) throw err;
        });
        continue;
      }
      if (current !== 'unreadable' && !(await isStale(current))) throw new StoreLockedError(dir, current);
      await removeStale(lockPath, current);
    }
    throw new StoreLockedError(dir, null);
  } catch (err) {
    heldHere.delete(dir);
    if (err instanceof StoreError) throw err;
    if (isErrno(err, 'EROFS') || isErrno(err, 'EACCES') || isErrno(err, 'EPERM')) {
      throw new StoreError('folder_read_only', `Circlekeeper cannot write in the data folder ${dir}: ${describeFsError(err)}.`, { cause: err });
    }
    throw new StoreError('store_unavailable', `Circlekeeper could not lock the data folder ${dir}: ${describeFsError(err)}.`, {
      cause: err,
    });
  }
}

/**
 * For readers that cannot write the folder (a read-only disk or copy): refuse,
 * as acquireFolderLock would, when a live process holds the folder; otherwise
 * let them read without a lock of their own.
 */
export async function ensureNotHeldElsewhere(dataDir: string): Promise<void> {
  const dir = await fs.realpath(path.resolve(dataDir));
  const current = await readOwner(path.join(dir, LOCK_FILE));
  if (typeof current === 'object' && !(await isStale(current))) throw new StoreLockedError(dir, current);
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
    const stat = await fs.lstat(file).catch(() => null);
    if (stat?.isFile() && stat.mtimeMs < cutoff) await fs.rm(file, { force: true });
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
      const current = await readOwner(lockPath).catch(() => 'unreadable' as const);
      if (typeof current === 'object' && current.token === owner.token && current.pid === owner.pid) {
        await fs.rm(lockPath, { force: true });
      }
      heldHere.delete(dir);
    },
  };
}
