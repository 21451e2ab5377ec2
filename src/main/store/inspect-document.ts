import { CURRENT_SCHEMA_VERSION } from './documents';
import { kindOfFile, type DocumentKind } from './kinds';
import { allMigrations, migrate, schemaVersionOf, type Migration } from './migrations';

export type Inspection<T> =
  | { status: 'ok'; doc: T; fromVersion: number; migrated: boolean }
  | { status: 'missing' }
  | { status: 'newer'; version: number }
  | { status: 'damaged'; problem: string };

export interface InspectOptions {
  migrations?: readonly Migration[];
  /** The file the bytes came from, whose name the content must match (a group file holds that group). */
  file?: string;
}

const isAllNul = (bytes: Buffer): boolean => bytes.every((b) => b === 0);

/**
 * Decides what a file's bytes are worth as a document of `kind`: a valid
 * document (migrated to the current version if older), a file from a newer
 * app, or damage described in words the recovery screen can show. Pure: no I/O.
 */
export function inspectDocument<D>(bytes: Buffer | null, kind: DocumentKind<D>, options: InspectOptions = {}): Inspection<D> {
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

  const { doc, from, applied } = migrate(raw, kind.kind, options.migrations ?? allMigrations);
  const parsed = kind.schema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    return { status: 'damaged', problem: `The file does not match the expected format: ${issue?.message ?? 'unknown'}${where}.` };
  }
  const identity = options.file === undefined ? null : kind.identityProblem(options.file, parsed.data);
  if (identity) return { status: 'damaged', problem: identity };
  return { status: 'ok', doc: parsed.data, fromVersion: from, migrated: from !== CURRENT_SCHEMA_VERSION || applied.length > 0 };
}

/** Inspects a file by its path in the data folder; null when the path is none of the store's kinds. */
export function inspectFile(file: string, bytes: Buffer | null, migrations?: readonly Migration[]): Inspection<unknown> | null {
  const kind = kindOfFile(file);
  return kind ? inspectDocument(bytes, kind, { file, ...(migrations ? { migrations } : {}) }) : null;
}
