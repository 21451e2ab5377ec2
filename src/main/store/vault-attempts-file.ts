import { z } from 'zod';
import { absolute } from './layout';
import { readFileOrNull, writeFileDurable } from './durable-fs';

/**
 * vault-attempts.json: how many wrong passphrases or recovery keys were tried
 * in a row, and when the next attempt is accepted. It lives in main's data
 * folder, not in the window, so quitting and restarting does not skip the
 * wait. It is kept apart from vault.json on purpose: it holds no secret,
 * changes on every wrong attempt, and must not come back from a backup (a
 * restore would otherwise bring back an old wait, or clear a current one).
 * It is not a document kind, so backups never copy it.
 */
export const VAULT_ATTEMPTS_FILE = 'vault-attempts.json';

const AttemptsFileSchema = z.strictObject({
  v: z.literal(1),
  failures: z.number().int().min(0).max(1_000_000),
  retryAt: z.iso.datetime({ offset: false }).nullable(),
});

export interface StoredAttempts {
  failures: number;
  /** When the next attempt is accepted; null when it is accepted now. */
  retryAt: Date | null;
}

/**
 * The stored count and wait, or null when there is none or the file cannot be
 * read as one (then the throttle starts afresh: a damaged file must never
 * lock the coach out, and whoever can edit the folder could delete it anyway).
 */
export async function readVaultAttempts(dataDir: string): Promise<StoredAttempts | null> {
  const bytes = await readFileOrNull(absolute(dataDir, VAULT_ATTEMPTS_FILE)).catch(() => null);
  if (!bytes) return null;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  const parsed = AttemptsFileSchema.safeParse(json);
  if (!parsed.success) return null;
  return { failures: parsed.data.failures, retryAt: parsed.data.retryAt ? new Date(parsed.data.retryAt) : null };
}

/** Written durably (temp file, fsync, rename, fsync the folder; mode 0600), before the refusal is answered. */
export async function writeVaultAttempts(dataDir: string, attempts: StoredAttempts): Promise<void> {
  const doc = { v: 1 as const, failures: attempts.failures, retryAt: attempts.retryAt?.toISOString() ?? null };
  await writeFileDurable(absolute(dataDir, VAULT_ATTEMPTS_FILE), JSON.stringify(AttemptsFileSchema.parse(doc)));
}
