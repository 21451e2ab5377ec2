import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headerCheck } from '../../../src/main/store/vault-header-doc';
import { samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// The vault through the same dispatch the window uses: set-up, lock, unlock
// with either secret, the wait after wrong attempts, idle locking, and the
// header as a data file (mode, backups, restore, damage on disk).

const PASSPHRASE = 'glacier otter lantern mosaic';
const NEW_PASSPHRASE = 'walrus meadow copper violin';
const byPassphrase = (passphrase: string) => ({ method: 'passphrase' as const, passphrase });
const byRecoveryKey = (recoveryKey: string) => ({ method: 'recovery-key' as const, recoveryKey });

let h: ServiceHarness;
afterEach(async () => {
  await h?.close();
  await removeTempDirs();
});

const headerFile = () => path.join(h.dir, 'vault.json');
const later = (seconds: number) => h.clock.set(new Date(h.clock.now().getTime() + seconds * 1000).toISOString());

async function setUp(): Promise<string> {
  h = await openHarness();
  const { recoveryKey, status } = await h.ok('vault.setUp', { passphrase: PASSPHRASE });
  expect(status.state).toBe('unlocked');
  return recoveryKey;
}

describe('vault service', () => {
  it('tells every window when the coach locks the notes', async () => {
    const sent: [string, unknown][] = [];
    h = await openHarness({ events: { emit: (name, payload) => (sent.push([name, payload]), true) } });
    await h.ok('vault.setUp', { passphrase: PASSPHRASE });
    expect(sent).toEqual([]);
    expect((await h.ok('vault.lock', {})).state).toBe('locked');
    expect(sent).toEqual([['vault.locked', { reason: 'manual' }]]);
  });

  it('starts with no vault, and sets one up that is unlocked, with a recovery key shown once', async () => {
    h = await openHarness();
    expect(await h.ok('vault.status', {})).toEqual({ state: 'none', idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: null });
    const { recoveryKey } = await h.ok('vault.setUp', { passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    const text = await fs.readFile(headerFile(), 'utf8');
    expect(text).not.toContain('glacier');
    expect(text).not.toContain(recoveryKey.replace(/-/g, '').slice(0, 8));
    expect((await fs.stat(headerFile())).mode & 0o777).toBe(0o600);
    const again = await h.call('vault.setUp', { passphrase: NEW_PASSPHRASE });
    expect(again.ok || again.error.code).toBe('conflict');
  });

  it('refuses a very weak passphrase with a reason, in the form field, and writes nothing', async () => {
    h = await openHarness();
    for (const weak of ['password1', 'qwertyuiop', 'circlekeeper']) {
      const result = await h.call('vault.setUp', { passphrase: weak });
      expect(result.ok, weak).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.fields?.passphrase).toMatch(/too easy to guess|at least 8/);
        expect(result.error.message).not.toContain(weak);
      }
    }
    const short = await h.call('vault.setUp', { passphrase: 'abc' });
    expect(!short.ok && short.error.fields?.passphrase).toMatch(/at least 8 characters/);
    await expect(fs.stat(headerFile())).rejects.toThrow();
    const verdict = await h.ok('vault.passphraseStrength', { passphrase: 'password1' });
    expect(verdict).toMatchObject({ acceptable: false, score: 0 });
    expect((await h.ok('vault.passphraseStrength', { passphrase: PASSPHRASE })).acceptable).toBe(true);
  });

  it('counts the coach’s own name against a passphrase', async () => {
    h = await openHarness();
    expect((await h.ok('vault.passphraseStrength', { passphrase: 'rosalindokonkwo' })).acceptable).toBe(true);
    await h.ok('settings.update', { coachName: 'Rosalind Okonkwo-Baptiste', coachTimeZone: 'Europe/London' });
    const withName = await h.ok('vault.passphraseStrength', { passphrase: 'rosalindokonkwo' });
    expect(withName.acceptable).toBe(false);
  });

  it('locks, refuses a wrong passphrase beside its field, and unlocks with the right one', async () => {
    await setUp();
    expect((await h.ok('vault.lock', {})).state).toBe('locked');
    const wrong = await h.call('vault.unlock', byPassphrase('glacier otter lantern'));
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'invalid_input', fields: { passphrase: expect.stringMatching(/does not unlock/) } });
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
  });

  it('makes the coach wait longer after each further wrong attempt, whatever the window sends', async () => {
    await setUp();
    await h.ok('vault.lock', {});
    for (let i = 0; i < 3; i++) expect((await h.call('vault.unlock', byPassphrase(`wrong guess ${i}`))).ok).toBe(false);
    expect((await h.ok('vault.status', {})).retryAt).toBeNull();
    await h.call('vault.unlock', byPassphrase('wrong guess 3'));
    const status = await h.ok('vault.status', {});
    expect(status.retryAt).toBe(new Date(h.clock.now().getTime() + 5000).toISOString());
    // Even the right passphrase is refused until the wait is over, and without running the key derivation.
    const early = await h.call('vault.unlock', byPassphrase(PASSPHRASE));
    expect(!early.ok && early.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/wait 5 seconds/) });
    later(5);
    await h.call('vault.unlock', byPassphrase('wrong guess 4'));
    const doubled = await h.call('vault.unlock', byPassphrase(PASSPHRASE));
    expect(!doubled.ok && doubled.error.message).toMatch(/wait 10 seconds/);
    later(10);
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
    expect((await h.ok('vault.status', {})).retryAt).toBeNull();
  });

  it('unlocks with the recovery key, which lets a forgotten passphrase be replaced, and goes on working after it', async () => {
    const recoveryKey = await setUp();
    await h.ok('vault.lock', {});
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    await h.ok('vault.changePassphrase', { current: byRecoveryKey(typed), newPassphrase: NEW_PASSPHRASE });
    expect((await h.call('vault.unlock', byPassphrase(PASSPHRASE))).ok).toBe(false);
    expect((await h.ok('vault.unlock', byPassphrase(NEW_PASSPHRASE))).state).toBe('unlocked');
    await h.ok('vault.lock', {});
    expect((await h.ok('vault.unlock', byRecoveryKey(recoveryKey))).state).toBe('unlocked');
  });

  it('refuses a passphrase change with a wrong current passphrase or a weak new one, each beside its field, changing nothing', async () => {
    await setUp();
    await h.store.flush();
    const before = await fs.readFile(headerFile());
    const wrong = await h.call('vault.changePassphrase', { current: byPassphrase('not my passphrase'), newPassphrase: NEW_PASSPHRASE });
    expect(!wrong.ok && wrong.error.fields?.['current.passphrase']).toMatch(/does not unlock/);
    const weak = await h.call('vault.changePassphrase', { current: byPassphrase(PASSPHRASE), newPassphrase: 'password123' });
    expect(!weak.ok && weak.error.fields?.newPassphrase).toMatch(/too easy to guess/);
    expect((await fs.readFile(headerFile())).equals(before)).toBe(true);
  });

  it('tells a mistyped recovery key from a wrong one, without counting the typo as an attempt', async () => {
    const recoveryKey = await setUp();
    const typo = recoveryKey.slice(0, -1) + (recoveryKey.endsWith('A') ? 'B' : 'A');
    for (let i = 0; i < 6; i++) {
      const result = await h.call('vault.unlock', byRecoveryKey(typo));
      expect(!result.ok && result.error.fields?.recoveryKey).toMatch(/typing mistake/);
    }
    expect((await h.ok('vault.status', {})).retryAt).toBeNull();
  });

  it('replaces the recovery key: the old one stops working, the passphrase is untouched', async () => {
    const oldKey = await setUp();
    const { recoveryKey } = await h.ok('vault.newRecoveryKey', { current: byPassphrase(PASSPHRASE) });
    expect(recoveryKey).not.toBe(oldKey);
    await h.ok('vault.lock', {});
    const old = await h.call('vault.unlock', byRecoveryKey(oldKey));
    expect(!old.ok && old.error.fields?.recoveryKey).toMatch(/older key/);
    expect((await h.ok('vault.unlock', byRecoveryKey(recoveryKey))).state).toBe('unlocked');
    await h.ok('vault.lock', {});
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
  });

  it('locks by itself after the idle time the coach chose', async () => {
    await setUp();
    await h.ok('vault.updateSettings', { idleLockMinutes: 5 });
    later(4 * 60);
    expect((await h.ok('vault.status', {})).state).toBe('unlocked');
    later(60);
    expect((await h.ok('vault.status', {})).state).toBe('locked');
    const bad = await h.call('vault.updateSettings', { idleLockMinutes: 0 });
    expect(!bad.ok && bad.error.fields?.idleLockMinutes).toMatch(/1 minute/);
  });

  it('is locked again after a restart', async () => {
    await setUp();
    await h.reopen();
    expect((await h.ok('vault.status', {})).state).toBe('locked');
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
  });

  it('knows a header whose key-derivation fields were edited on disk for damaged, not for a wrong passphrase', async () => {
    await setUp();
    const person = await h.ok('people.create', samplePersonInput({ name: 'Ana Souza', email: 'ana@example.com' }));
    await h.ok('notes.create', { kind: 'member', date: '2026-03-01', groupId: null, meetingId: null, personIds: [person.id], templateId: null, content: null });
    await h.store.flush();
    const header = JSON.parse(await fs.readFile(headerFile(), 'utf8'));
    header.kdf.N = header.kdf.N * 2;
    await fs.writeFile(headerFile(), JSON.stringify(header));
    await h.reopen();
    const result = await h.call('vault.unlock', byPassphrase(PASSPHRASE));
    expect(!result.ok && result.error.code).toBe('unavailable');
    expect(!result.ok && result.error.message).toMatch(/key file \(vault\.json\) is missing or was damaged/);
    // Not counted as a wrong attempt: no wait before the next try.
    expect((await h.ok('vault.status', {})).retryAt).toBeNull();
  });

  it('still treats an edit that recomputed the check like a wrong passphrase: it cannot be told apart, and it opens nothing', async () => {
    await setUp();
    await h.store.flush();
    const header = JSON.parse(await fs.readFile(headerFile(), 'utf8'));
    header.kdf.N = header.kdf.N * 2;
    header.check = headerCheck(header);
    await fs.writeFile(headerFile(), JSON.stringify(header));
    await h.reopen();
    const result = await h.call('vault.unlock', byPassphrase(PASSPHRASE));
    expect(!result.ok && result.error.code).toBe('invalid_input');
  });

  it('keeps the header in backups: a damaged one comes back from the newest good backup', async () => {
    await setUp();
    const backup = await h.ok('backups.create', {});
    const manifest = JSON.parse(await fs.readFile(path.join(h.dir, 'backups', backup.id, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('vault.json');
    expect((await fs.stat(path.join(h.dir, 'backups', backup.id, 'vault.json'))).mode & 0o777).toBe(0o600);
    await fs.writeFile(headerFile(), '{"schemaVersion":3,"v":1');
    await h.reopen();
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
    expect(h.store.recovery).toEqual([expect.objectContaining({ kind: 'file-restored', file: 'vault.json', restoredFrom: backup.id })]);
  });

  it('is put back by a restore, and a restore drops a key the restored header does not hold', async () => {
    await setUp();
    const backup = await h.ok('backups.create', {});
    await h.ok('vault.changePassphrase', { current: byPassphrase(PASSPHRASE), newPassphrase: NEW_PASSPHRASE });
    await h.ok('backups.restore', { id: backup.id });
    // The same vault (same data key), as it was: the passphrase of the backup's day opens it.
    expect((await h.ok('vault.status', {})).state).toBe('unlocked');
    await h.ok('vault.lock', {});
    expect((await h.call('vault.unlock', byPassphrase(NEW_PASSPHRASE))).ok).toBe(false);
    expect((await h.ok('vault.unlock', byPassphrase(PASSPHRASE))).state).toBe('unlocked');
  });

  it('a restore from before the vault existed leaves no vault, and no key held', async () => {
    h = await openHarness();
    const before = await h.ok('backups.create', {});
    await h.ok('vault.setUp', { passphrase: PASSPHRASE });
    await h.ok('backups.restore', { id: before.id });
    expect((await h.ok('vault.status', {})).state).toBe('none');
  });

  it('never puts a passphrase or recovery key into an error message or the JSON export', async () => {
    const recoveryKey = await setUp();
    await h.ok('vault.lock', {});
    const wrong = await h.call('vault.unlock', byPassphrase('hunter2 hunter2 hunter2'));
    expect(JSON.stringify(wrong)).not.toContain('hunter2');
    const exported = await h.ok('data.export', {});
    const all = JSON.stringify(exported);
    expect(all).not.toContain('glacier');
    expect(all).not.toContain(recoveryKey.slice(0, 9));
    expect(all).not.toContain('wrapped');
  });
});
