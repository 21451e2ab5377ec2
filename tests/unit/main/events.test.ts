import { describe, expect, it, vi } from 'vitest';
import { createMainEmitter } from '../../../src/main/services/main-emitter';
import { sendToWindows, type EventWindow } from '../../../src/main/shell/window-events';
import { eventChannel, eventChanges, mainEvents, tags } from '../../../src/shared/api';

// Main's side of the contract's events: every payload is checked before it
// leaves, and a checked one reaches every open window on its derived channel.

function windowStandIn(destroyed = false): EventWindow & { sent: [string, unknown][] } {
  const sent: [string, unknown][] = [];
  return {
    sent,
    isDestroyed: () => destroyed,
    webContents: { isDestroyed: () => destroyed, send: (channel, payload) => void sent.push([channel, payload]) },
  };
}

describe('the contract events', () => {
  it('derives each channel from the event name, apart from the method channels', () => {
    expect(eventChannel('vault.locked')).toBe('ck-event:vault.locked');
    expect(eventChannel('backups.failed')).not.toMatch(/^ck:/);
  });

  it('checks payloads against their schemas', () => {
    const locked = mainEvents['vault.locked'].payload;
    for (const reason of ['idle', 'suspend', 'screen-lock', 'manual', 'quit']) expect(locked.safeParse({ reason }).success).toBe(true);
    expect(locked.safeParse({ reason: 'hibernate' }).success).toBe(false);
    expect(locked.safeParse({}).success).toBe(false);
    const failed = mainEvents['backups.failed'].payload;
    expect(failed.safeParse({ message: 'Disk full.', at: '2027-02-03T10:00:00.000Z' }).success).toBe(true);
    expect(failed.safeParse({ message: '', at: '2027-02-03T10:00:00.000Z' }).success).toBe(false);
    expect(failed.safeParse({ message: 'Disk full.', at: 'yesterday' }).success).toBe(false);
    expect(mainEvents['backups.recovered'].payload.safeParse({ extra: 1 }).success).toBe(false);
  });

  it('declares what each event makes stale in the window', () => {
    expect(eventChanges('vault.locked', { reason: 'idle' })).toEqual([tags.vault(), tags.notes()]);
    expect(eventChanges('backups.failed', { message: 'x', at: '2027-02-03T10:00:00.000Z' })).toEqual([tags.notices()]);
    expect(eventChanges('backups.recovered', {})).toEqual([tags.notices()]);
  });
});

describe('the main emitter', () => {
  it('sends a valid payload to every open window on the event channel, skipping closed ones', () => {
    const open = windowStandIn();
    const other = windowStandIn();
    const closed = windowStandIn(true);
    const events = createMainEmitter(sendToWindows(() => [open, closed, other]), { error: vi.fn() });
    expect(events.emit('vault.locked', { reason: 'idle' })).toBe(true);
    expect(open.sent).toEqual([['ck-event:vault.locked', { reason: 'idle' }]]);
    expect(other.sent).toEqual(open.sent);
    expect(closed.sent).toEqual([]);
  });

  it('refuses a payload that does not match, and an unknown name, sending nothing and saying why', () => {
    const win = windowStandIn();
    const log = { error: vi.fn() };
    const events = createMainEmitter(sendToWindows(() => [win]), log);
    expect(events.emit('vault.locked', { reason: 'hibernate' } as never)).toBe(false);
    expect(events.emit('backups.failed', { message: 'Disk full.' } as never)).toBe(false);
    expect(events.emit('vault.unlocked' as never, {} as never)).toBe(false);
    expect(win.sent).toEqual([]);
    expect(log.error).toHaveBeenCalledTimes(3);
    expect(log.error.mock.calls[0]![0]).toMatch(/vault\.locked event did not match its schema/);
    expect(log.error.mock.calls[2]![0]).toMatch(/no event named vault\.unlocked/);
  });

  it('sends what the schema parsed, so nothing the schema does not know leaves main', () => {
    const sent: unknown[] = [];
    const events = createMainEmitter((_channel, payload) => sent.push(payload), { error: vi.fn() });
    events.emit('backups.failed', { message: 'Disk full.', at: '2027-02-03T10:00:00.000Z' });
    expect(sent).toEqual([{ message: 'Disk full.', at: '2027-02-03T10:00:00.000Z' }]);
  });

  it('does not throw into the service when a window fails to take the event', () => {
    const log = { error: vi.fn() };
    const events = createMainEmitter(() => {
      throw new Error('Object has been destroyed');
    }, log);
    expect(events.emit('backups.recovered', {})).toBe(false);
    expect(log.error).toHaveBeenCalledWith('The backups.recovered event could not be sent.', expect.any(Error));
  });
});
