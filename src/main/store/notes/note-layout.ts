import path from 'node:path';
import { readdirOrNull } from '../durable-fs';

/**
 *   notes/<noteId>.r<revision>.json   one note, never changed once written
 *   notes/catalog.json                every note's metadata, a cache rebuilt from the files when stale
 *   note-templates.json               the coach's own note templates, sealed like a note
 *   backups/note-files/               note files shared by the backups (hard links, see note-pool.ts)
 */
export const NOTES_DIR = 'notes';
export const NOTE_CATALOG_FILE = `${NOTES_DIR}/catalog.json`;


const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const NOTE_NAME = new RegExp(`^(${UUID})\\.r([1-9]\\d{0,8})\\.json$`);

export const noteFileName = (noteId: string, revision: number): string => `${noteId}.r${revision}.json`;
export const noteFile = (noteId: string, revision: number): string => `${NOTES_DIR}/${noteFileName(noteId, revision)}`;

/** The note and revision a file name promises, or null for a name that is not a note's. */
export function noteNameParts(name: string): { noteId: string; revision: number } | null {
  const match = NOTE_NAME.exec(name);
  return match ? { noteId: match[1]!, revision: Number(match[2]) } : null;
}

export function noteFileParts(relative: string): { noteId: string; revision: number } | null {
  const [dir, name, ...rest] = relative.split('/');
  if (dir !== NOTES_DIR || name === undefined || rest.length > 0) return null;
  return noteNameParts(name);
}

/** Every entry under notes/ named like a note file, relative paths, sorted. */
export async function listNoteFiles(root: string): Promise<string[]> {
  const names = (await readdirOrNull(path.join(root, NOTES_DIR))) ?? [];
  return names.filter((n) => NOTE_NAME.test(n)).sort().map((n) => `${NOTES_DIR}/${n}`);
}
