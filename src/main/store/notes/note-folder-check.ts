import path from 'node:path';
import type { NoteMeta } from '../../../shared/notes';
import { readEntry, readdirOrNull } from '../durable-fs';
import { inspectDocument } from '../inspect-document';
import { noteKind } from '../kinds';
import { NoteListSchema } from './note-entry';
import { NOTES_DIR, NOTE_CATALOG_FILE, noteFile, noteNameParts } from './note-layout';

// The notes folder read without the store and without the key, for `verify`
// and the CLI's JSON export: which notes there are (metadata only) and what
// is wrong with their files. It changes nothing; the app's own open repairs.

export interface NoteFolderReport {
  /** The newest good revision of every note, as its file says. */
  metas: NoteMeta[];
  problems: { file: string; message: string }[];
  /** What the app settles by itself at its next open, in words. */
  notes: string[];
}

export async function checkNoteFolder(dataDir: string): Promise<NoteFolderReport> {
  const report: NoteFolderReport = { metas: [], problems: [], notes: [] };
  const names = await readdirOrNull(path.join(dataDir, NOTES_DIR));
  if (names === null) return report;
  const newest = new Map<string, number>();
  for (const name of names) {
    const parts = noteNameParts(name);
    if (!parts) {
      if (name !== path.basename(NOTE_CATALOG_FILE) && !name.startsWith('.')) report.problems.push({ file: `${NOTES_DIR}/${name}`, message: 'Not a note file name, so the app ignores it.' });
      continue;
    }
    if ((newest.get(parts.noteId) ?? 0) < parts.revision) newest.set(parts.noteId, parts.revision);
  }
  const older = names.filter((n) => {
    const parts = noteNameParts(n);
    return parts !== null && parts.revision < newest.get(parts.noteId)!;
  }).length;
  if (older > 0) report.notes.push(`${older} earlier note revision file(s) left by an interrupted save; the app removes them when it next opens the folder.`);

  for (const [noteId, revision] of [...newest].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = noteFile(noteId, revision);
    const entry = await readEntry(path.join(dataDir, file));
    const inspected = inspectDocument(entry.kind === 'file' ? entry.bytes : null, noteKind, { file });
    if (inspected.status === 'ok') {
      const { schemaVersion: _v, sealed: _s, history, ...meta } = inspected.doc;
      void [_v, _s];
      report.metas.push({ ...meta, versionCount: history.length });
    } else if (inspected.status === 'newer') {
      report.problems.push({ file, message: `The file is in data format ${inspected.version}, newer than this version of Circlekeeper reads.` });
    } else {
      report.problems.push({ file, message: inspected.status === 'missing' ? 'It cannot be read.' : inspected.problem });
    }
  }

  // The catalog is a cache: a stale one costs a re-read, a wrong one would show wrong counts until then.
  const catalog = await readEntry(path.join(dataDir, NOTE_CATALOG_FILE)).catch(() => null);
  if (catalog?.kind === 'file') {
    let parsed = null;
    try {
      parsed = NoteListSchema.safeParse(JSON.parse(catalog.bytes.toString('utf8')));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) report.notes.push(`${NOTE_CATALOG_FILE} is damaged; the app rebuilds it from the note files.`);
    else {
      const byId = new Map(report.metas.map((m) => [m.id, m]));
      const stale = parsed.data.notes.filter((e) => {
        const meta = byId.get(e.meta.id);
        return !meta || e.file !== noteFile(meta.id, meta.revision) || JSON.stringify(e.meta) !== JSON.stringify(meta);
      }).length + report.metas.filter((m) => !parsed.data.notes.some((e) => e.meta.id === m.id)).length;
      if (stale > 0) report.notes.push(`${NOTE_CATALOG_FILE} is out of date for ${stale} note(s); the app refreshes it from the note files.`);
    }
  }
  return report;
}
