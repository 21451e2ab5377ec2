import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../src/shared/contract/vault';
import { MainEventRefresh } from '../../../src/renderer/app/main-events';
import { LockNotesShortcut } from '../../../src/renderer/features/vault/LockNotesShortcut';
import { VaultLockControl } from '../../../src/renderer/features/vault/VaultLockControl';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// The sidebar's lock and the shortcut: both lock through vault.lock; the
// sidebar shows the state, opens the unlock dialog when locked, and says
// when the notes locked by themselves.

const status = (state: VaultStatus['state']): VaultStatus => ({ state, idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: null });

function vaultBridge(initial: VaultStatus['state']) {
  let current = status(initial);
  const bridge = installBridge({
    'vault.status': () => current,
    'vault.lock': () => (current = status(current.state === 'none' ? 'none' : 'locked')),
  });
  return { bridge, lockElsewhere: () => (current = status('locked')) };
}

const renderControl = () =>
  renderWithProviders(
    <>
      <MainEventRefresh />
      <ul>
        <VaultLockControl />
      </ul>
      <LockNotesShortcut />
    </>,
  );

describe('the notes lock in the sidebar', () => {
  it('locks unlocked notes with a click, then offers to unlock them', async () => {
    const user = userEvent.setup();
    const { bridge } = vaultBridge('unlocked');
    renderControl();
    await user.click(await screen.findByRole('button', { name: 'Lock notes' }));
    await user.click(await screen.findByRole('button', { name: 'Unlock notes' }));
    expect(await screen.findByRole('dialog', { name: 'Unlock your notes' })).toBeInTheDocument();
    expect(bridge.callsTo('vault.lock')).toEqual([{}]);
  });

  it('is not there before notes are set up', async () => {
    const { bridge } = vaultBridge('none');
    renderControl();
    await waitFor(() => expect(bridge.callsTo('vault.status')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /notes/ })).not.toBeInTheDocument();
  });

  it('locks with Ctrl+Shift+L or Cmd+Shift+L, and not with other keys', async () => {
    const { bridge } = vaultBridge('unlocked');
    renderControl();
    await screen.findByRole('button', { name: 'Lock notes' });
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'L', shiftKey: true });
    expect(bridge.callsTo('vault.lock')).toEqual([]);
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true });
    await screen.findByRole('button', { name: 'Unlock notes' });
    fireEvent.keyDown(window, { key: 'l', metaKey: true, shiftKey: true });
    await waitFor(() => expect(bridge.callsTo('vault.lock')).toHaveLength(2));
  });

  it('says when the notes locked by themselves, and shows them locked', async () => {
    const { bridge, lockElsewhere } = vaultBridge('unlocked');
    renderControl();
    await screen.findByRole('button', { name: 'Lock notes' });
    lockElsewhere();
    bridge.emit('vault.locked', { reason: 'idle' });
    expect(await screen.findByText('Your notes locked after a while without use.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Unlock notes' })).toBeInTheDocument();
  });
});
