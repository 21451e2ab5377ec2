import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildDataExport } from '../../main/domain/data-export';
import { ExportLocationError, writeExportFile } from '../../main/services/export-file';
import { CURRENT_SCHEMA_VERSION } from '../../main/store/documents';
import { describeFsError, entryKind } from '../../main/store/durable-fs';
import { INDEX_FILE } from '../../main/store/layout';
import { checkNoteFolder } from '../../main/store/notes/note-folder-check';
import { snapshotDataFolder, withFolderForReading } from '../../main/store/read-only';
import { CLI_VERSION, asCliFailure } from '../open';
import { CliFailure, EXIT, type CliIo } from '../io';

export interface ExportOptions {
  dataDir: string;
  out: string;
  force: boolean;
  now: Date;
}

/**
 * Writes every record of a data folder as the documented JSON export. It
 * reads the folder as the app would show it, recovery included (a damaged
 * file's good backup copy is used), but writes nothing there: no repair, no
 * start backup, no migration, and the folder may be on a read-only disk.
 */
export async function runExport(options: ExportOptions, io: CliIo): Promise<number> {
  const dir = path.resolve(options.dataDir);
  const out = path.resolve(options.out);
  const existing = await entryKind(out);
  if (existing === 'folder') throw new CliFailure(`${out} is a folder. Give --out a file name, for example ${path.join(out, 'export.json')}.`);
  if (existing !== null && !options.force) throw new CliFailure(`${out} already exists. Choose another name, or add --force to replace it.`);
  let snapshot;
  let unlockedBecause: string | null = null;
  try {
    snapshot = await withFolderForReading(dir, async (access) => {
      unlockedBecause = access.unlockedBecause;
      if ((await entryKind(path.join(dir, INDEX_FILE))) === null && (await fs.readdir(dir)).every((n) => n.startsWith('.'))) {
        throw new CliFailure(`The folder ${dir} holds no Circlekeeper data (no ${INDEX_FILE}).`);
      }
      return { ...(await snapshotDataFolder(dir)), noteFolder: await checkNoteFolder(dir) };
    });
  } catch (err) {
    throw asCliFailure(err);
  }
  const doc = buildDataExport({
    index: snapshot.index,
    groups: snapshot.groups,
    meetingRecords: snapshot.meetingRecords,
    exportedAt: options.now,
    appVersion: CLI_VERSION,
    dataSchemaVersion: CURRENT_SCHEMA_VERSION,
    recoveredFiles: snapshot.fromBackups,
    notes: snapshot.noteFolder.metas,
  });
  try {
    await writeExportFile(out, dir, `${JSON.stringify(doc, null, 2)}\n`);
  } catch (err) {
    if (err instanceof ExportLocationError) throw new CliFailure(err.message);
    throw new CliFailure(`The export could not be written to ${out}: ${describeFsError(err)}.`);
  }
  if (unlockedBecause) io.out(`Note: ${unlockedBecause}`);
  for (const note of snapshot.notes) io.out(`Note: ${note}`);
  for (const p of snapshot.noteFolder.problems) io.out(`Note: ${p.file} is left out of the notes list: ${p.message}`);
  io.out(`Exported ${doc.people.length} people, ${doc.groups.length} groups and the metadata of ${doc.notes.length} notes (no note text) to ${out}.`);
  return EXIT.ok;
}
