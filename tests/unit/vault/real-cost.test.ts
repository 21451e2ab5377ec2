import { describe, expect, it } from 'vitest';
import { KDF_COST } from '../../../src/main/vault/kdf';
import { createVault, unwrapWithPassphrase } from '../../../src/main/vault/key-wrap';

// The one test at the real key-derivation cost: every other test uses the
// test-only cost, so this proves the app's own parameters work (node's scrypt
// refuses them without enough maxmem) and are what a new vault records.

describe('the real key-derivation cost', () => {
  it('sets up and unlocks a vault at N = 2^17, r = 8, p = 1', async () => {
    const made = await createVault({ passphrase: 'glacier otter lantern mosaic', vaultId: '00000000-0000-4000-8000-000000000001', now: new Date(0) });
    expect(made.header.kdf).toMatchObject({ alg: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(KDF_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect((await unwrapWithPassphrase(made.header, 'glacier otter lantern mosaic')).equals(made.dek)).toBe(true);
  }, 30_000);
});
