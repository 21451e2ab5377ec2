import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { formatRecoveryKey, RECOVERY_KEY_BYTES } from '../../shared/recovery-key';
import { CURRENT_SCHEMA_VERSION } from '../store/documents';
import { DEFAULT_IDLE_LOCK_MINUTES, VAULT_FORMAT, type VaultHeaderDoc, type Wrap } from '../store/vault-header-doc';
import { VaultError } from './errors';
import { KDF_COST, KEY_BYTES, derivePassphraseKey, type KdfCost, type ScryptParams } from './kdf';

// The envelope around the data key. The data key (DEK) is 32 random bytes
// that encrypt every note; it is stored only wrapped with AES-256-GCM under a
// key-encryption key (KEK) from the passphrase (scrypt) and, separately, from
// the recovery key (HKDF). The associated data of each wrap names the format,
// the vault, the slot and the derivation parameters, so a header edited on
// disk (a lower N, another salt, the two wraps swapped) fails the tag exactly
// like a wrong passphrase: nothing is stored that could check a guess faster.

const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const RECOVERY_INFO = 'circlekeeper recovery key v1';

const b64 = (bytes: Buffer): string => bytes.toString('base64');

function passphraseAad(header: Pick<VaultHeaderDoc, 'v' | 'vaultId' | 'kdf'>): Buffer {
  const { alg, N, r, p, salt } = header.kdf;
  return Buffer.from(JSON.stringify(['circlekeeper-vault', header.v, header.vaultId, 'passphrase', alg, N, r, p, salt]), 'utf8');
}

function recoveryAad(header: Pick<VaultHeaderDoc, 'v' | 'vaultId'>, salt: string): Buffer {
  return Buffer.from(JSON.stringify(['circlekeeper-vault', header.v, header.vaultId, 'recovery', 'hkdf-sha256', salt]), 'utf8');
}

function wrap(kek: Buffer, dek: Buffer, aad: Buffer): Wrap {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(dek), cipher.final()]);
  return { nonce: b64(nonce), ciphertext: b64(ciphertext), tag: b64(cipher.getAuthTag()) };
}

/** The DEK, or null when the KEK or the associated data are not the ones it was wrapped with. */
function unwrap(kek: Buffer, wrapped: Wrap, aad: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.nonce, 'base64'), { authTagLength: 16 });
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const dek = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
    return dek.length === KEY_BYTES ? dek : null;
  } catch {
    return null;
  }
}

function recoveryKek(recoveryKey: Uint8Array, salt: string): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, Buffer.from(salt, 'base64'), RECOVERY_INFO, KEY_BYTES));
}

const freshScrypt = (cost: KdfCost): ScryptParams => ({ alg: 'scrypt', ...cost, salt: b64(randomBytes(SALT_BYTES)) });

async function passphraseWrap(header: Pick<VaultHeaderDoc, 'v' | 'vaultId'>, dek: Buffer, passphrase: string, cost: KdfCost) {
  const kdf = freshScrypt(cost);
  const kek = await derivePassphraseKey(passphrase, kdf);
  try {
    return { kdf, wrapped: wrap(kek, dek, passphraseAad({ ...header, kdf })) };
  } finally {
    kek.fill(0);
  }
}

function recoveryWrap(header: Pick<VaultHeaderDoc, 'v' | 'vaultId'>, dek: Buffer, now: Date) {
  const keyBytes = randomBytes(RECOVERY_KEY_BYTES);
  const salt = b64(randomBytes(SALT_BYTES));
  const kek = recoveryKek(keyBytes, salt);
  try {
    const wrapped = { ...wrap(kek, dek, recoveryAad(header, salt)), kdf: { alg: 'hkdf-sha256' as const, salt }, createdAt: now.toISOString() };
    return { wrapped, recoveryKey: formatRecoveryKey(keyBytes) };
  } finally {
    kek.fill(0);
    keyBytes.fill(0);
  }
}

export interface NewVault {
  header: VaultHeaderDoc;
  /** The data key, for the session to hold; the caller zeroes it when done. */
  dek: Buffer;
  /** Shown to the coach once, never stored. */
  recoveryKey: string;
}

/** A new vault: a random data key wrapped under the passphrase and under a new recovery key. */
export async function createVault(options: { passphrase: string; vaultId: string; now: Date; cost?: KdfCost }): Promise<NewVault> {
  const dek = randomBytes(KEY_BYTES);
  const base = { v: VAULT_FORMAT, vaultId: options.vaultId } as const;
  try {
    const pass = await passphraseWrap(base, dek, options.passphrase, options.cost ?? KDF_COST);
    const recovery = recoveryWrap(base, dek, options.now);
    const header: VaultHeaderDoc = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      ...base,
      createdAt: options.now.toISOString(),
      kdf: pass.kdf,
      wrapped: { passphrase: pass.wrapped, recovery: recovery.wrapped },
      settings: { idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES },
    };
    return { header, dek, recoveryKey: recovery.recoveryKey };
  } catch (err) {
    dek.fill(0);
    throw err;
  }
}

const wrongPassphrase = () => new VaultError('wrong_secret', 'That passphrase does not unlock your notes. Check it and try again.');
const wrongRecoveryKey = () =>
  new VaultError('wrong_secret', 'That recovery key does not unlock your notes. It may be an older key that was replaced by a new one.');

/** The data key from the passphrase; a wrong passphrase or an edited header fails the same way. */
export async function unwrapWithPassphrase(header: VaultHeaderDoc, passphrase: string): Promise<Buffer> {
  const kek = await derivePassphraseKey(passphrase, header.kdf);
  try {
    const dek = unwrap(kek, header.wrapped.passphrase, passphraseAad(header));
    if (!dek) throw wrongPassphrase();
    return dek;
  } finally {
    kek.fill(0);
  }
}

/** The data key from the recovery key (its 20 bytes, as parsed by shared/recovery-key.ts). */
export function unwrapWithRecoveryKey(header: VaultHeaderDoc, recoveryKey: Uint8Array): Buffer {
  const slot = header.wrapped.recovery;
  const kek = recoveryKek(recoveryKey, slot.kdf.salt);
  try {
    const dek = unwrap(kek, slot, recoveryAad(header, slot.kdf.salt));
    if (!dek) throw wrongRecoveryKey();
    return dek;
  } finally {
    kek.fill(0);
  }
}

/** A new passphrase: the same data key wrapped again with a new salt. No note changes, and the recovery key still works. */
export async function rewrapPassphrase(header: VaultHeaderDoc, dek: Buffer, passphrase: string, cost: KdfCost = KDF_COST): Promise<VaultHeaderDoc> {
  const pass = await passphraseWrap(header, dek, passphrase, cost);
  return { ...header, kdf: pass.kdf, wrapped: { ...header.wrapped, passphrase: pass.wrapped } };
}

/** A new recovery key replaces the old one, which stops working; the passphrase is untouched. */
export function rewrapRecovery(header: VaultHeaderDoc, dek: Buffer, now: Date): { header: VaultHeaderDoc; recoveryKey: string } {
  const recovery = recoveryWrap(header, dek, now);
  return { header: { ...header, wrapped: { ...header.wrapped, recovery: recovery.wrapped } }, recoveryKey: recovery.recoveryKey };
}
