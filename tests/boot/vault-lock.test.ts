import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/temp-dir';
import { stopAllBooted } from './support/booted-main';
import { bootOnFreshFolder } from './support/fixtures';

// The built app locks the notes when the OS suspends or locks the screen: main
// listens to powerMonitor once ready, and the key is gone before anyone can
// open the lid or the session again.

afterEach(async () => {
  await stopAllBooted();
  await removeTempDirs();
});

const PASSPHRASE = 'quiet harbour lanterns drift at dawn';

describe('locking the notes from the OS', () => {
  for (const event of ['suspend', 'lock-screen'] as const) {
    it(`locks an unlocked vault on ${event}`, async () => {
      const { booted: app } = await bootOnFreshFolder();
      expect(app.recordsOf('powerMonitor.on').map((r) => r.event)).toEqual(['suspend', 'lock-screen']);
      expect(await app.call('vault.setUp', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
      expect(await app.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'unlocked' } });

      expect(await app.request('power-event', { event })).toEqual({ listened: true });
      expect(await app.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
      expect(await app.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      expect(app.problems).toEqual([]);
    }, 60_000);
  }
});
