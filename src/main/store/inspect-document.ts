import { CURRENT_SCHEMA_VERSION, GroupDocSchema, IndexDocSchema, type GroupDoc, type IndexDoc } from './documents';
import { allMigrations, migrate, schemaVersionOf, type DocKind, type Migration } from './migrations';

export type Inspection<T> =
  | { status: 'ok'; doc: T; fromVersion: number; migrated: boolean }
  | { status: 'missing' }
  | { status: 'newer'; version: number }
  | { status: 'damaged'; problem: string };

export interface InspectOptions {
  /** A group file's name must match the id inside it. */
  expectedGroupId?: string;
  migrations?: readonly Migration[];
}

const isAllNul = (bytes: Buffer): boolean => bytes.every((b) => b === 0);

/**
 * Decides what a file's bytes are worth: a valid document (migrated to the
 * current version if older), a file from a newer app, or damage described in
 * words the recovery screen can show. Pure: no I/O.
 */
export function inspectDocument(bytes: Buffer | null, kind: 'index', options?: InspectOptions): Inspection<IndexDoc>;
export function inspectDocument(bytes: Buffer | null, kind: 'group', options?: InspectOptions): Inspection<GroupDoc>;
export function inspectDocument(
  bytes: Buffer | null,
  kind: DocKind,
  options: InspectOptions = {},
): Inspection<IndexDoc | GroupDoc> {
  if (bytes === null) return { status: 'missing' };
  if (bytes.length === 0) return { status: 'damaged', problem: 'The file was empty.' };
  if (isAllNul(bytes)) {
    return { status: 'damaged', problem: 'The file was filled with zero bytes, which usually follows a crash or power cut.' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    const cutShort = err instanceof SyntaxError && /end of (JSON )?input|Unterminated/i.test(err.message);
    return {
      status: 'damaged',
      problem: cutShort ? 'The file was cut short (incomplete data).' : 'The file is not readable data (not valid JSON).',
    };
  }
  const version = schemaVersionOf(raw);
  if (version === null) return { status: 'damaged', problem: 'The file has no data format version.' };
  if (version > CURRENT_SCHEMA_VERSION) return { status: 'newer', version };

  const { doc, from, applied } = migrate(raw, kind, options.migrations ?? allMigrations);
  const parsed = (kind === 'index' ? IndexDocSchema : GroupDocSchema).safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    return { status: 'damaged', problem: `The file does not match the expected format: ${issue?.message ?? 'unknown'}${where}.` };
  }
  if (kind === 'group' && options.expectedGroupId !== undefined) {
    const id = (parsed.data as GroupDoc).group.id;
    if (id !== options.expectedGroupId) {
      return { status: 'damaged', problem: `The file holds group ${id}, not the group its name says.` };
    }
  }
  return { status: 'ok', doc: parsed.data, fromVersion: from, migrated: from !== CURRENT_SCHEMA_VERSION || applied.length > 0 };
}
