import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DIR_MODE, entryKind, fsyncDir } from './durable-fs';
import { StoreError } from './errors';
import { QUARANTINE_DIR, absolute, fileStamp } from './layout';

/**
 * Moves a damaged file (or whatever stands in a file's place: a folder, a
 * device) into quarantine/ under a dated name; never deletes it. The coach is
 * told where it went and can hand it to someone who can help.
 */
export async function setAside(dataDir: string, relative: string, now: Date): Promise<string> {
  const quarantine = path.join(dataDir, QUARANTINE_DIR);
  const kind = await entryKind(quarantine);
  if (kind !== null && kind !== 'folder') {
    throw new StoreError('store_damaged', `The folder for damaged files, ${quarantine}, is not a folder.`);
  }
  await fs.mkdir(quarantine, { recursive: true, mode: DIR_MODE });
  // The random part keeps two damaged copies of one file from ever sharing a name.
  const keptAs = `${QUARANTINE_DIR}/${fileStamp(now)}-${randomBytes(3).toString('hex')}-${relative.replace(/\//g, '-')}`;
  await fs.rename(absolute(dataDir, relative), absolute(dataDir, keptAs));
  await fsyncDir(quarantine);
  await fsyncDir(path.dirname(absolute(dataDir, relative)));
  return keptAs;
}
