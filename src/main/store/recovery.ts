import { listBackupManifests, readBackupFile, type BackupManifest } from './backups';
import { CURRENT_SCHEMA_VERSION, defaultIndexDoc, type GroupDoc, type IndexDoc, type MeetingRecordsDoc } from './documents';
import { readEntry, writeFileDurable, type Entry } from './durable-fs';
import { NewerSchemaError, StoreDamagedError } from './errors';
import { inspectFile, type Inspection } from './inspect-document';
import { kindOfFile, listKindFiles } from './kinds';
import { INDEX_FILE, absolute, groupIdOfFile } from './layout';
import type { Migration } from './migrations';
import { setAside } from './quarantine';
import type { ValidatedDigests } from './validated-digests';

type Doc = IndexDoc | GroupDoc | MeetingRecordsDoc;

/** A damaged or missing file and the newest backup copy of it that is itself valid, if any. */
export interface Repair {
  file: string;
  problem: string;
  /** Whether something (the damaged file, or a folder in its place) is there to set aside. */
  exists: boolean;
  replacement: { from: BackupManifest; bytes: Buffer; doc: Doc; migrated: boolean } | null;
}

/** What the folder holds once its repairs are done, worked out without changing anything. */
export interface FolderPlan {
  /** True when the folder had no index and no groups: a brand-new store whose index must be written. */
  isNew: boolean;
  index: IndexDoc;
  groups: Map<string, GroupDoc>;
  /** Files read at an older schema version; the store rewrites them after the start backup. */
  migrated: string[];
  repairs: Repair[];
}

/** A repair as carried out: the file, what was wrong, where it came back from and where the original went. */
export interface AppliedRepair {
  file: string;
  problem: string;
  restoredFrom: string | null;
  keptAs: string;
}

export interface PlanOptions {
  defaultTimeZone: string;
  migrations?: readonly Migration[];
  /**
   * The groups folder itself was lost (something else stood in its place), so
   * every group the newest backup knows is missing, not deleted: bring each back.
   */
  groupsFolderLost?: boolean;
  /** The store's record of bytes it validated before; absent for readers (verify, export), which check everything. */
  digests?: ValidatedDigests;
}

const NOT_A_FILE: Record<Exclude<Entry['kind'], 'file' | 'missing'>, string> = {
  folder: 'There is a folder where the file should be.',
  other: 'Something that is not a regular file stands where the file should be.',
};

export function inspectEntry(file: string, entry: Entry, migrations?: readonly Migration[]): Inspection<Doc> {
  if (entry.kind === 'folder' || entry.kind === 'other') return { status: 'damaged', problem: NOT_A_FILE[entry.kind] };
  // Only paths the kinds list are ever inspected here, so there is always a kind.
  return inspectFile(file, entry.kind === 'file' ? entry.bytes : null, migrations) as Inspection<Doc>;
}

/** The newest backup copy of `file` that is itself valid, newest backup first; null when none is. */
export async function findGoodCopy(dataDir: string, file: string, backups: BackupManifest[], migrations?: readonly Migration[]) {
  for (const manifest of backups) {
    const bytes = await readBackupFile(dataDir, manifest, file);
    if (!bytes) continue;
    const result = inspectEntry(file, { kind: 'file', bytes }, migrations);
    if (result.status === 'ok') return { from: manifest, bytes, doc: result.doc, migrated: result.migrated };
  }
  return null;
}

function lostFileError(dataDir: string, lost: Repair): StoreDamagedError {
  const where = absolute(dataDir, lost.file);
  const what = kindOfFile(lost.file)?.describe(lost.file) ?? lost.file;
  return new StoreDamagedError(
    lost.file,
    lost.problem,
    `Circlekeeper could not open this data folder: ${what} (${where}) ` +
      `${lost.exists ? 'is damaged' : 'is missing'}. ${lost.problem} No backup holds a good copy of it, so Circlekeeper ` +
      'has not started rather than show an empty app over your groups. Nothing has been changed. ' +
      'Restore the folder from your own backup, or ask for help with the file at the path above.',
  );
}

/**
 * Reads every file and works out what opening the folder means, changing
 * nothing: which files are good (migrated to the current format if older),
 * which are damaged and which backup holds a good copy of each. Refuses a
 * folder with a file from a newer app, or whose index is damaged with no good
 * copy anywhere, before anything is moved.
 */
export async function planDataFolder(dataDir: string, options: PlanOptions): Promise<FolderPlan> {
  // History kinds are checked when first read (json-store.ts), not here.
  const files = await listKindFiles(dataDir, (kind) => kind.readAtOpen);
  let backups: BackupManifest[] | null = null;
  if (options.groupsFolderLost) {
    backups = await listBackupManifests(dataDir);
    for (const entry of backups[0]?.files ?? []) if (groupIdOfFile(entry.path) && !files.includes(entry.path)) files.push(entry.path);
  }
  const results = new Map<string, Inspection<Doc>>();
  for (const file of files) {
    const entry = await readEntry(absolute(dataDir, file));
    if (entry.kind === 'file' && options.digests?.vouchesFor(file, entry.bytes)) {
      // Bytes this build validated and has not seen change since (validated-digests.ts): parsing is enough.
      results.set(file, { status: 'ok', doc: JSON.parse(entry.bytes.toString('utf8')) as Doc, fromVersion: CURRENT_SCHEMA_VERSION, migrated: false });
      continue;
    }
    const result = inspectEntry(file, entry, options.migrations);
    if (result.status === 'ok' && !result.migrated && entry.kind === 'file') options.digests?.record(file, entry.bytes);
    results.set(file, result);
  }
  for (const [file, result] of results) {
    if (result.status === 'newer') throw new NewerSchemaError(file, result.version, CURRENT_SCHEMA_VERSION);
  }

  const hasGroups = files.length > 1;
  const indexResult = results.get(INDEX_FILE)!;
  if (indexResult.status === 'missing' && !hasGroups) {
    // Backups mean this folder held data: a lost index (people but no groups yet) is restored, not started over.
    backups = await listBackupManifests(dataDir);
    if (backups.length === 0) {
      return { isNew: true, index: defaultIndexDoc(options.defaultTimeZone), groups: new Map(), migrated: [], repairs: [] };
    }
  }

  const repairs: Repair[] = [];
  for (const [file, result] of results) {
    if (result.status !== 'damaged' && result.status !== 'missing') continue;
    backups ??= await listBackupManifests(dataDir);
    // A missing file is the index, or a group lost with its folder; other group files are simply not listed.
    const problem =
      result.status === 'damaged'
        ? result.problem
        : file === INDEX_FILE
          ? 'The file is missing.'
          : 'The file was lost with the groups folder.';
    const replacement = await findGoodCopy(dataDir, file, backups, options.migrations);
    repairs.push({ file, problem, exists: result.status === 'damaged', replacement });
  }
  // Losing a file of a kind the folder cannot be shown without (the index) stops the open, before anything moves.
  const fatal = repairs.find((r) => !r.replacement && kindOfFile(r.file)?.whenLost === 'refuse-open');
  if (fatal) throw lostFileError(dataDir, fatal);

  let index: IndexDoc | undefined;
  const groups = new Map<string, GroupDoc>();
  const migrated: string[] = [];
  for (const [file, result] of results) {
    const repair = repairs.find((r) => r.file === file);
    const doc = result.status === 'ok' ? result.doc : repair?.replacement?.doc;
    if (!doc) continue;
    if ((result.status === 'ok' && result.migrated) || repair?.replacement?.migrated) migrated.push(file);
    if (file === INDEX_FILE) index = doc as IndexDoc;
    else groups.set((doc as GroupDoc).group.id, doc as GroupDoc);
  }
  return { isNew: false, index: index!, groups, migrated, repairs };
}

/** Carries out a plan's repairs: each damaged original goes to quarantine/, then the good copy takes its place. */
export async function applyRepairs(dataDir: string, plan: FolderPlan, now: Date): Promise<AppliedRepair[]> {
  const applied: AppliedRepair[] = [];
  for (const r of plan.repairs) {
    const keptAs = r.exists ? await setAside(dataDir, r.file, now) : '';
    if (r.replacement) await writeFileDurable(absolute(dataDir, r.file), r.replacement.bytes);
    applied.push({ file: r.file, problem: r.problem, restoredFrom: r.replacement?.from.id ?? null, keptAs });
  }
  return applied;
}
