import type { z } from 'zod';
import { listBackupManifests } from './backups';
import { CURRENT_SCHEMA_VERSION } from './documents';
import { absolute } from './layout';
import { readEntry, writeFileDurable } from './durable-fs';
import { InvalidDocumentError, NewerSchemaError } from './errors';
import type { Migration } from './migrations';
import { setAside } from './quarantine';
import { findGoodCopy, inspectEntry } from './recovery';
import type { NewRecoveryEvent } from './recovery-log';

export interface LoadedOptionalDoc<D> {
  /** Null when the file was never written (or a damaged one had no good copy in any backup). */
  doc: D | null;
  event: NewRecoveryEvent | null;
}

/**
 * Reads a file that exists only once the coach has used a feature (vault.json,
 * note-templates.json) with the rules recovery applies to every file: a
 * damaged one goes to quarantine and the newest good backup copy takes its
 * place; one from a newer app is refused untouched. The caller runs this in
 * the store's write queue, so no write can race a repair.
 */
export async function loadOptionalDoc<D>(dataDir: string, file: string, now: Date, migrations?: readonly Migration[]): Promise<LoadedOptionalDoc<D>> {
  const entry = await readEntry(absolute(dataDir, file));
  if (entry.kind === 'missing') return { doc: null, event: null };
  const result = inspectEntry(file, entry, migrations);
  if (result.status === 'newer') throw new NewerSchemaError(file, result.version, CURRENT_SCHEMA_VERSION);
  if (result.status === 'ok') return { doc: result.doc as unknown as D, event: null };
  const problem = result.status === 'damaged' ? result.problem : 'The file is missing.';
  const copy = await findGoodCopy(dataDir, file, await listBackupManifests(dataDir), migrations);
  const keptAs = await setAside(dataDir, file, now);
  if (copy) await writeFileDurable(absolute(dataDir, file), copy.bytes);
  return {
    doc: copy ? (copy.doc as unknown as D) : null,
    event: { kind: copy ? 'file-restored' : 'file-set-aside', file, problem, restoredFrom: copy?.from.id ?? null, keptAs },
  };
}

/** Checks a document against its schema and writes it durably (temp file, fsync, rename, fsync the folder; mode 0600). */
export async function writeCheckedDoc<D>(dataDir: string, file: string, schema: z.ZodType<D>, doc: D): Promise<D> {
  const parsed = schema.safeParse(doc);
  if (!parsed.success) throw new InvalidDocumentError(file, parsed.error.issues);
  await writeFileDurable(absolute(dataDir, file), JSON.stringify(parsed.data));
  return parsed.data;
}
