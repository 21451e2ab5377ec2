import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL_PREFIX } from '../../src/shared/event-names';
import { bootForFile } from './support/fixtures';

// The contract's events from the built main process: what it sends the
// window with webContents.send when the notes lock, on its derived channel.

const booted = bootForFile();

const LOCKED = `${EVENT_CHANNEL_PREFIX}vault.locked`;
const lockedSends = () => booted().recordsOf('webContents.send').filter((r) => r.channel === LOCKED);

describe('events from the built main to the window', () => {
  it('tells the window when the coach locks the notes, and when the computer suspends or its screen locks', async () => {
    expect(await booted().call('vault.setUp', { passphrase: 'glacier otter lantern mosaic' })).toMatchObject({ ok: true });
    expect(booted().recordsOf('webContents.send')).toEqual([]);

    await booted().call('vault.lock', {});
    await booted().waitForRecord('webContents.send', (r) => r.channel === LOCKED);
    expect(lockedSends().map((r) => r.args)).toEqual([[{ reason: 'manual' }]]);

    expect(await booted().request('power-event', { event: 'suspend' })).toEqual({ listened: true });
    expect(await booted().request('power-event', { event: 'lock-screen' })).toEqual({ listened: true });
    expect(lockedSends().map((r) => r.args)).toEqual([[{ reason: 'manual' }], [{ reason: 'suspend' }], [{ reason: 'screen-lock' }]]);
    expect(await booted().call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it('sends nothing on any other channel', () => {
    for (const r of booted().recordsOf('webContents.send')) expect(r.channel).toMatch(new RegExp(`^${EVENT_CHANNEL_PREFIX}`));
  });
});
