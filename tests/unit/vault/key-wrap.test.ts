import { describe, expect, it } from 'vitest';
import { parseRecoveryKey } from '../../../src/shared/recovery-key';
import { VaultHeaderDocSchema, type VaultHeaderDoc } from '../../../src/main/store/vault-header-doc';
import { TEST_ONLY_KDF_COST, derivePassphraseKey } from '../../../src/main/vault/kdf';
import { createVault, rewrapPassphrase, rewrapRecovery, unwrapWithPassphrase, unwrapWithRecoveryKey } from '../../../src/main/vault/key-wrap';

const NOW = new Date('2026-03-15T10:00:00.000Z');
const VAULT_ID = '00000000-0000-4000-8000-000000000001';
const cost = TEST_ONLY_KDF_COST;

const keyBytes = (key: string) => {
  const parsed = parseRecoveryKey(key);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.bytes;
};

async function made(passphrase = 'glacier otter lantern mosaic') {
  return createVault({ passphrase, vaultId: VAULT_ID, now: NOW, cost });
}

const rejected = async (work: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return 'accepted';
};

describe('key derivation', () => {
  // A known answer: scrypt of a fixed passphrase and salt at the test cost. Pins NFKC and the parameters.
  it('derives the known key for a fixed passphrase and salt, after NFKC', async () => {
    const params = { alg: 'scrypt', ...cost, salt: Buffer.alloc(16, 1).toString('base64') } as const;
    const composed = await derivePassphraseKey('caf\u00e9 au lait', params);
    const decomposed = await derivePassphraseKey('cafe\u0301 au lait', params);
    expect(composed.equals(decomposed)).toBe(true);
    expect(composed.toString('hex')).toBe(KNOWN_KEY);
  });
});

describe('the vault header', () => {
  it('matches its schema, holds no passphrase and no key in the clear', async () => {
    const v = await made();
    expect(VaultHeaderDocSchema.safeParse(v.header).success).toBe(true);
    const text = JSON.stringify(v.header);
    expect(text).not.toContain('glacier');
    expect(text).not.toContain(v.dek.toString('base64'));
    expect(text).not.toContain(v.dek.toString('hex'));
    expect(text).not.toContain(v.recoveryKey.replace(/-/g, ''));
  });

  it('unwraps the same data key with the passphrase and with the recovery key', async () => {
    const v = await made();
    expect((await unwrapWithPassphrase(v.header, 'glacier otter lantern mosaic')).equals(v.dek)).toBe(true);
    expect(unwrapWithRecoveryKey(v.header, keyBytes(v.recoveryKey)).equals(v.dek)).toBe(true);
  });

  it('refuses a wrong passphrase or recovery key with wrong_secret', async () => {
    const v = await made();
    const other = await made();
    expect(await rejected(unwrapWithPassphrase(v.header, 'glacier otter lantern mosaiC'))).toBe('wrong_secret');
    expect(await rejected(() => unwrapWithRecoveryKey(v.header, keyBytes(other.recoveryKey)))).toBe('wrong_secret');
  });

  it('rejects every edited field that binds the wraps, like a wrong passphrase', async () => {
    const v = await made();
    const b64 = (n: number, fill: number) => Buffer.alloc(n, fill).toString('base64');
    const edits: [string, (h: VaultHeaderDoc) => VaultHeaderDoc][] = [
      ['N lowered', (h) => ({ ...h, kdf: { ...h.kdf, N: h.kdf.N / 2 } })],
      ['salt', (h) => ({ ...h, kdf: { ...h.kdf, salt: b64(16, 9) } })],
      ['vault id', (h) => ({ ...h, vaultId: '00000000-0000-4000-8000-000000000002' })],
      ['nonce', (h) => ({ ...h, wrapped: { ...h.wrapped, passphrase: { ...h.wrapped.passphrase, nonce: b64(12, 3) } } })],
      ['tag', (h) => ({ ...h, wrapped: { ...h.wrapped, passphrase: { ...h.wrapped.passphrase, tag: b64(16, 3) } } })],
      ['wrapped key', (h) => ({ ...h, wrapped: { ...h.wrapped, passphrase: { ...h.wrapped.passphrase, ciphertext: b64(32, 3) } } })],
      ['recovery wrap in the passphrase slot', (h) => ({ ...h, wrapped: { ...h.wrapped, passphrase: { nonce: h.wrapped.recovery.nonce, ciphertext: h.wrapped.recovery.ciphertext, tag: h.wrapped.recovery.tag } } })],
    ];
    for (const [label, edit] of edits) {
      expect(await rejected(unwrapWithPassphrase(edit(v.header), 'glacier otter lantern mosaic')), label).toBe('wrong_secret');
    }
    const recoveryEdits: [string, (h: VaultHeaderDoc) => VaultHeaderDoc][] = [
      ['recovery salt', (h) => ({ ...h, wrapped: { ...h.wrapped, recovery: { ...h.wrapped.recovery, kdf: { ...h.wrapped.recovery.kdf, salt: b64(16, 5) } } } })],
      ['vault id', (h) => ({ ...h, vaultId: '00000000-0000-4000-8000-000000000002' })],
      ['passphrase wrap in the recovery slot', (h) => ({ ...h, wrapped: { ...h.wrapped, recovery: { ...h.wrapped.recovery, ...h.wrapped.passphrase } } })],
    ];
    for (const [label, edit] of recoveryEdits) {
      expect(await rejected(() => unwrapWithRecoveryKey(edit(v.header), keyBytes(v.recoveryKey))), label).toBe('wrong_secret');
    }
    expect(VaultHeaderDocSchema.safeParse({ ...v.header, v: 2 }).success).toBe(false);
    expect(VaultHeaderDocSchema.safeParse({ ...v.header, kdf: { ...v.header.kdf, N: 1000 } }).success).toBe(false);
  });

  it('changes the passphrase with a new salt, keeping the data key, and the recovery key still works', async () => {
    const v = await made();
    const next = await rewrapPassphrase(v.header, v.dek, 'walrus meadow copper violin', cost);
    expect(next.kdf.salt).not.toBe(v.header.kdf.salt);
    expect(next.wrapped.recovery).toEqual(v.header.wrapped.recovery);
    expect((await unwrapWithPassphrase(next, 'walrus meadow copper violin')).equals(v.dek)).toBe(true);
    expect(await rejected(unwrapWithPassphrase(next, 'glacier otter lantern mosaic'))).toBe('wrong_secret');
    expect(unwrapWithRecoveryKey(next, keyBytes(v.recoveryKey)).equals(v.dek)).toBe(true);
  });

  it('replaces the recovery key: the new one works, the old one no longer does', async () => {
    const v = await made();
    const next = rewrapRecovery(v.header, v.dek, NOW);
    expect(next.recoveryKey).not.toBe(v.recoveryKey);
    expect(unwrapWithRecoveryKey(next.header, keyBytes(next.recoveryKey)).equals(v.dek)).toBe(true);
    expect(await rejected(() => unwrapWithRecoveryKey(next.header, keyBytes(v.recoveryKey)))).toBe('wrong_secret');
    expect((await unwrapWithPassphrase(next.header, 'glacier otter lantern mosaic')).equals(v.dek)).toBe(true);
  });
});

// Checked against Python's hashlib.scrypt, an independent implementation.
const KNOWN_KEY = '2897b3b0cb0a9577c370a1b0daf3dbe007062d0c458a52996c44017d2bb9d8af';
