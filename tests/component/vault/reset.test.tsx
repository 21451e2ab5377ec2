import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../src/shared/contract/vault';
import { NotesSecuritySection } from '../../../src/renderer/features/vault/NotesSecuritySection';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// "Forgot everything": behind the contract's typed phrase, saying plainly
// that only the notes go; afterwards the section offers a fresh set-up.

const status = (state: VaultStatus['state']): VaultStatus => ({ state, idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: state === 'none' ? null : '2027-01-01T10:00:00.000Z' });

describe('deleting all notes', () => {
  it('asks for the typed phrase, says only notes go, and then offers a fresh set-up', async () => {
    const user = userEvent.setup();
    let current = status('locked');
    const bridge = installBridge({
      'vault.status': () => current,
      'vault.reset': () => (current = status('none')),
    });
    renderWithProviders(<NotesSecuritySection timeZone="Europe/London" />);
    await user.click(await screen.findByRole('button', { name: 'Delete all notes…' }));
    const asking = await screen.findByRole('dialog', { name: 'Delete all notes and start again?' });
    expect(asking).toHaveTextContent('Only your notes are deleted');
    expect(asking).toHaveTextContent('Your groups, people, meetings, check-ins and next steps stay exactly as they are.');

    const field = within(asking).getByLabelText('Type “delete my notes” to confirm');
    await user.type(field, 'delete my note');
    await user.click(within(asking).getByRole('button', { name: 'Delete my notes' }));
    expect(await within(asking).findByText('Type “delete my notes” to confirm.')).toHaveAttribute('role', 'alert');
    expect(field).toHaveValue('delete my note');
    expect(bridge.callsTo('vault.reset')).toEqual([]);

    await user.type(field, 's');
    await user.click(within(asking).getByRole('button', { name: 'Delete my notes' }));
    await waitFor(() => expect(bridge.callsTo('vault.reset')).toEqual([{ confirmation: 'delete my notes' }]));
    expect(await screen.findByRole('form', { name: 'Set up encrypted notes' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
