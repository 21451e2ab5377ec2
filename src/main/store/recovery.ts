import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { RecoveryEvent } from '../../shared/views';
import { listBackupManifests, readBackupFile, type BackupManifest } from './backups';
import { CURRENT_SCHEMA_VERSION, defaultIndexDoc, type GroupDoc, type IndexDoc } from './documents';
import { ensurePrivateDir, fsyncDir, readFileOrNull, writeFileDurable } from './durable-fs';
import { NewerSchemaError, StoreDamagedError } from './errors';
import { inspectDocument, type Inspection } from './inspect-document';
import { INDEX_FILE, QUARANTINE_DIR, absolute, fileStamp, groupIdOfFile, listGroupFiles } from './layout';
import type { Migration } from './migrations';

export interface LoadedFolder {
  index: IndexDoc;
  /** True when the folder had no index and no groups: a brand-new store whose index must be written. */
  isNew: boolean;
  groups: Map<string, GroupDoc>;
  recovery: RecoveryEvent[];
  /** Files read at an older schema version; the store rewrites them after the start backup. */
  migrated: string[];
}

type Doc = IndexDoc | GroupDoc;
interface Damaged {
  file: string;
  problem: string;
  exists: boolean;
  replacement: { from: BackupManifest; bytes: Buffer; doc: Doc; migrated: boolean } | null;
}

const inspect = (file: string, bytes: Buffer | null, migrations?: readonly Migration[]): Inspection<Doc> => {
  const groupId = groupIdOfFile(file);
  return groupId === null
    ? inspectDocument(bytes, 'index', { migrations })
    : inspectDocument(bytes, 'group', { expectedGroupId: groupId, migrations });
};

async function findGoodCopy(dataDir: string, file: string, backups: BackupManifest[], migrations?: readonly Migration[]) {
  for (const manifest of backups) {
    const bytes = await readBackupFile(dataDir, manifest, file);
    if (!bytes) continue;
    const result = inspect(file, bytes, migrations);
    if (result.status === 'ok') return { from: manifest, bytes, doc: result.doc, migrated: result.migrated };
  }
  return null;
}

/** Moves a damaged file into quarantine/ under a dated name; never deletes it. */
async function keepAside(dataDir: string, file: string, stamp: string): Promise<string> {
  const quarantine = path.join(dataDir, QUARANTINE_DIR);
  await ensurePrivateDir(quarantine);
  // The random part keeps two damaged copies of one file from ever sharing a name.
  const keptAs = `${QUARANTINE_DIR}/${stamp}-${randomBytes(3).toString('hex')}-${file.replace(/\//g, '-')}`;
  await fs.rename(absolute(dataDir, file), absolute(dataDir, keptAs));
  await fsyncDir(quarantine);
  await fsyncDir(path.dirname(absolute(dataDir, file)));
  return keptAs;
}

function damagedIndexError(dataDir: string, problem: string, exists: boolean): StoreDamagedError {
  const where = absolute(dataDir, INDEX_FILE);
  return new StoreDamagedError(
    INDEX_FILE,
    problem,
    `Circlekeeper could not open this data folder: the list of people and settings (${where}) ` +
      `${exists ? 'is damaged' : 'is missing'}. ${problem} No backup holds a good copy of it, so Circlekeeper ` +
      'has not started rather than show an empty app over your groups. Nothing has been changed. ' +
      'Restore the folder from your own backup, or ask for help with the file at the path above.',
  );
}

/**
 * Reads every file and repairs what it can before anything else touches the
 * folder. Order matters: first everything is inspected and a plan made, and
 * only if the plan is acceptable (no file from a newer app, and an index that
 * is good or can be restored) is anything moved. A damaged file is moved to
 * quarantine/ and replaced with the newest backup copy that is itself valid;
 * a damaged group with no good copy is kept aside and reported.
 */
export async function loadDataFolder(
  dataDir: string,
  options: { defaultTimeZone: string; now: Date; migrations?: readonly Migration[] },
): Promise<LoadedFolder> {
  const files = [INDEX_FILE, ...(await listGroupFiles(dataDir))];
  const results = new Map<string, Inspection<Doc>>();
  for (const file of files) {
    results.set(file, inspect(file, await readFileOrNull(absolute(dataDir, file)), options.migrations));
  }
  for (const [file, result] of results) {
    if (result.status === 'newer') throw new NewerSchemaError(file, result.version, CURRENT_SCHEMA_VERSION);
  }

  const hasGroups = files.length > 1;
  const indexResult = results.get(INDEX_FILE)!;
  let backups: BackupManifest[] | null = null;
  if (indexResult.status === 'missing' && !hasGroups) {
    // Backups mean this folder held data: a lost index (people but no groups yet) is restored, not started over.
    backups = await listBackupManifests(dataDir);
  }
  if (indexResult.status === 'missing' && !hasGroups && backups?.length === 0) {
    return {
      index: defaultIndexDoc(options.defaultTimeZone),
      isNew: true,
      groups: new Map(),
      recovery: [],
      migrated: [],
    };
  }

  const damaged: Damaged[] = [];
  for (const [file, result] of results) {
    if (result.status !== 'damaged' && result.status !== 'missing') continue;
    backups ??= await listBackupManifests(dataDir);
    // Only a missing index matters here; a missing group file is simply not listed.
    const problem = result.status === 'missing' ? 'The file is missing.' : result.problem;
    const replacement = await findGoodCopy(dataDir, file, backups, options.migrations);
    damaged.push({ file, problem, exists: result.status === 'damaged', replacement });
  }
  const badIndex = damaged.find((d) => d.file === INDEX_FILE);
  if (badIndex && !badIndex.replacement) throw damagedIndexError(dataDir, badIndex.problem, badIndex.exists);

  const stamp = fileStamp(options.now);
  const recovery: RecoveryEvent[] = [];
  for (const d of damaged) {
    const keptAs = d.exists ? await keepAside(dataDir, d.file, stamp) : '';
    if (d.replacement) {
      await writeFileDurable(absolute(dataDir, d.file), d.replacement.bytes);
      results.set(d.file, { status: 'ok', doc: d.replacement.doc, fromVersion: 0, migrated: d.replacement.migrated });
    } else {
      results.delete(d.file);
    }
    recovery.push({ file: d.file, problem: d.problem, restoredFrom: d.replacement?.from.id ?? null, keptAs });
  }

  let index: IndexDoc | undefined;
  const groups = new Map<string, GroupDoc>();
  const migrated: string[] = [];
  for (const [file, result] of results) {
    if (result.status !== 'ok') continue;
    if (result.migrated) migrated.push(file);
    if (file === INDEX_FILE) index = result.doc as IndexDoc;
    else groups.set((result.doc as GroupDoc).group.id, result.doc as GroupDoc);
  }
  return { index: index!, isNew: false, groups, recovery, migrated };
}
