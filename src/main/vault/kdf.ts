import { scrypt, type ScryptOptions } from 'node:crypto';

/** The passphrase's key-derivation parameters as stored in the header (salt in base64). */
export interface ScryptParams {
  alg: 'scrypt';
  N: number;
  r: 8;
  p: 1;
  salt: string;
}

/**
 * The cost every real vault uses: about half a second on a laptop, 128 MiB of
 * memory (SECURITY.md). Smaller costs exist only for unit tests, passed in
 * explicitly (TEST_ONLY_KDF_COST), never chosen by the app.
 */
export const KDF_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
export type KdfCost = { N: number; r: 8; p: 1 };

/** Fast enough for unit tests that derive many keys; never used by the app. */
export const TEST_ONLY_KDF_COST: KdfCost = { N: 2 ** 10, r: 8, p: 1 };

export const KEY_BYTES = 32;

/** Passphrases are compared after NFKC, so the same words typed on another keyboard or OS still unlock. */
export const normalisePassphrase = (passphrase: string): string => passphrase.normalize('NFKC');

/** The key-encryption key for a passphrase: async scrypt, so the main process keeps answering meanwhile. */
export function derivePassphraseKey(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const secret = Buffer.from(normalisePassphrase(passphrase), 'utf8');
  // scrypt needs 128 * N * r bytes; node refuses anything over maxmem (32 MiB by default), so leave headroom.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r + 32 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(secret, Buffer.from(params.salt, 'base64'), KEY_BYTES, options, (err, key) => {
      secret.fill(0);
      if (err) reject(err);
      else resolve(key);
    });
  });
}
