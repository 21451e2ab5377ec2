import path from 'node:path';
import { readdirOrNull } from './durable-fs';

/**
 * The data folder:
 *
 *   index.json            people and settings (small)
 *   groups/<groupId>.json one file per group: the aggregate root, rewritten alone
 *   backups/<id>/         rolling backups, each with a manifest.json
 *   quarantine/           damaged files moved aside at open, never deleted by the app
 *   .lock                 the folder lock (pid, host, start time)
 */
export const INDEX_FILE = 'index.json';
export const GROUPS_DIR = 'groups';
export const BACKUPS_DIR = 'backups';
export const QUARANTINE_DIR = 'quarantine';

const GROUP_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

/** A file's path relative to the data folder, with forward slashes (as shown to the coach and in manifests). */
export const groupFile = (groupId: string): string => `${GROUPS_DIR}/${groupId}.json`;

export const absolute = (dataDir: string, relative: string): string => path.join(dataDir, ...relative.split('/'));

export function groupIdOfFile(relative: string): string | null {
  const [dir, name, ...rest] = relative.split('/');
  if (dir !== GROUPS_DIR || name === undefined || rest.length > 0) return null;
  return GROUP_FILE.exec(name)?.[1] ?? null;
}

/**
 * Entries in `<root>/groups` named like group files, relative paths, sorted;
 * other names are ignored. An entry may be damaged into a folder: recovery
 * inspects each one, so they are listed whatever they are.
 */
export async function listGroupFiles(root: string): Promise<string[]> {
  const names = (await readdirOrNull(path.join(root, GROUPS_DIR))) ?? [];
  return names.filter((n) => GROUP_FILE.test(n)).sort().map((n) => `${GROUPS_DIR}/${n}`);
}

/** A sortable, filesystem-safe stamp: 2025-03-01T09-15-00-123Z. */
export const fileStamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');
