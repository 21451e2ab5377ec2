import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// The wait after wrong attempts is kept in main's data folder, so quitting
// the app does not skip it, and nothing stored can lock the coach out for
// longer than the throttle's longest wait.

const PASSPHRASE = 'glacier otter lantern mosaic';
const byPassphrase = (passphrase: string) => ({ method: 'passphrase' as const, passphrase });
const MAX_WAIT_MS = 15 * 60_000;

let h: ServiceHarness;
afterEach(async () => {
  await h?.close();
  await removeTempDirs();
});

const attemptsFile = () => path.join(h.dir, 'vault-attempts.json');
const later = (seconds: number) => h.clock.set(new Date(h.clock.now().getTime() + seconds * 1000).toISOString());

async function lockedVault(): Promise<void> {
  h = await openHarness();
  await h.ok('vault.setUp', { passphrase: PASSPHRASE });
  await h.ok('vault.lock', {});
}

async function failTimes(n: number): Promise<void> {
  for (let i = 0; i < n; i++) expect((await h.call('vault.unlock', byPassphrase(`wrong guess ${i}`))).ok).toBe(false);
}

describe('wrong-attempt wait across restarts', () => {
  it('keeps the wait and the count after a restart (a new keeper over the same folder)', async () => {
    await lockedVault();
    await failTimes(4);
    const retryAt = (await h.ok('vault.status', {})).retryAt;
    expect(retryAt).toBe(new Date(h.clock.now().getTime() + 5000).toISOString());

    await h.reopen();
    expect((await h.ok('vault.status', {})).retryAt).toBe(retryAt);
    const early = await h.call('vault.unlock', byPassphrase(PASSPHRASE));
    expect(!early.ok && early.error.message).toMatch(/wait 5 seconds/);

    // The count survived too: the next mistake doubles the wait.
    later(5);
    await failTimes(1);
    await h.reopen();
    const doubled = await h.call('vault.unlock', byPassphrase(PASSPHRASE));
    expect(!doubled.ok && doubled.error.message).toMatch(/wait 10 seconds/);
    later(10);
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');

    // A success clears what was stored, for the next start too.
    await h.ok('vault.lock', {});
    await h.reopen();
    await failTimes(3);
    expect((await h.ok('vault.status', {})).retryAt).toBeNull();
  });

  it('stores the file privately, outside the backups', async () => {
    await lockedVault();
    await failTimes(1);
    expect((await fs.stat(attemptsFile())).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await fs.readFile(attemptsFile(), 'utf8'));
    expect(stored).toEqual({ v: 1, failures: 1, retryAt: null });
    const backup = await h.ok('backups.create', {});
    const backupDir = path.join(h.dir, 'backups', backup.id);
    expect(await fs.readdir(backupDir)).not.toContain('vault-attempts.json');
  });

  it('cuts a wait stored far in the future to the longest wait from now', async () => {
    await lockedVault();
    await failTimes(1);
    await fs.writeFile(attemptsFile(), JSON.stringify({ v: 1, failures: 50, retryAt: '2999-01-01T00:00:00.000Z' }));
    await h.reopen();
    const status = await h.ok('vault.status', {});
    expect(status.retryAt).toBe(new Date(h.clock.now().getTime() + MAX_WAIT_MS).toISOString());
    later(MAX_WAIT_MS / 1000);
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
  });

  it('starts afresh from a damaged or foreign file', async () => {
    await lockedVault();
    for (const junk of ['{not json', JSON.stringify({ v: 9, failures: 'many' }), '\u0000\u0000\u0000']) {
      await fs.writeFile(attemptsFile(), junk);
      await h.reopen();
      expect((await h.ok('vault.status', {})).retryAt).toBeNull();
    }
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
  });

  it('starts a vault set up after a reset without the old vault’s wait', async () => {
    await lockedVault();
    await failTimes(4);
    expect((await h.ok('vault.status', {})).retryAt).not.toBeNull();
    await h.ok('vault.reset', { confirmation: 'delete my notes' });
    await h.reopen();
    expect((await h.ok('vault.status', {})).retryAt).toBeNull();
    await h.ok('vault.setUp', { passphrase: PASSPHRASE });
    await h.ok('vault.lock', {});
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
  });
});
