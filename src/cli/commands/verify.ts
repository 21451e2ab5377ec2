import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, GroupDocSchema, IndexDocSchema, type GroupDoc, type IndexDoc } from '../../main/store/documents';
import { StoreLockedError } from '../../main/store/errors';
import { acquireFolderLock } from '../../main/store/folder-lock';
import { GROUPS_DIR, INDEX_FILE, QUARANTINE_DIR } from '../../main/store/layout';
import { migrate, schemaVersionOf } from '../../main/store/migrations';
import { checkInvariants, type Problem } from '../../main/domain/invariants';
import { CliFailure, EXIT, type CliIo } from '../io';
import { folderEntries } from '../open';

const GROUP_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;
const MAX_ISSUES_PER_FILE = 5;

type Read<T> = { doc: T; notes: string[] } | { problems: string[] };

/** Parses one file and checks it against its schema (after migrating an older version in memory only). */
function readDocument<T>(bytes: Buffer, kind: 'index' | 'group', schema: z.ZodType<T>): Read<T> {
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
    doc = migrate(raw, kind).doc;
  } catch {
    return { problems: [`The file could not be upgraded from data format ${version}.`] };
  }
  const parsed = schema.safeParse(doc);
  if (parsed.success) return { doc: parsed.data, notes };
  const problems = parsed.error.issues.slice(0, MAX_ISSUES_PER_FILE).map((issue) => {
    const at = issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    return `Does not match the expected format: ${issue.message}${at}`;
  });
  const more = parsed.error.issues.length - problems.length;
  if (more > 0) problems.push(`... and ${more} more format problems.`);
  return { problems };
}

async function readFolder(dir: string) {
  const problems: Problem[] = [];
  const notes: string[] = [];
  let index: IndexDoc | null = null;
  const groups: { file: string; doc: GroupDoc }[] = [];

  const indexBytes = await fs.readFile(path.join(dir, INDEX_FILE)).catch(() => null);
  if (indexBytes === null) {
    problems.push({ file: INDEX_FILE, message: 'Missing: this folder has no list of people and settings.' });
  } else {
    const read = readDocument(indexBytes, 'index', IndexDocSchema);
    if ('doc' in read) {
      index = read.doc;
      notes.push(...read.notes.map((n) => `${INDEX_FILE} is ${n}.`));
    } else problems.push(...read.problems.map((message) => ({ file: INDEX_FILE, message })));
  }

  const names = (await folderEntries(path.join(dir, GROUPS_DIR))) ?? [];
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue; // the store's own temporary files
    const file = `${GROUPS_DIR}/${name}`;
    const id = GROUP_FILE.exec(name)?.[1];
    if (!id) {
      if (name.endsWith('.json')) problems.push({ file, message: 'The file name is not a group id, so the app ignores this file.' });
      continue;
    }
    const read = readDocument(await fs.readFile(path.join(dir, GROUPS_DIR, name)), 'group', GroupDocSchema);
    if (!('doc' in read)) {
      problems.push(...read.problems.map((message) => ({ file, message })));
      continue;
    }
    notes.push(...read.notes.map((n) => `${file} is ${n}.`));
    if (read.doc.group.id !== id) {
      problems.push({ file, message: `The file holds group ${read.doc.group.id}, but its name says ${id}.` });
    }
    groups.push({ file, doc: read.doc });
  }

  const quarantined = (await folderEntries(path.join(dir, QUARANTINE_DIR))) ?? [];
  if (quarantined.length > 0) {
    notes.push(`${quarantined.length} damaged file(s) were kept aside earlier in ${QUARANTINE_DIR}/ (not checked).`);
  }
  problems.push(...checkInvariants(index, groups));
  return { problems, notes, index, groups };
}

/**
 * Reads every file in a data folder without changing any of them and reports
 * what is wrong. It holds the folder lock while reading, so it never reads
 * half of a save, and it refuses a folder the app has open.
 */
export async function runVerify(options: { dataDir: string }, io: CliIo): Promise<number> {
  const dir = path.resolve(options.dataDir);
  if ((await folderEntries(dir)) === null) throw new CliFailure(`The folder ${dir} does not exist.`);
  let lock;
  try {
    lock = await acquireFolderLock(dir);
  } catch (err) {
    if (err instanceof StoreLockedError) throw new CliFailure(err.message, EXIT.locked);
    throw err;
  }
  let report;
  try {
    report = await readFolder(dir);
  } finally {
    await lock.release();
  }
  for (const note of report.notes) io.out(`Note: ${note}`);
  if (report.problems.length === 0) {
    io.out(`OK: ${report.groups.length} groups, ${report.index?.people.length ?? 0} people`);
    return EXIT.ok;
  }
  const count = report.problems.length;
  io.out(`Found ${count} ${count === 1 ? 'problem' : 'problems'} in ${dir}:`);
  report.problems.forEach((p, i) => io.out(`  ${i + 1}. ${p.file}: ${p.message}`));
  return EXIT.problem;
}
