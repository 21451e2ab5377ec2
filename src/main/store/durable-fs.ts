import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Every file the store writes is private to the coach's account. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Temp files start with a dot and end in `.tmp` so an open can find and remove crash leftovers. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  const base = path.basename(target);
  return path.join(dir, `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Creates the folder (and parents) private to the coach; tightens an existing one. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
  await fs.chmod(dir, DIR_MODE);
}

/**
 * Makes a rename or unlink inside `dir` survive a power cut: on Linux the new
 * directory entry is only durable once the directory itself is fsynced.
 */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a new file (never over one) and fsyncs it, for a folder that is renamed into place as a whole. */
export async function writeNewFileSynced(file: string, bytes: string | Uint8Array): Promise<void> {
  return writeAndSync(file, bytes);
}

async function writeAndSync(file: string, bytes: string | Uint8Array): Promise<void> {
  // 'wx': a unique temp name must never exist already; if it does something is badly wrong.
  const handle = await fs.open(file, 'wx', FILE_MODE);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `target` so that at every instant it holds either the old bytes or
 * the new ones: write a uniquely named temp file, fsync it, rename it over the
 * target, fsync the folder. A failure removes the temp file and leaves the
 * target as it was.
 */
export async function writeFileDurable(target: string, bytes: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, bytes);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  await fsyncDir(path.dirname(target));
}

/** Removes a file durably; a file that is already gone is not an error. */
export async function removeFileDurable(target: string): Promise<void> {
  try {
    await fs.unlink(target);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return;
    throw err;
  }
  await fsyncDir(path.dirname(target));
}

/** Copies bytes into a new file (no rename), fsynced, for building a folder that is renamed as a whole. */
export async function copyFileSynced(source: string, target: string): Promise<Buffer> {
  const bytes = await fs.readFile(source);
  await writeAndSync(target, bytes);
  return bytes;
}

export async function readFileOrNull(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw err;
  }
}

/**
 * What stands at a path, read without throwing for the shapes damage takes:
 * a folder where a file should be (EISDIR), a file where a folder should be on
 * the way (ENOTDIR), a socket or device. Only real I/O failures still throw.
 */
export type Entry =
  | { kind: 'missing' }
  | { kind: 'file'; bytes: Buffer }
  | { kind: 'folder' }
  | { kind: 'other' };

export async function readEntry(file: string): Promise<Entry> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR')) return { kind: 'missing' };
    throw err;
  }
  if (stat.isDirectory()) return { kind: 'folder' };
  if (!stat.isFile()) return { kind: 'other' };
  try {
    return { kind: 'file', bytes: await fs.readFile(file) };
  } catch (err) {
    // Replaced between the stat and the read: describe what is there now.
    if (isErrno(err, 'ENOENT')) return { kind: 'missing' };
    if (isErrno(err, 'EISDIR')) return { kind: 'folder' };
    throw err;
  }
}

/** Folder entries, or null when the folder is missing or is not a folder. */
export async function readdirOrNull(dir: string): Promise<string[] | null> {
  try {
    return await fs.readdir(dir);
  } catch (err) {
    if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR')) return null;
    throw err;
  }
}

/** The kind of a path without following it into its contents; null when nothing is there. */
export async function entryKind(target: string): Promise<'file' | 'folder' | 'other' | null> {
  try {
    const stat = await fs.lstat(target);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  } catch (err) {
    if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR')) return null;
    throw err;
  }
}

const ERRNO_WORDS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'Circlekeeper is not allowed to write there',
  EPERM: 'Circlekeeper is not allowed to write there',
  EROFS: 'the folder is on a read-only disk',
  EIO: 'the disk reported a read or write error',
  ENOTDIR: 'something that should be a folder is a file',
  EISDIR: 'something that should be a file is a folder',
  EEXIST: 'something is in the way where a folder should be',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'a file name is too long for this disk',
};

/** A file-system failure in words a coach can act on, with the code for anyone helping them. */
export function describeFsError(err: unknown): string {
  const code = typeof err === 'object' && err !== null ? (err as NodeJS.ErrnoException).code : undefined;
  if (code && ERRNO_WORDS[code]) return `${ERRNO_WORDS[code]} (${code})`;
  if (err instanceof Error && !code) return err.message;
  return code ? `an unexpected file error (${code})` : 'an unexpected error';
}

export function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === code;
}

/** Removes temp files a crash left behind in `dir` (never anything else). */
export async function removeLeftoverTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return [];
    throw err;
  }
  const leftovers = names.filter((n) => TEMP_FILE_PATTERN.test(n));
  for (const name of leftovers) await fs.rm(path.join(dir, name), { force: true });
  if (leftovers.length > 0) await fsyncDir(dir);
  return leftovers;
}
