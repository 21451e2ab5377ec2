import path from 'node:path';
import { readdirOrNull } from './durable-fs';

/**
 * The data folder:
 *
 *   index.json            people and settings (small)
 *   groups/<groupId>.json one file per group: the aggregate root, rewritten alone
 *   meetings/<groupId>/<year>.json  what happened at a group's meetings of one year, read when needed
 *   vault.json            the wrapped key of the encrypted notes, once set up (vault-header-doc.ts)
 *   backups/<id>/         rolling backups, each with a manifest.json
 *   quarantine/           damaged files moved aside at open, never deleted by the app
 *   .lock                 the folder lock (pid, host, start time)
 */
export const INDEX_FILE = 'index.json';
export const GROUPS_DIR = 'groups';
export const BACKUPS_DIR = 'backups';
export const QUARANTINE_DIR = 'quarantine';
export const MEETINGS_DIR = 'meetings';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GROUP_FILE = new RegExp(`^(${UUID})\\.json$`);
const RECORDS_FOLDER = new RegExp(`^${UUID}$`);
const RECORDS_FILE = /^(\d{4})\.json$/;

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

/** The records of a group's meetings in one year. */
export const meetingRecordsFile = (groupId: string, year: number): string => `${MEETINGS_DIR}/${groupId}/${year}.json`;
export const meetingRecordsFolder = (groupId: string): string => `${MEETINGS_DIR}/${groupId}`;

export function recordsFileParts(relative: string): { groupId: string; year: number } | null {
  const [dir, groupId, name, ...rest] = relative.split('/');
  if (dir !== MEETINGS_DIR || groupId === undefined || name === undefined || rest.length > 0 || !RECORDS_FOLDER.test(groupId)) return null;
  const year = RECORDS_FILE.exec(name)?.[1];
  return year === undefined ? null : { groupId, year: Number(year) };
}

/** Every `meetings/<groupId>/<year>.json` entry under `root`, sorted; entries of other names are ignored. */
export async function listMeetingRecordsFiles(root: string, groupId?: string): Promise<string[]> {
  const folders = groupId !== undefined ? [groupId] : ((await readdirOrNull(path.join(root, MEETINGS_DIR))) ?? []).filter((n) => RECORDS_FOLDER.test(n)).sort();
  const files: string[] = [];
  for (const folder of folders) {
    const names = (await readdirOrNull(path.join(root, MEETINGS_DIR, folder))) ?? [];
    for (const name of names.filter((n) => RECORDS_FILE.test(n)).sort()) files.push(`${MEETINGS_DIR}/${folder}/${name}`);
  }
  return files;
}

/** A sortable, filesystem-safe stamp: 2025-03-01T09-15-00-123Z. */
export const fileStamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');
