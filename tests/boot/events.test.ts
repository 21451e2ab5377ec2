import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNEL_PREFIX } from '../../src/shared/event-names';
import { removeTempDirs } from '../support/temp-dir';
import { type BootedMain } from './support/booted-main';
import { bootOnFreshFolder } from './support/fixtures';

// The contract's events from the built main process: what it sends the
// window with webContents.send when the notes lock, on its derived channel.

let app: BootedMain;

beforeAll(async () => {
  ({ booted: app } = await bootOnFreshFolder());
});

afterAll(async () => {
  const problems = app.problems;
  await app.stop();
  await removeTempDirs();
  expect(problems).toEqual([]);
});

const LOCKED = `${EVENT_CHANNEL_PREFIX}vault.locked`;
const lockedSends = () => app.recordsOf('webContents.send').filter((r) => r.channel === LOCKED);

describe('events from the built main to the window', () => {
  it('tells the window when the coach locks the notes, and when the computer suspends or its screen locks', async () => {
    expect(await app.call('vault.setUp', { passphrase: 'glacier otter lantern mosaic' })).toMatchObject({ ok: true });
    expect(app.recordsOf('webContents.send')).toEqual([]);

    await app.call('vault.lock', {});
    await app.waitForRecord('webContents.send', (r) => r.channel === LOCKED);
    expect(lockedSends().map((r) => r.args)).toEqual([[{ reason: 'manual' }]]);

    expect(await app.request('power-event', { event: 'suspend' })).toEqual({ listened: true });
    expect(await app.request('power-event', { event: 'lock-screen' })).toEqual({ listened: true });
    expect(lockedSends().map((r) => r.args)).toEqual([[{ reason: 'manual' }], [{ reason: 'suspend' }], [{ reason: 'screen-lock' }]]);
    expect(await app.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it('sends nothing on any other channel', () => {
    for (const r of app.recordsOf('webContents.send')) expect(r.channel).toMatch(new RegExp(`^${EVENT_CHANNEL_PREFIX}`));
  });
});
