import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VaultStatus } from '../../../src/shared/contract/vault';
import { formatRecoveryKey } from '../../../src/shared/recovery-key';
import { UnlockForm } from '../../../src/renderer/features/vault/UnlockForm';
import { UnlockPrompt } from '../../../src/renderer/features/vault/UnlockPrompt';
import { apiError, installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// Unlocking: main's message for a wrong attempt beside the field, the wait it
// imposes after several as a live countdown on a disabled button, and the
// recovery key instead of the passphrase.

const PASSPHRASE = 'glacier otter lantern mosaic';
const NOW = new Date('2027-02-03T10:00:00.000Z');
const locked = (retryAt: string | null = null): VaultStatus => ({ state: 'locked', idleLockMinutes: 10, retryAt, recoveryKeyCreatedAt: '2027-01-01T10:00:00.000Z' });
const WRONG = 'That passphrase does not unlock your notes. Check it and try again.';

afterEach(() => vi.useRealTimers());

describe('unlocking the notes', () => {
  it('shows main’s message beside the field for a wrong passphrase, keeps it typed, and unlocks with the right one', async () => {
    const user = userEvent.setup();
    const unlocked = vi.fn();
    const bridge = installBridge({
      'vault.status': () => locked(),
      'vault.unlock': (input) => {
        if (input.method === 'passphrase' && input.passphrase === PASSPHRASE) return { ...locked(), state: 'unlocked' };
        throw apiError('invalid_input', WRONG, { passphrase: WRONG });
      },
    });
    renderWithProviders(<UnlockForm onUnlocked={unlocked} />);
    const field = await screen.findByLabelText('Passphrase');
    await user.type(field, 'glacier otter');
    await user.click(screen.getByRole('button', { name: 'Unlock notes' }));
    expect(await screen.findByText(WRONG)).toHaveAttribute('role', 'alert');
    expect(field).toHaveValue('glacier otter');
    await user.clear(field);
    await user.type(field, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock notes' }));
    await waitFor(() => expect(unlocked).toHaveBeenCalledOnce());
    expect(bridge.callsTo('vault.unlock')).toEqual([
      { method: 'passphrase', passphrase: 'glacier otter' },
      { method: 'passphrase', passphrase: PASSPHRASE },
    ]);
  });

  it('counts down the wait main imposes, with the button disabled until it is over', async () => {
    // Only Date and intervals are faked: the countdown's clock, while promises and timeouts run as usual.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    let status = locked();
    const bridge = installBridge({
      'vault.status': () => status,
      'vault.unlock': () => {
        status = locked(new Date(NOW.getTime() + 65_000).toISOString());
        throw apiError('unavailable', 'Too many wrong attempts. Please wait 65 seconds before trying again.');
      },
    });
    renderWithProviders(<UnlockForm />);
    const field = await screen.findByLabelText('Passphrase');
    const user = userEvent.setup();
    await user.type(field, 'a wrong guess');
    await user.click(screen.getByRole('button', { name: 'Unlock notes' }));

    expect(await screen.findByText('Too many wrong attempts. Please wait 65 seconds before trying again.')).toBeInTheDocument();
    const waiting = await screen.findByRole('button', { name: 'Try again in 1:05' });
    expect(waiting).toBeDisabled();
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByRole('button', { name: 'Try again in 1:04' })).toBeDisabled();
    act(() => void vi.advanceTimersByTime(63_000));
    expect(screen.getByRole('button', { name: 'Try again in 0:01' })).toBeDisabled();
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByRole('button', { name: 'Unlock notes' })).toBeEnabled();
    expect(screen.queryByText(/You can try again in/)).not.toBeInTheDocument();
    expect(bridge.callsTo('vault.unlock')).toHaveLength(1);
  });

  it('starts the countdown from a wait that was already running when the form opened', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    installBridge({ 'vault.status': () => locked(new Date(NOW.getTime() + 5 * 60_000).toISOString()) });
    renderWithProviders(<UnlockForm />);
    expect(await screen.findByRole('button', { name: 'Try again in 5:00' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Too many wrong attempts. You can try again in 5:00.');
  });

  it('unlocks with the recovery key instead, checking its typing in the form first', async () => {
    const user = userEvent.setup();
    const key = formatRecoveryKey(new Uint8Array(20).fill(9));
    const bridge = installBridge({ 'vault.status': () => locked(), 'vault.unlock': () => ({ ...locked(), state: 'unlocked' }) });
    renderWithProviders(<UnlockForm />);
    await user.type(await screen.findByLabelText('Passphrase'), 'half typed');
    await user.click(screen.getByRole('button', { name: 'Use my recovery key instead' }));
    const field = screen.getByLabelText('Recovery key');
    await user.type(field, key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'));
    await user.click(screen.getByRole('button', { name: 'Unlock notes' }));
    expect(await screen.findByText(/typing mistake/)).toBeInTheDocument();
    expect(bridge.callsTo('vault.unlock')).toEqual([]);
    await user.clear(field);
    await user.type(field, key.toLowerCase().replace(/-/g, ' '));
    await user.click(screen.getByRole('button', { name: 'Unlock notes' }));
    await waitFor(() => expect(bridge.callsTo('vault.unlock')).toEqual([{ method: 'recovery-key', recoveryKey: key }]));
    // The passphrase typed before switching is kept, not sent.
    await user.click(screen.getByRole('button', { name: 'Use my passphrase instead' }));
    expect(screen.getByLabelText('Passphrase')).toHaveValue('half typed');
  });
});

describe('UnlockPrompt', () => {
  it('says that notes exist without any text, and opens the unlock dialog', async () => {
    const user = userEvent.setup();
    installBridge({ 'vault.status': () => locked() });
    renderWithProviders(<UnlockPrompt context="3 notes on this meeting are locked." />);
    expect(await screen.findByText('3 notes on this meeting are locked.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unlock notes' }));
    expect(await screen.findByRole('dialog', { name: 'Unlock your notes' })).toBeInTheDocument();
  });

  it('shows nothing while the notes are unlocked', async () => {
    const bridge = installBridge({ 'vault.status': () => ({ ...locked(), state: 'unlocked' }) });
    renderWithProviders(<UnlockPrompt context="3 notes on this meeting are locked." />);
    await waitFor(() => expect(bridge.callsTo('vault.status')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText('3 notes on this meeting are locked.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
