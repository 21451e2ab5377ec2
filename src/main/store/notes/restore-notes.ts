import { promises as fs } from 'node:fs';
import { absolute } from '../layout';
import { ensurePrivateDir, fsyncDir, writeFileDurable } from '../durable-fs';
import { serialiseNoteList, type NoteEntry } from './note-entry';
import { NOTES_DIR, NOTE_CATALOG_FILE, listNoteFiles } from './note-layout';
import { putFromPool } from './note-pool';

/**
 * Makes the live notes exactly the backup's: files it names and the folder
 * lacks come from the pool, files it does not name go. Idempotent, like the
 * rest of a restore, so an interrupted run is simply run again. The catalog
 * is written from the backup's list, so the first look after a restore does
 * not have to read every note.
 */
export async function replaceLiveNotes(dataDir: string, notes: readonly NoteEntry[]): Promise<void> {
  await ensurePrivateDir(absolute(dataDir, NOTES_DIR));
  const live = new Set(await listNoteFiles(dataDir));
  const wanted = new Set(notes.map((n) => n.file));
  for (const entry of notes) {
    // A note file is never changed once written, so the same name is the same note.
    if (!live.has(entry.file)) await putFromPool(dataDir, entry);
  }
  for (const file of live) {
    if (!wanted.has(file)) await fs.rm(absolute(dataDir, file), { force: true });
  }
  await fsyncDir(absolute(dataDir, NOTES_DIR));
  await writeFileDurable(absolute(dataDir, NOTE_CATALOG_FILE), serialiseNoteList(notes));
}
