import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BACKUPS_DIR, absolute } from '../layout';
import { copyFileSynced, DIR_MODE, fsyncDir, isErrno, readEntry, readdirOrNull } from '../durable-fs';
import type { NoteEntry } from './note-entry';
import { sha256Hex } from './note-entry';
import { noteNameParts } from './note-layout';

/**
 * Note files shared by every backup. A note file is never changed once
 * written (note-file-doc.ts), so a backup does not need its own copy: it
 * names the files it holds, and each is kept once in backups/note-files/ as
 * a hard link to the live file. A backup of 15,000 notes then links only the
 * notes saved since the last backup, and fsyncs one folder, instead of
 * copying and fsyncing 15,000 files. Where the file system refuses hard
 * links, the file is copied (and fsynced) once instead.
 *
 * A hard link shares the disk blocks with the live file: backups guard
 * against the app's own crashes and mistakes, not a failing disk, which is
 * why the README asks coaches to copy the data folder elsewhere too.
 */
export const NOTE_POOL_DIR = `${BACKUPS_DIR}/note-files`;

const poolPath = (dataDir: string, file: string): string => path.join(absolute(dataDir, NOTE_POOL_DIR), path.basename(file));

const LINK_REFUSED = ['EPERM', 'EXDEV', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS'];

/** Makes sure the pool holds every note file listed; returns how many it had to add. */
export async function addToPool(dataDir: string, entries: readonly Pick<NoteEntry, 'file'>[]): Promise<number> {
  if (entries.length === 0) return 0;
  const pool = absolute(dataDir, NOTE_POOL_DIR);
  await fs.mkdir(pool, { recursive: true, mode: DIR_MODE });
  const present = new Set((await readdirOrNull(pool)) ?? []);
  const missing = entries.filter((e) => !present.has(path.basename(e.file)));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < missing.length) {
      const entry = missing[next++]!;
      const source = absolute(dataDir, entry.file);
      const target = poolPath(dataDir, entry.file);
      try {
        await fs.link(source, target);
      } catch (err) {
        if (isErrno(err, 'EEXIST')) continue;
        if (!LINK_REFUSED.some((code) => isErrno(err, code))) throw err;
        await copyFileSynced(source, target);
      }
    }
  };
  // A few links in flight: the disk does the waiting, the event loop stays free.
  await Promise.all(Array.from({ length: Math.min(8, missing.length) }, worker));
  if (missing.length > 0) await fsyncDir(pool);
  return missing.length;
}

/** A note file's bytes from the pool, or null when it is missing or no longer matches its checksum. */
export async function readPooled(dataDir: string, entry: Pick<NoteEntry, 'file' | 'sha256'>): Promise<Buffer | null> {
  const read = await readEntry(poolPath(dataDir, entry.file)).catch(() => null);
  return read?.kind === 'file' && sha256Hex(read.bytes) === entry.sha256 ? read.bytes : null;
}

/** Puts a pooled note file in the live notes folder (link, or copy where links are refused). */
export async function putFromPool(dataDir: string, entry: NoteEntry): Promise<void> {
  const target = absolute(dataDir, entry.file);
  await fs.rm(target, { force: true });
  try {
    await fs.link(poolPath(dataDir, entry.file), target);
  } catch (err) {
    if (!LINK_REFUSED.some((code) => isErrno(err, code))) throw err;
    await copyFileSynced(poolPath(dataDir, entry.file), target);
  }
}

/** Removes pooled files no backup names any more; returns how many. */
export async function prunePool(dataDir: string, referenced: ReadonlySet<string>): Promise<number> {
  const pool = absolute(dataDir, NOTE_POOL_DIR);
  const names = (await readdirOrNull(pool)) ?? [];
  let removed = 0;
  for (const name of names) {
    if (!noteNameParts(name) || referenced.has(name)) continue;
    await fs.rm(path.join(pool, name), { force: true });
    removed += 1;
  }
  return removed;
}
