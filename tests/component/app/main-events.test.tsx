import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useMainEvent } from '../../../src/renderer/app/main-events';
import { onMainEvent } from '../../../src/renderer/events';
import { installBridge } from '../support/bridge';

// The window's side of the contract's events: listeners see only payloads the
// contract allows, and a component stops listening when it goes away.

describe('events from main in the window', () => {
  it('passes a payload that matches the contract and drops one that does not', () => {
    const bridge = installBridge();
    const listener = vi.fn();
    const stop = onMainEvent('vault.locked', listener);
    bridge.emit('vault.locked', { reason: 'hibernate' } as never);
    bridge.emit('vault.locked', { reason: 'idle', extra: 'x' } as never);
    expect(listener).not.toHaveBeenCalled();
    bridge.emit('vault.locked', { reason: 'idle' });
    expect(listener).toHaveBeenCalledWith({ reason: 'idle' });
    stop();
    bridge.emit('vault.locked', { reason: 'manual' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps listening across renders with the latest listener, and stops on unmount', () => {
    const bridge = installBridge();
    const seen: string[] = [];
    function Probe({ label }: { label: string }) {
      useMainEvent('backups.failed', (payload) => seen.push(`${label}: ${payload.message}`));
      return null;
    }
    const view = render(<Probe label="first" />);
    bridge.emit('backups.failed', { message: 'Disk full.', at: '2027-02-03T10:00:00.000Z' });
    view.rerender(<Probe label="second" />);
    bridge.emit('backups.failed', { message: 'Still full.', at: '2027-02-03T11:00:00.000Z' });
    view.unmount();
    bridge.emit('backups.failed', { message: 'Unheard.', at: '2027-02-03T12:00:00.000Z' });
    expect(seen).toEqual(['first: Disk full.', 'second: Still full.']);
  });
});
