import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { NoteMeta } from '../../shared/notes';
import { EXIT, CliFailure, type CliIo } from '../io';
import { renderNoteMarkdown } from '../notes/markdown';
import { serviceCaller, unlockNotes } from '../notes/unlocked';
import { openFolder } from '../open';

// The one command that writes note text out of the vault, decrypted. The
// folder it writes is private to the coach (0700, files 0600), and it only
// ever writes into an empty folder or over an export it made before, so it
// can neither mix with other files nor be pointed at something it would damage.

export const PLAINTEXT_FLAG = '--i-understand-this-is-plaintext';
/** Left in the folder so a later export knows the folder is one of its own. */
export const EXPORT_MARKER = '.circlekeeper-notes-export';
const EXPORT_FILE = /^\d{4}-\d{2}-\d{2}-[a-z-]+-[0-9a-f-]{36}\.md$/;

export interface NotesExportOptions {
  dataDir: string;
  out: string;
  passphrase: string;
  understood: boolean;
}

export const exportFileNameOf = (meta: Pick<NoteMeta, 'date' | 'kind' | 'id'>): string => `${meta.date}-${meta.kind}-${meta.id}.md`;

export function refuseWithoutConsent(understood: boolean): void {
  if (!understood) {
    throw new CliFailure(
      `notes export writes your notes decrypted, as plain Markdown files anyone with access to the folder can read. ` +
        `Add ${PLAINTEXT_FLAG} to go ahead, and delete the files when you no longer need them.`,
    );
  }
}

/** The files of an earlier export there, or a refusal when the folder holds anything else. */
async function prepareOut(out: string): Promise<string[]> {
  const stat = await fs.lstat(out).catch(() => null);
  if (stat === null) {
    await fs.mkdir(out, { recursive: true, mode: 0o700 });
    await fs.chmod(out, 0o700);
    return [];
  }
  if (!stat.isDirectory()) throw new CliFailure(`${out} is not a folder. Give --out a new or empty folder.`);
  const entries = await fs.readdir(out);
  if (entries.length === 0) {
    await fs.chmod(out, 0o700);
    return [];
  }
  const earlier = entries.includes(EXPORT_MARKER) && entries.every((n) => n === EXPORT_MARKER || EXPORT_FILE.test(n));
  if (!earlier) throw new CliFailure(`${out} is not empty. Give --out a new or empty folder (or one holding an earlier notes export, which is replaced).`);
  await fs.chmod(out, 0o700);
  return entries.filter((n) => n !== EXPORT_MARKER);
}

async function writePrivate(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'w', 0o600);
  try {
    await handle.chmod(0o600); // an earlier export's file may have been opened up since
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function runNotesExport(options: NotesExportOptions, io: CliIo): Promise<number> {
  refuseWithoutConsent(options.understood);
  const out = path.resolve(options.out);
  const folder = await openFolder(options.dataDir, { mustExist: true });
  try {
    const dataDir = path.resolve(folder.store.dataDir);
    if (out === dataDir || out.startsWith(`${dataDir}${path.sep}`)) throw new CliFailure('Choose an --out folder outside the data folder: decrypted notes must never sit next to the encrypted ones.');
    await unlockNotes(folder.services, dataDir, options.passphrase);
    const call = serviceCaller(folder.services, 'The notes could not be exported');
    const list = await call('notes.list', {});
    const earlier = await prepareOut(out);
    await writePrivate(path.join(out, EXPORT_MARKER), 'Written by Circlekeeper notes export. These files are NOT encrypted.\n');
    const people = new Map(folder.store.index().people.map((p) => [p.id, `${p.name} <${p.email}>`]));
    const groups = new Map(folder.store.groups().map((g) => [g.group.id, g]));
    const written = new Set<string>();
    for (const item of list.notes) {
      const { meta, content } = await call('notes.get', { id: item.id });
      const group = meta.groupId ? groups.get(meta.groupId) : undefined;
      const meeting = meta.meetingId ? group?.meetings.find((m) => m.id === meta.meetingId) : undefined;
      const front: Record<string, unknown> = {
        id: meta.id,
        kind: meta.kind,
        date: meta.date,
        ...(group ? { group: group.group.name } : {}),
        ...(meta.personIds.length > 0 ? { people: meta.personIds.map((id) => people.get(id) ?? id) } : {}),
        ...(meeting ? { meeting: `${meeting.date} ${meeting.startTime}` } : {}),
        title: content.title,
      };
      const name = exportFileNameOf(meta);
      await writePrivate(path.join(out, name), renderNoteMarkdown(front, content.fields));
      written.add(name);
    }
    // Notes removed since the earlier export leave with it.
    for (const name of earlier) if (!written.has(name)) await fs.rm(path.join(out, name), { force: true });
    io.out(`Exported ${written.size} notes to ${out} as plain Markdown. These files are not encrypted: delete them when you are done.`);
    return EXIT.ok;
  } finally {
    await folder.close();
  }
}
