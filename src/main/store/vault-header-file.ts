import { listBackupManifests } from './backups';
import { CURRENT_SCHEMA_VERSION } from './documents';
import { absolute } from './layout';
import { readEntry, writeFileDurable } from './durable-fs';
import { InvalidDocumentError, NewerSchemaError } from './errors';
import type { Migration } from './migrations';
import { setAside } from './quarantine';
import { findGoodCopy, inspectEntry } from './recovery';
import type { NewRecoveryEvent } from './recovery-log';
import { VAULT_FILE, VaultHeaderDocSchema, type VaultHeaderDoc } from './vault-header-doc';

export interface LoadedVaultHeader {
  /** Null when no vault was set up (or a damaged header had no good copy in any backup). */
  doc: VaultHeaderDoc | null;
  event: NewRecoveryEvent | null;
}

/**
 * Reads vault.json with the rules recovery applies to every file: a damaged
 * header goes to quarantine and the newest good backup copy takes its place; a
 * header from a newer app is refused untouched. The caller runs this in the
 * store's write queue, so no write can race a repair.
 */
export async function loadVaultHeader(dataDir: string, now: Date, migrations?: readonly Migration[]): Promise<LoadedVaultHeader> {
  const entry = await readEntry(absolute(dataDir, VAULT_FILE));
  if (entry.kind === 'missing') return { doc: null, event: null };
  const result = inspectEntry(VAULT_FILE, entry, migrations);
  if (result.status === 'newer') throw new NewerSchemaError(VAULT_FILE, result.version, CURRENT_SCHEMA_VERSION);
  if (result.status === 'ok') return { doc: result.doc as unknown as VaultHeaderDoc, event: null };
  const problem = result.status === 'damaged' ? result.problem : 'The file is missing.';
  const copy = await findGoodCopy(dataDir, VAULT_FILE, await listBackupManifests(dataDir), migrations);
  const keptAs = await setAside(dataDir, VAULT_FILE, now);
  if (copy) await writeFileDurable(absolute(dataDir, VAULT_FILE), copy.bytes);
  return {
    doc: copy ? (copy.doc as unknown as VaultHeaderDoc) : null,
    event: { kind: copy ? 'file-restored' : 'file-set-aside', file: VAULT_FILE, problem, restoredFrom: copy?.from.id ?? null, keptAs },
  };
}

/** Checks a header against its schema and writes it durably (temp file, fsync, rename, fsync the folder; mode 0600). */
export async function writeVaultHeader(dataDir: string, doc: VaultHeaderDoc): Promise<VaultHeaderDoc> {
  const parsed = VaultHeaderDocSchema.safeParse(doc);
  if (!parsed.success) throw new InvalidDocumentError(VAULT_FILE, parsed.error.issues);
  await writeFileDurable(absolute(dataDir, VAULT_FILE), JSON.stringify(parsed.data));
  return parsed.data;
}
