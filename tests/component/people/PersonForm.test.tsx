import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/shared/entities';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { apiError, installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { settings } from './people-fixtures';

const AT = '2027-01-10T09:00:00.000Z';

async function openAddForm() {
  renderWithProviders(<PeoplePage />, { route: '/people?new=1', path: '/people' });
  const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
  // The form appears once the coach's zone has been read from settings.
  await within(dialog).findByLabelText('Name');
  return dialog;
}

describe('PersonForm (adding a person)', () => {
  it('defaults the time zone to the coach’s own zone', async () => {
    installBridge({ 'settings.get': () => settings, 'people.list': () => [] });
    const dialog = await openAddForm();
    expect(within(dialog).getByLabelText('Time zone')).toHaveValue('Europe/Lisbon');
  });

  it('marks what is required and promises only what the app does with an email', async () => {
    installBridge({ 'settings.get': () => settings, 'people.list': () => [] });
    const dialog = await openAddForm();
    for (const label of ['Name', 'Email', 'Time zone']) expect(within(dialog).getByLabelText(label)).toBeRequired();
    expect(within(dialog).getByLabelText('Phone (optional)')).not.toBeRequired();
    // There are no calendar invitations (yet): the hint must not promise them.
    const email = within(dialog).getByLabelText('Email');
    expect(email).toHaveAccessibleDescription(expect.stringContaining('tells people apart'));
    expect(email).not.toHaveAccessibleDescription(expect.stringMatching(/calendar|invitation/i));
  });

  it('shows an error beside each bad field and sends nothing', async () => {
    const bridge = installBridge({ 'settings.get': () => settings, 'people.list': () => [] });
    const user = userEvent.setup();
    const dialog = await openAddForm();

    await user.type(within(dialog).getByLabelText('Email'), 'not-an-email');
    const zone = within(dialog).getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus_Mons');
    await user.type(within(dialog).getByLabelText('Phone (optional)'), 'call me maybe');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));

    expect(await within(dialog).findByLabelText('Name')).toHaveAccessibleDescription('Name is required.');
    expect(within(dialog).getByLabelText('Email')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a valid email address'),
    );
    expect(within(dialog).getByLabelText('Time zone')).toHaveAccessibleDescription(
      expect.stringContaining('Unknown time zone'),
    );
    expect(within(dialog).getByLabelText('Phone (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a phone number using digits'),
    );
    expect(within(dialog).getAllByRole('alert').length).toBeGreaterThanOrEqual(4);
    expect(bridge.callsTo('people.create')).toHaveLength(0);
    expect(bridge.writes()).toHaveLength(0);
  });

  it('sends the cleaned-up values when they are valid, then closes', async () => {
    const created: Person[] = [];
    const bridge = installBridge({
      'settings.get': () => settings,
      'people.list': () => [],
      'people.create': (input) => {
        const p: Person = {
          id: '00000000-0000-4000-8000-000000000099',
          name: input.name,
          email: input.email,
          timeZone: input.timeZone,
          organisation: input.organisation,
          role: input.role,
          phone: input.phone,
          createdAt: AT,
          updatedAt: AT,
        };
        created.push(p);
        return p;
      },
    });
    const user = userEvent.setup();
    const dialog = await openAddForm();

    await user.type(within(dialog).getByLabelText('Name'), '  Ana Souza ');
    await user.type(within(dialog).getByLabelText('Email'), 'Ana@Acme.Example');
    await user.type(within(dialog).getByLabelText('Organisation (optional)'), 'Acme');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge.callsTo('people.create')).toEqual([
      { name: 'Ana Souza', email: 'ana@acme.example', timeZone: 'Europe/Lisbon', organisation: 'Acme', role: '', phone: '' },
    ]);
    expect(created).toHaveLength(1);
  });

  it('shows a duplicate email beside the email field and keeps everything typed', async () => {
    const message = 'Ana Souza already uses ana@acme.example. Each person needs their own email address.';
    const bridge = installBridge({
      'settings.get': () => settings,
      'people.list': () => [],
      'people.create': () => {
        throw apiError('conflict', message, { email: message });
      },
    });
    const user = userEvent.setup();
    const dialog = await openAddForm();

    await user.type(within(dialog).getByLabelText('Name'), 'Ana S.');
    await user.type(within(dialog).getByLabelText('Email'), 'ana@acme.example');
    await user.type(within(dialog).getByLabelText('Role (optional)'), 'Team lead');
    await user.type(within(dialog).getByLabelText('Phone (optional)'), '+44 20 7946 0000');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));

    await waitFor(() => expect(within(dialog).getByLabelText('Email')).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(bridge.callsTo('people.create')).toHaveLength(1);
    // Still open, still filled in.
    expect(screen.getByRole('dialog', { name: 'Add a person' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Ana S.');
    expect(within(dialog).getByLabelText('Email')).toHaveValue('ana@acme.example');
    expect(within(dialog).getByLabelText('Role (optional)')).toHaveValue('Team lead');
    expect(within(dialog).getByLabelText('Phone (optional)')).toHaveValue('+44 20 7946 0000');
    expect(within(dialog).getByLabelText('Time zone')).toHaveValue('Europe/Lisbon');
  });

  it('places a conflict without a field name beside the email field too', async () => {
    installBridge({
      'settings.get': () => settings,
      'people.list': () => [],
      'people.create': () => {
        throw apiError('conflict', 'That email address is already taken.');
      },
    });
    const user = userEvent.setup();
    const dialog = await openAddForm();

    await user.type(within(dialog).getByLabelText('Name'), 'Ana');
    await user.type(within(dialog).getByLabelText('Email'), 'ana@acme.example');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));

    await waitFor(() =>
      expect(within(dialog).getByLabelText('Email')).toHaveAccessibleDescription(
        expect.stringContaining('That email address is already taken.'),
      ),
    );
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Ana');
  });
});
