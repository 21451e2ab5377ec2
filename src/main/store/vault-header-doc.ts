import { createHash } from 'node:crypto';
import { z } from 'zod';
import { IdleLockMinutesSchema } from '../../shared/contract/vault';
import { IdSchema } from '../../shared/primitives';
import { CURRENT_SCHEMA_VERSION } from './documents';

/**
 * vault.json: what it takes to unlock the confidential notes, and nothing that
 * would help anyone else do it. It holds the random data key only wrapped
 * (AES-256-GCM), once under a key derived from the coach's passphrase and once
 * under the recovery key; no hash of either. The wrapping in src/main/vault/
 * binds each wrap to the format, the vault's id, its slot and its
 * key-derivation parameters, so editing any of those on disk makes unlocking
 * fail rather than weaken. `settings` is not bound: it holds no secret, and
 * whoever can write this file could as well delete it.
 *
 * It is a file of its own, absent until the coach sets up the vault, so no
 * earlier file needed a migration. `schemaVersion` is the store's envelope, like
 * every file's (a later format bump only bumps it); `v` is the vault's format.
 */
export const VAULT_FILE = 'vault.json';
export const VAULT_FORMAT = 1;

const base64Of = (bytes: number, label: string) =>
  z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, `${label} is not base64.`)
    .refine((s) => Buffer.from(s, 'base64').length === bytes && Buffer.from(s, 'base64').toString('base64') === s, `${label} must be ${bytes} bytes.`);

const isPowerOfTwo = (n: number): boolean => Number.isInteger(Math.log2(n));

export const ScryptParamsSchema = z.strictObject({
  alg: z.literal('scrypt'),
  // 2^10 only for unit tests (kdf.ts); the app always writes 2^17. Above 2^18 would need more memory than is fair to ask.
  N: z.number().int().min(2 ** 10).max(2 ** 18).refine(isPowerOfTwo, 'N must be a power of two.'),
  r: z.literal(8),
  p: z.literal(1),
  salt: base64Of(16, 'The salt'),
});

export const WrapSchema = z.strictObject({
  nonce: base64Of(12, 'The nonce'),
  ciphertext: base64Of(32, 'The wrapped key'),
  tag: base64Of(16, 'The tag'),
});

export const RecoveryWrapSchema = z.strictObject({
  ...WrapSchema.shape,
  /** The recovery key is 160 random bits, so a fast HKDF (with its own salt) is enough to turn it into a key. */
  kdf: z.strictObject({ alg: z.literal('hkdf-sha256'), salt: base64Of(16, 'The salt') }),
  createdAt: z.iso.datetime({ offset: false }),
});

export { DEFAULT_IDLE_LOCK_MINUTES } from '../../shared/contract/vault';

const HeaderFieldsSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  v: z.literal(VAULT_FORMAT),
  vaultId: IdSchema,
  createdAt: z.iso.datetime({ offset: false }),
  kdf: ScryptParamsSchema,
  wrapped: z.strictObject({ passphrase: WrapSchema, recovery: RecoveryWrapSchema }),
  settings: z.strictObject({ idleLockMinutes: IdleLockMinutesSchema }),
  /** headerCheck() of the fields above; absent only in headers written before it existed. */
  check: z.string().regex(/^[0-9a-f]{64}$/, 'The check is not a SHA-256 digest.').optional(),
});

/**
 * SHA-256 over every field that unlocking depends on, in a fixed order. Why,
 * when the wraps are bound to those fields already: a changed salt, cost or
 * wrapped key makes the passphrase fail exactly as a mistyped one does, and
 * the coach would be told to check a passphrase that is right. With the check,
 * a header changed outside the app (a bad sync, a stray edit, a flipped bit)
 * is known for what it is: damaged, so it is set aside and the newest good
 * copy from a backup takes its place, as for any other file. Someone who
 * edits it on purpose can recompute the check; they still cannot unlock.
 */
export function headerCheck(doc: Omit<z.infer<typeof HeaderFieldsSchema>, 'check'>): string {
  const { kdf, wrapped } = doc;
  const fields = [doc.v, doc.vaultId, doc.createdAt, kdf.alg, kdf.N, kdf.r, kdf.p, kdf.salt];
  for (const wrap of [wrapped.passphrase, wrapped.recovery]) fields.push(wrap.nonce, wrap.ciphertext, wrap.tag);
  fields.push(wrapped.recovery.kdf.alg, wrapped.recovery.kdf.salt, wrapped.recovery.createdAt);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export const VaultHeaderDocSchema = HeaderFieldsSchema.superRefine((doc, ctx) => {
  if (doc.check !== undefined && doc.check !== headerCheck(doc)) {
    ctx.addIssue({ code: 'custom', path: ['check'], message: 'The key file no longer matches its check: it was changed outside Circlekeeper or damaged.' });
  }
});

/** The header as it is written: with its check. */
export const withHeaderCheck = (doc: VaultHeaderDoc): VaultHeaderDoc => ({ ...doc, check: headerCheck(doc) });

export type VaultHeaderDoc = z.infer<typeof VaultHeaderDocSchema>;
export type Wrap = z.infer<typeof WrapSchema>;
