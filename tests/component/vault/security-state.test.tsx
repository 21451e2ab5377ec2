import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../src/shared/contract/vault';
import { NotesSecuritySection } from '../../../src/renderer/features/vault/NotesSecuritySection';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// Settings › Notes security says in words whether the notes can be read now:
// locked is the quiet, safe state; unlocked is the one drawn to the coach's eye.

const status = (state: 'locked' | 'unlocked', idleLockMinutes = 10): VaultStatus => ({ state, idleLockMinutes, retryAt: null, recoveryKeyCreatedAt: '2027-02-03T10:00:00.000Z' });

const stateLine = async () => (await screen.findByText(/^Your notes are/)).closest('.vault-state__text') as HTMLElement;

describe('the notes’ lock state in settings', () => {
  it('locked: a plain badge and what it means, with the way in', async () => {
    installBridge({ 'vault.status': () => status('locked') });
    renderWithProviders(<NotesSecuritySection timeZone="Europe/London" />);
    const line = await stateLine();
    const badge = within(line).getByText('locked', { exact: true });
    // Not green: a locked vault is not "go".
    expect(badge).toHaveClass('ui-badge--neutral');
    expect(line).toHaveTextContent('Nobody can read them, on this computer or from its files, until you unlock them with your passphrase or recovery key.');
    expect(screen.getByRole('button', { name: 'Unlock…' })).toBeInTheDocument();
  });

  it('unlocked: a warning badge saying who can read them and until when, and locking turns it back', async () => {
    let current = status('unlocked', 1);
    const bridge = installBridge({ 'vault.status': () => current, 'vault.lock': () => (current = status('locked', 1)) });
    const user = userEvent.setup();
    renderWithProviders(<NotesSecuritySection timeZone="Europe/London" />);
    const line = await stateLine();
    expect(within(line).getByText('unlocked', { exact: true })).toHaveClass('ui-badge--warning');
    expect(line).toHaveTextContent('Anyone using this computer can read them until they lock again: after 1 minute without use, or when you lock them now.');

    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    expect(await screen.findByText('locked', { exact: true })).toHaveClass('ui-badge--neutral');
    expect(bridge.callsTo('vault.lock')).toEqual([{}]);
  });
});
