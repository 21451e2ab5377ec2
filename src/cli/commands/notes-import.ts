import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../main/dispatch';
import type { Output } from '../../shared/api';
import { todayIn } from '../../shared/calendar/days';
import { EXIT, CliFailure, type CliIo } from '../io';
import { FrontMatterError, parseNoteMarkdown } from '../notes/markdown';
import { planImport } from '../notes/import-plan';
import { unlockNotes } from '../notes/unlocked';
import { openFolder } from '../open';

export interface NotesImportOptions {
  dataDir: string;
  passphrase: string;
  paths: readonly string[];
  now?: () => Date;
}

/** Every *.md under the paths given, in a stable order; a path that is neither is reported, not fatal. */
async function markdownFiles(paths: readonly string[], io: CliIo): Promise<{ files: string[]; missing: number }> {
  const files: string[] = [];
  let missing = 0;
  const walk = async (absolute: string): Promise<void> => {
    const entries = (await fs.readdir(absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(absolute, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) files.push(full);
    }
  };
  for (const given of paths) {
    const absolute = path.resolve(given);
    const stat = await fs.stat(absolute).catch(() => null);
    if (stat?.isDirectory()) await walk(absolute);
    else if (stat?.isFile()) files.push(absolute);
    else {
      io.out(`skipped   ${absolute}: not found`);
      missing += 1;
    }
  }
  return { files, missing };
}

/**
 * Imports Markdown files as notes through notes.create. One line per file,
 * naming the file, the new note's id, kind and date: never its title or text.
 */
export async function runNotesImport(options: NotesImportOptions, io: CliIo): Promise<number> {
  if (options.paths.length === 0) throw new CliFailure('notes import needs at least one file or folder of Markdown files. Run with --help for usage.');
  const folder = await openFolder(options.dataDir, { mustExist: true, ...(options.now ? { now: options.now } : {}) });
  try {
    await unlockNotes(folder.services, folder.store.dataDir, options.passphrase);
    const { files, missing } = await markdownFiles(options.paths, io);
    let imported = 0;
    let skipped = missing;
    const zone = folder.store.index().settings.coachTimeZone;
    for (const file of files) {
      const outcome = await importOne(file);
      if (outcome.ok) {
        imported += 1;
        io.out(`imported  ${file} -> note ${outcome.id} (${outcome.kind}, ${outcome.date})`);
      } else {
        skipped += 1;
        io.out(`skipped   ${file}: ${outcome.reason}`);
      }
    }
    io.out(`${imported} imported, ${skipped} skipped.`);
    return skipped === 0 ? EXIT.ok : EXIT.problem;

    async function importOne(file: string): Promise<{ ok: true; id: string; kind: string; date: string } | { ok: false; reason: string }> {
      let source: string;
      let modified: Date;
      try {
        source = await fs.readFile(file, 'utf8');
        modified = (await fs.stat(file)).mtime;
      } catch (err) {
        return { ok: false, reason: `it could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
      }
      let parsed;
      try {
        parsed = parseNoteMarkdown(source);
      } catch (err) {
        if (err instanceof FrontMatterError) return { ok: false, reason: err.message };
        throw err;
      }
      const world = { people: folder.store.index().people, groups: folder.store.groups() };
      const plan = planImport(file, parsed, world, todayIn(zone, modified));
      if (!plan.ok) return plan;
      const created = await dispatch(folder.services, 'notes.create', { kind: plan.kind, ...plan.links, templateId: null, content: plan.content });
      // main's messages name the rule broken ("The title must be at most 200 characters."), never the text.
      if (!created.ok) return { ok: false, reason: created.error.message.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()) };
      return { ok: true, id: (created.value as Output<'notes.create'>).meta.id, kind: plan.kind, date: plan.links.date };
    }
  } finally {
    await folder.close();
  }
}
