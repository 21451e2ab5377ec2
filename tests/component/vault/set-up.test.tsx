import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VaultStatus } from '../../../src/shared/contract/vault';
import type { PassphraseVerdict } from '../../../src/shared/passphrase-rule';
import { formatRecoveryKey } from '../../../src/shared/recovery-key';
import { NotesSecuritySection } from '../../../src/renderer/features/vault/NotesSecuritySection';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// First use: the passphrase with main's strength estimate, a weak one refused
// (by the form, and by main), then the recovery key shown once and checked.

const STRONG = 'glacier otter lantern mosaic';
const RECOVERY_KEY = formatRecoveryKey(Uint8Array.from({ length: 20 }, (_, i) => i * 13));
const GROUPS = RECOVERY_KEY.split('-');

const none: VaultStatus = { state: 'none', idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: null };
const unlocked: VaultStatus = { state: 'unlocked', idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: '2027-02-03T10:00:00.000Z' };

/** Main's verdicts, by what was typed: only the strong passphrase passes. */
function verdictOf(passphrase: string): PassphraseVerdict {
  if (passphrase === STRONG) return { score: 4, guessesLog10: 14, warning: null, suggestions: [], acceptable: true, problem: null };
  return {
    score: 0,
    guessesLog10: 2,
    warning: 'This is a commonly used password.',
    suggestions: ['Add more words that are less common.'],
    acceptable: false,
    problem: 'This passphrase would be too easy to guess. This is a commonly used password. Add more words that are less common.',
  };
}

function bridgeWith(overrides: BridgeOverrides = {}) {
  let status = none;
  return installBridge({
    'vault.status': () => status,
    'vault.passphraseStrength': ({ passphrase }) => verdictOf(passphrase),
    'vault.setUp': () => {
      status = unlocked;
      return { status, recoveryKey: RECOVERY_KEY };
    },
    ...overrides,
  });
}

async function fillPassphrase(passphrase: string) {
  const user = userEvent.setup();
  const form = await screen.findByRole('form', { name: 'Set up encrypted notes' });
  await user.type(within(form).getByLabelText('Passphrase for your notes'), passphrase);
  await user.type(within(form).getByLabelText('Type it again'), passphrase);
  return { user, form };
}

describe('setting up encrypted notes', () => {
  it('shows main’s estimate as a meter with its feedback, once the coach pauses', async () => {
    bridgeWith();
    renderWithProviders(<NotesSecuritySection timeZone="Europe/London" />);
    const { form } = await fillPassphrase('sunflower1');
    const meter = within(form).getByRole('meter', { name: 'Passphrase strength' });
    await waitFor(() => expect(meter).toHaveAttribute('aria-valuetext', 'Very weak'));
    expect(within(form).getByText('This is a commonly used password.')).toBeInTheDocument();
    expect(within(form).getByText('Add more words that are less common.')).toBeInTheDocument();
  });

  it('refuses a very weak passphrase with main’s reason, sending no set-up and keeping what was typed', async () => {
    const bridge = bridgeWith();
    renderWithProviders(<NotesSecuritySection timeZone="Europe/London" />);
    const { user, form } = await fillPassphrase('sunflower1');
    await user.click(within(form).getByRole('button', { name: 'Set up encrypted notes' }));
    expect(await within(form).findByText(/^This passphrase would be too easy to guess/)).toHaveAttribute('role', 'alert');
    expect(within(form).getByLabelText('Passphrase for your notes')).toHaveValue('sunflower1');
    expect(bridge.callsTo('vault.setUp')).toEqual([]);
  });

  it('refuses a short passphrase or a different repeat in the form', async () => {
    const bridge = bridgeWith();
    renderWithProviders(<NotesSecuritySection timeZone="Europe/London" />);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Set up encrypted notes' });
    await user.type(within(form).getByLabelText('Passphrase for your notes'), 'abc');
    await user.type(within(form).getByLabelText('Type it again'), 'abd');
    await user.click(within(form).getByRole('button', { name: 'Set up encrypted notes' }));
    expect(await within(form).findByText(/Use at least 8 characters/)).toBeInTheDocument();
    expect(within(form).getByText(/The two passphrases are not the same/)).toBeInTheDocument();
    expect(bridge.callsTo('vault.setUp')).toEqual([]);
  });

  it('shows main’s own refusal beside the field', async () => {
    const bridgeCalls = bridgeWith({
      'vault.setUp': () => {
        throw apiError('invalid_input', 'This passphrase leans on your name.', { passphrase: 'This passphrase leans on your name.' });
      },
    });
    renderWithProviders(<NotesSecuritySection timeZone="Europe/London" />);
    const { user, form } = await fillPassphrase(STRONG);
    await user.click(within(form).getByRole('button', { name: 'Set up encrypted notes' }));
    expect(await within(form).findByText('This passphrase leans on your name.')).toHaveAttribute('role', 'alert');
    expect(bridgeCalls.callsTo('vault.setUp')).toEqual([{ passphrase: STRONG }]);
  });

  it('shows the recovery key once, asks for two of its groups back, and then drops it', async () => {
    const bridge = bridgeWith({ 'vault.saveRecoveryKey': () => ({ saved: true, path: '/home/coach/Circlekeeper recovery key.txt' }) });
    const { container } = renderWithProviders(<NotesSecuritySection timeZone="Europe/London" />);
    const { user, form } = await fillPassphrase(STRONG);
    await user.click(within(form).getByRole('button', { name: 'Set up encrypted notes' }));

    const key = await screen.findByRole('list', { name: 'Recovery key' });
    expect(within(key).getAllByRole('listitem').map((li) => li.textContent)).toEqual(GROUPS.map((g, i) => `${i + 1}${g}`));
    await user.click(screen.getByRole('button', { name: 'Save as text file…' }));
    await waitFor(() => expect(bridge.callsTo('vault.saveRecoveryKey')).toEqual([{ recoveryKey: RECOVERY_KEY }]));

    await user.click(screen.getByRole('button', { name: 'I have saved my key' }));
    const check = screen.getByRole('form', { name: 'Check your recovery key' });
    expect(container.textContent).not.toContain(GROUPS[0]! + GROUPS[1]!);
    const fields = within(check).getAllByRole('textbox');
    const asked = fields.map((f) => Number(/Group (\d)/.exec((f as HTMLInputElement).labels![0]!.textContent!)![1]) - 1);
    expect(new Set(asked).size).toBe(2);

    // A wrong group is refused beside its field.
    await user.type(fields[0]!, 'ZZZZ');
    await user.type(fields[1]!, GROUPS[asked[1]!]!.toLowerCase());
    await user.click(within(check).getByRole('button', { name: 'Finish' }));
    expect(await within(check).findByText(`That is not group ${asked[0]! + 1} of your key. Look again at what you saved.`)).toBeInTheDocument();

    await user.clear(fields[0]!);
    await user.type(fields[0]!, GROUPS[asked[0]!]!);
    await user.click(within(check).getByRole('button', { name: 'Finish' }));
    await screen.findByRole('button', { name: 'Change passphrase…' });
    expect(screen.queryByRole('list', { name: 'Recovery key' })).not.toBeInTheDocument();
    for (const group of GROUPS) expect(container.innerHTML).not.toContain(group);
  });
});
