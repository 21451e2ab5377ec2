import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/dispatch';
import type { PlatformPort, SaveRequest } from '../../../src/main/services/platform';
import { createServices } from '../../../src/main/services/registry';
import { openStore } from '../../../src/main/store/open-store';
import type { DataStore } from '../../../src/main/store/types';
import { TEST_ONLY_KDF_COST } from '../../../src/main/vault/kdf';
import { formatRecoveryKey } from '../../../src/shared/recovery-key';
import { fixedClock } from '../../support/clock';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

// "Save as text file" while the recovery key is shown once: through the
// desktop's save dialog, only the current vault's key, only while unlocked.

const PASSPHRASE = 'glacier otter lantern mosaic';
let store: DataStore | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
  await removeTempDirs();
});

async function servicesSavingTo(answer: (request: SaveRequest) => string | null) {
  const dir = await makeTempDir();
  const clock = fixedClock('2026-03-15T10:00:00.000Z');
  store = await openStore({ dataDir: dir, defaultTimeZone: 'Europe/London', now: clock.now, backupIntervalMs: 0 });
  const asked: SaveRequest[] = [];
  const platform: PlatformPort = { chooseSaveLocation: async (request) => (asked.push(request), answer(request)), chooseFolder: async () => null };
  const services = createServices({ store, now: clock.now, appVersion: '1.2.3', platform, testOnlyVaultKdfCost: TEST_ONLY_KDF_COST });
  const call = (method: string, input: unknown) => dispatch(services, method, input, { error: () => undefined });
  return { dir, asked, call };
}

describe('vault.saveRecoveryKey', () => {
  it('saves the shown key as a private text file where the coach chooses', async () => {
    const outDir = await makeTempDir();
    const { asked, call } = await servicesSavingTo((r) => path.join(outDir, r.defaultName));
    const setUp = await call('vault.setUp', { passphrase: PASSPHRASE });
    const { recoveryKey } = (setUp as { ok: true; value: { recoveryKey: string } }).value;

    const saved = await call('vault.saveRecoveryKey', { recoveryKey: recoveryKey.toLowerCase() });
    const file = path.join(outDir, 'Circlekeeper recovery key.txt');
    expect(saved).toEqual({ ok: true, value: { saved: true, path: file } });
    expect(asked.map((r) => r.filters)).toEqual([[{ name: 'Text', extensions: ['txt'] }]]);
    const text = await fs.readFile(file, 'utf8');
    expect(text).toContain(`    ${recoveryKey}\n`);
    expect(text).toMatch(/forget your passphrase/);
    expect(text).not.toContain(PASSPHRASE);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses any other key, and any key while locked, before asking where to save', async () => {
    const outDir = await makeTempDir();
    const { asked, call } = await servicesSavingTo((r) => path.join(outDir, r.defaultName));
    const setUp = await call('vault.setUp', { passphrase: PASSPHRASE });
    const { recoveryKey } = (setUp as { ok: true; value: { recoveryKey: string } }).value;

    const other = await call('vault.saveRecoveryKey', { recoveryKey: formatRecoveryKey(new Uint8Array(20).fill(7)) });
    expect(!other.ok && other.error).toMatchObject({ code: 'invalid_input', fields: { recoveryKey: expect.stringMatching(/not your current/) } });
    await call('vault.lock', {});
    const locked = await call('vault.saveRecoveryKey', { recoveryKey });
    expect(!locked.ok && locked.error.code).toBe('forbidden');
    expect(asked).toEqual([]);
    expect(await fs.readdir(outDir)).toEqual([]);
  });

  it('answers saved: false when the coach closes the dialog, and never writes into the data folder', async () => {
    let target: string | null = null;
    const { dir, call } = await servicesSavingTo(() => target);
    const setUp = await call('vault.setUp', { passphrase: PASSPHRASE });
    const { recoveryKey } = (setUp as { ok: true; value: { recoveryKey: string } }).value;
    expect(await call('vault.saveRecoveryKey', { recoveryKey })).toEqual({ ok: true, value: { saved: false } });
    target = path.join(dir, 'key.txt');
    const inData = await call('vault.saveRecoveryKey', { recoveryKey });
    expect(!inData.ok && inData.error.message).toMatch(/outside Circlekeeper’s data folder/);
    await expect(fs.stat(target)).rejects.toThrow();
  });
});
