import path from 'node:path';
import { checkInvariants, type Problem } from '../../main/domain/invariants';
import { listBackups } from '../../main/store/backups';
import { CURRENT_SCHEMA_VERSION, type GroupDoc, type IndexDoc } from '../../main/store/documents';
import { groupKind, indexKind, meetingRecordsKind, vaultHeaderKind, type DocumentKind } from '../../main/store/kinds';
import { VAULT_FILE } from '../../main/store/vault-header-doc';
import { checkMeetingRecords, type RecordsYear } from '../../main/domain/meeting-invariants';
import { describeFsError, entryKind, readEntry, readdirOrNull, type Entry } from '../../main/store/durable-fs';
import { GROUPS_DIR, INDEX_FILE, MEETINGS_DIR, QUARANTINE_DIR, groupFile, groupIdOfFile, recordsFileParts } from '../../main/store/layout';
import { migrate, schemaVersionOf } from '../../main/store/migrations';
import { withFolderForReading } from '../../main/store/read-only';
import { readRestoreJournal } from '../../main/store/restore-journal';
import { checkNoteFolder } from '../../main/store/notes/note-folder-check';
import { noteLinkProblems } from '../../main/domain/notes/note-links';
import { noteFile } from '../../main/store/notes/note-layout';
import { asCliFailure } from '../open';
import { EXIT, type CliIo } from '../io';

const MAX_ISSUES_PER_FILE = 5;

type Read<T> = { doc: T; notes: string[]; identity?: string } | { problems: string[] };

const NOT_A_FILE: Record<Exclude<Entry['kind'], 'file'>, string> = {
  missing: 'Missing.',
  folder: 'This is a folder, not a file.',
  other: 'This is not a regular file.',
};

/** Parses one entry and checks it against its schema (after migrating an older version in memory only). */
/** Parses one entry as a document of `kind` and checks it against its schema and its file name. */
function readDocument<T>(file: string, entry: Entry, kind: DocumentKind<T>): Read<T> {
  if (entry.kind !== 'file') return { problems: [NOT_A_FILE[entry.kind]] };
  const bytes = entry.bytes;
  if (bytes.length === 0) return { problems: ['The file is empty.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { problems: ['The file is not valid JSON (it may be cut short or damaged).'] };
  }
  const version = schemaVersionOf(raw);
  if (version === null) return { problems: ['The file has no data format version (schemaVersion).'] };
  if (version > CURRENT_SCHEMA_VERSION) {
    return { problems: [`The file is in data format ${version}, newer than this version of Circlekeeper reads (${CURRENT_SCHEMA_VERSION}).`] };
  }
  const notes = version < CURRENT_SCHEMA_VERSION ? [`in data format ${version}; the app upgrades it when it next opens the folder`] : [];
  let doc: unknown;
  try {
    doc = migrate(raw, kind.kind).doc;
  } catch {
    return { problems: [`The file could not be upgraded from data format ${version}.`] };
  }
  const parsed = kind.schema.safeParse(doc);
  if (parsed.success) {
    // A file whose name and content disagree is reported, and its content is still checked with the rest.
    const identity = kind.identityProblem(file, parsed.data);
    return { doc: parsed.data, notes, ...(identity ? { identity } : {}) };
  }
  const problems = parsed.error.issues.slice(0, MAX_ISSUES_PER_FILE).map((issue) => {
    const at = issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    return `Does not match the expected format: ${issue.message}${at}`;
  });
  const more = parsed.error.issues.length - problems.length;
  if (more > 0) problems.push(`... and ${more} more format problems.`);
  return { problems };
}

/** An entry's contents, or a problem in words when even reading it fails (permissions, I/O). */
async function read(file: string): Promise<Entry | { failed: string }> {
  try {
    return await readEntry(file);
  } catch (err) {
    return { failed: `It cannot be read: ${describeFsError(err)}.` };
  }
}

async function readGroups(dir: string, problems: Problem[], notes: string[]) {
  const groups: { file: string; doc: GroupDoc }[] = [];
  const kind = await entryKind(path.join(dir, GROUPS_DIR));
  if (kind === null) return groups;
  if (kind !== 'folder') {
    problems.push({ file: `${GROUPS_DIR}/`, message: 'This is a file, not the folder of group files.' });
    return groups;
  }
  for (const name of ((await readdirOrNull(path.join(dir, GROUPS_DIR))) ?? []).sort()) {
    if (name.startsWith('.')) continue; // the store's own temporary files
    const file = `${GROUPS_DIR}/${name}`;
    const id = groupIdOfFile(file);
    if (!id) {
      if (name.endsWith('.json')) problems.push({ file, message: 'The file name is not a group id, so the app ignores this file.' });
      continue;
    }
    const entry = await read(path.join(dir, GROUPS_DIR, name));
    if ('failed' in entry) {
      problems.push({ file, message: entry.failed });
      continue;
    }
    const result = readDocument(file, entry, groupKind);
    if (!('doc' in result)) {
      problems.push(...result.problems.map((message) => ({ file, message })));
      continue;
    }
    notes.push(...result.notes.map((n) => `${file} is ${n}.`));
    if (result.identity) problems.push({ file, message: result.identity });
    groups.push({ file, doc: result.doc });
  }
  return groups;
}

/** Every year of records under meetings/, each checked against its schema, its name, and its group's meetings. */
async function readMeetingRecords(dir: string, groups: readonly { file: string; doc: GroupDoc }[], problems: Problem[], notes: string[]): Promise<number> {
  const kind = await entryKind(path.join(dir, MEETINGS_DIR));
  if (kind === null) return 0;
  if (kind !== 'folder') {
    problems.push({ file: `${MEETINGS_DIR}/`, message: 'This is a file, not the folder of meeting records.' });
    return 0;
  }
  let count = 0;
  const byGroup = new Map(groups.map((g) => [g.doc.group.id, g.doc]));
  for (const folder of ((await readdirOrNull(path.join(dir, MEETINGS_DIR))) ?? []).sort()) {
    if (folder.startsWith('.')) continue; // a delete the app settles at its next open
    const years: RecordsYear[] = [];
    for (const name of ((await readdirOrNull(path.join(dir, MEETINGS_DIR, folder))) ?? []).sort()) {
      if (name.startsWith('.')) continue;
      const file = `${MEETINGS_DIR}/${folder}/${name}`;
      if (!recordsFileParts(file)) {
        problems.push({ file, message: 'The name is not meetings/<group id>/<year>.json, so the app ignores it.' });
        continue;
      }
      const entry = await read(path.join(dir, MEETINGS_DIR, folder, name));
      if ('failed' in entry) {
        problems.push({ file, message: entry.failed });
        continue;
      }
      const result = readDocument(file, entry, meetingRecordsKind);
      if (!('doc' in result)) {
        problems.push(...result.problems.map((message) => ({ file, message })));
        continue;
      }
      notes.push(...result.notes.map((n) => `${file} is ${n}.`));
      if (result.identity) problems.push({ file, message: result.identity });
      years.push({ file, year: result.doc.year, records: result.doc.records });
      count += 1;
    }
    const group = byGroup.get(folder);
    if (!group) {
      if (years.length > 0) problems.push({ file: `${MEETINGS_DIR}/${folder}/`, message: 'Meeting records of a group that has no group file.' });
      continue;
    }
    problems.push(
      ...checkMeetingRecords(
        { file: groupFile(folder), name: group.group.name, memberships: group.memberships, meetingSeries: group.meetingSeries, meetings: group.meetings },
        years,
      ),
    );
  }
  return count;
}

/** The encrypted notes' key file, if set up: checked for its format only (verify knows no passphrase). */
async function readVaultHeader(dir: string, problems: Problem[], notes: string[]): Promise<void> {
  const entry = await read(path.join(dir, VAULT_FILE));
  if ('failed' in entry) {
    problems.push({ file: VAULT_FILE, message: entry.failed });
    return;
  }
  if (entry.kind === 'missing') return;
  const result = readDocument(VAULT_FILE, entry, vaultHeaderKind);
  if ('doc' in result) notes.push(...result.notes.map((n) => `${VAULT_FILE} is ${n}.`));
  else problems.push(...result.problems.map((message) => ({ file: VAULT_FILE, message })));
}

async function readFolder(dir: string) {
  const problems: Problem[] = [];
  const notes: string[] = [];
  let index: IndexDoc | null = null;

  const indexEntry = await read(path.join(dir, INDEX_FILE));
  if ('failed' in indexEntry) problems.push({ file: INDEX_FILE, message: indexEntry.failed });
  else if (indexEntry.kind === 'missing') {
    problems.push({ file: INDEX_FILE, message: 'Missing: this folder has no list of people and settings.' });
  } else {
    const result = readDocument(INDEX_FILE, indexEntry, indexKind);
    if ('doc' in result) {
      index = result.doc;
      notes.push(...result.notes.map((n) => `${INDEX_FILE} is ${n}.`));
    } else problems.push(...result.problems.map((message) => ({ file: INDEX_FILE, message })));
  }
  const groups = await readGroups(dir, problems, notes);
  const recordYears = await readMeetingRecords(dir, groups, problems, notes);
  await readVaultHeader(dir, problems, notes);
  const noteFolder = await checkNoteFolder(dir);
  problems.push(...noteFolder.problems);
  notes.push(...noteFolder.notes);
  // Links are checked like a save checks them: groups, their meetings and members, and people, by id only.
  const world = {
    personIds: new Set(index?.people.map((p) => p.id) ?? []),
    groups: new Map(groups.map((g) => [g.doc.group.id, { meetingIds: new Set(g.doc.meetings.map((m) => m.id)), memberIds: new Set(g.doc.memberships.map((m) => m.personId)) }])),
  };
  for (const meta of noteFolder.metas) {
    for (const message of Object.values(noteLinkProblems(meta.kind, meta, world))) {
      problems.push({ file: noteFile(meta.id, meta.revision), message: `Its links do not hold: ${message}` });
    }
  }

  const journal = await readRestoreJournal(dir).catch(() => 'damaged' as const);
  if (journal) {
    problems.push({
      file: 'restore-in-progress.json',
      message:
        journal === 'damaged'
          ? 'A restore was interrupted and its record is damaged; the files may be a mix of the backup and what was before.'
          : `A restore of backup ${journal.backupId} was interrupted; the app completes it when it next opens this folder.`,
    });
  }
  const { unreadable } = await listBackups(dir).catch(() => ({ unreadable: [{ name: '', problem: 'The backups folder cannot be read.' }] }));
  for (const u of unreadable) notes.push(`backups/${u.name} cannot be read as a backup (${u.problem}); the app skips it.`);
  const quarantine = await entryKind(path.join(dir, QUARANTINE_DIR));
  if (quarantine === 'folder') {
    const kept = (await readdirOrNull(path.join(dir, QUARANTINE_DIR))) ?? [];
    if (kept.length > 0) notes.push(`${kept.length} damaged file(s) were kept aside earlier in ${QUARANTINE_DIR}/ (not checked).`);
  } else if (quarantine !== null) {
    notes.push(`${QUARANTINE_DIR} is a file, not a folder; the app moves it aside when it next opens the folder.`);
  }
  problems.push(...checkInvariants(index, groups));
  return { problems, notes, index, groups, recordYears, noteCount: noteFolder.metas.length };
}

/**
 * Reads every file in a data folder without changing any of them and reports
 * what is wrong. It holds the folder lock while reading, so it never reads
 * half of a save, and it refuses a folder the app has open. A folder on a
 * read-only disk is read without a lock.
 */
export async function runVerify(options: { dataDir: string }, io: CliIo): Promise<number> {
  const dir = path.resolve(options.dataDir);
  let report;
  let unlockedBecause: string | null = null;
  try {
    report = await withFolderForReading(dir, async (access) => {
      unlockedBecause = access.unlockedBecause;
      return readFolder(dir);
    });
  } catch (err) {
    throw asCliFailure(err);
  }
  if (unlockedBecause) io.out(`Note: ${unlockedBecause}`);
  for (const note of report.notes) io.out(`Note: ${note}`);
  if (report.problems.length === 0) {
    const meetings = report.groups.reduce((n, g) => n + g.doc.meetings.length, 0);
    io.out(`OK: ${report.groups.length} groups, ${report.index?.people.length ?? 0} people, ${meetings} meetings, ${report.recordYears} files of meeting records, ${report.noteCount} notes`);
    return EXIT.ok;
  }
  const count = report.problems.length;
  io.out(`Found ${count} ${count === 1 ? 'problem' : 'problems'} in ${dir}:`);
  report.problems.forEach((p, i) => io.out(`  ${i + 1}. ${p.file}: ${p.message}`));
  return EXIT.problem;
}
