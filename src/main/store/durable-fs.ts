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
