import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/shared/entities';
import { SettingsPage } from '../../../src/renderer/features/settings/SettingsPage';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { makeAppInfo, makeBackup, settings } from '../support/fixtures';
import { renderWithProviders } from '../support/render';

function bridgeWith(overrides: BridgeOverrides = {}) {
  let saved: Settings = { ...settings };
  return installBridge({
    'settings.get': () => saved,
    'app.info': () => makeAppInfo({ settings: saved }),
    'backups.list': () => ({
      backups: [
        makeBackup(),
        makeBackup({ id: '2027-02-01T08-00-00-000Z-d4e5f6', createdAt: '2027-02-01T08:00:00.000Z', reason: 'manual', sizeBytes: 900 }),
      ],
      unreadable: [],
    }),
    'settings.update': (input) => {
      saved = { coachName: input.coachName.trim(), coachTimeZone: input.coachTimeZone, coachEmail: (input.coachEmail ?? saved.coachEmail).trim().toLowerCase() };
      return saved;
    },
    ...overrides,
  });
}

async function renderSettings() {
  renderWithProviders(<SettingsPage />);
  return {
    name: await screen.findByLabelText('Your name'),
    zone: screen.getByLabelText('Your time zone'),
    email: screen.getByLabelText('Your email'),
    save: screen.getByRole('button', { name: 'Save changes' }),
  };
}

describe('SettingsPage: your details', () => {
  it('asks for the coach\'s email with what it is for, refuses one that is not an email without losing it, and saves a good one', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { email, save } = await renderSettings();
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Used as the organiser of calendar invitations you send. Circlekeeper sends nothing itself.'));
    expect(email).toHaveValue('');

    await user.type(email, 'jo.example.com');
    await user.click(save);
    expect(await screen.findByText('Enter a valid email address, such as name@example.com.')).toHaveAttribute('role', 'alert');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue('jo.example.com');
    expect(bridge.callsTo('settings.update')).toEqual([]);

    await user.clear(email);
    await user.type(email, 'Jo@Example.com');
    await user.click(save);
    await waitFor(() => expect(bridge.callsTo('settings.update')).toEqual([{ coachName: 'Jo', coachTimeZone: 'Europe/London', coachEmail: 'jo@example.com' }]));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
  });

  it('refuses an unknown time zone and sends nothing', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { zone, save } = await renderSettings();

    await user.clear(zone);
    await user.type(zone, 'Europe/Atlantis');
    await user.click(save);

    expect(await screen.findByText('Unknown time zone. Use a name such as Europe/London.')).toHaveAttribute('role', 'alert');
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(zone).toHaveValue('Europe/Atlantis');
    expect(bridge.callsTo('settings.update')).toEqual([]);
    expect(bridge.writes()).toEqual([]);
  });

  it('refuses a name longer than 120 characters and sends nothing', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { name, save } = await renderSettings();

    await user.clear(name);
    await user.click(name);
    await user.paste('J'.repeat(121));
    await user.click(save);

    expect(await screen.findByText('Your name must be at most 120 characters.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.writes()).toEqual([]);
  });

  it('saves valid details (trimmed) and confirms', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { name, zone, save } = await renderSettings();
    expect(name).toHaveValue('Jo');
    expect(zone).toHaveValue('Europe/London');

    await user.clear(name);
    await user.type(name, '  Jo Baker ');
    await user.clear(zone);
    await user.type(zone, 'Pacific/Auckland');
    await user.click(save);

    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(bridge.callsTo('settings.update')).toEqual([{ coachName: 'Jo Baker', coachTimeZone: 'Pacific/Auckland', coachEmail: '' }]);
  });

  it('shows a refusal from main beside the field and keeps what was typed', async () => {
    const user = userEvent.setup();
    bridgeWith({
      'settings.update': () => {
        throw apiError('invalid_input', 'Unknown time zone. (coachTimeZone)', {
          coachTimeZone: 'This time zone is not known on this computer.',
        });
      },
    });
    const { zone, save } = await renderSettings();
    await user.clear(zone);
    await user.type(zone, 'America/Nuuk');
    await user.click(save);

    expect(await screen.findByText('This time zone is not known on this computer.')).toBeInTheDocument();
    expect(zone).toHaveValue('America/Nuuk');
  });
});

describe('SettingsPage: data and backups', () => {
  it('tells apart backups made within the same minute', async () => {
    bridgeWith({
      'backups.list': () => ({
        backups: [
          makeBackup({ id: '2027-02-03T09-30-41-000Z-a1b2c3', createdAt: '2027-02-03T09:30:41.000Z' }),
          makeBackup({ id: '2027-02-03T09-30-05-000Z-a1b2c4', createdAt: '2027-02-03T09:30:05.000Z', reason: 'manual' }),
        ],
        unreadable: [],
      }),
    });
    renderWithProviders(<SettingsPage />);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('3 Feb 2027, 09:30:41')).toBeInTheDocument();
    expect(within(table).getByText('3 Feb 2027, 09:30:05')).toBeInTheDocument();
  });

  it('lists entries of the backups folder that cannot be read, and says backups go on', async () => {
    bridgeWith({
      'backups.list': () => ({
        backups: [makeBackup()],
        unreadable: [{ name: '2025-01-01T00-00-00-000Z-abcdef', problem: 'It is a file, not a backup folder.' }],
      }),
    });
    renderWithProviders(<SettingsPage />);
    const note = await screen.findByText(/One entry in the backups folder could not be read as a backup/);
    const box = note.closest('.settings-unreadable') as HTMLElement;
    expect(box).toHaveTextContent('/home/jo/.config/Circlekeeper/data/backups/2025-01-01T00-00-00-000Z-abcdef: It is a file, not a backup folder.');
    expect(box).toHaveTextContent('keeps backing up as usual');
  });

  it('shows the data folder, the backups in words and the version', async () => {
    bridgeWith();
    renderWithProviders(<SettingsPage />);

    expect(await screen.findByText('/home/jo/.config/Circlekeeper/data')).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // 09:30 UTC is 09:30 in London in February; shown in the coach's zone whatever the machine's.
    expect(within(rows[0]!).getByText('3 Feb 2027, 09:30:00')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('When Circlekeeper started')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('18 KB')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Made by you')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('900 bytes')).toBeInTheDocument();
    expect(screen.getByText('version 0.1.0')).toBeInTheDocument();
  });

  it('makes a backup on request', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith({ 'backups.create': () => makeBackup({ reason: 'manual' }) });
    renderWithProviders(<SettingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText('Backup made')).toBeInTheDocument();
    expect(bridge.callsTo('backups.create')).toEqual([{}]);
  });

  it('restores only after confirming, explaining that current data is backed up first', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith({ 'backups.restore': ({ id }) => ({ restored: id }) });
    renderWithProviders(<SettingsPage />);

    await user.click(await screen.findByRole('button', { name: 'Restore the backup of 1 Feb 2027, 08:00:00' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Restore this backup?' });
    expect(dialog).toHaveTextContent('backs up your current data');
    expect(bridge.callsTo('backups.restore')).toEqual([]);

    const listsBefore = bridge.callsTo('backups.list').length;
    await user.click(within(dialog).getByRole('button', { name: 'Restore backup' }));
    expect(await screen.findByText('Backup restored')).toBeInTheDocument();
    expect(bridge.callsTo('backups.restore')).toEqual([{ id: '2027-02-01T08-00-00-000Z-d4e5f6' }]);
    // Every view reloads from the restored data.
    await expect.poll(() => bridge.callsTo('backups.list').length).toBeGreaterThan(listsBefore);
  });

  it('keeps the dialog open with the reason when a restore fails', async () => {
    const user = userEvent.setup();
    bridgeWith({
      'backups.restore': () => {
        throw apiError('not_found', 'That backup could not be found. It may have been removed.');
      },
    });
    renderWithProviders(<SettingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Restore the backup of 3 Feb 2027, 09:30:00' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Restore backup' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That backup could not be found.');
  });
});

describe('SettingsPage: export', () => {
  it('exports through the save dialog and says where the file went', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith({
      'data.export': () => ({ saved: true, path: '/home/jo/Documents/circlekeeper-export-2027-02-03.json', people: 25, groups: 4, bytes: 52_000 }),
    });
    renderWithProviders(<SettingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Export all data…' }));
    expect(bridge.callsTo('data.export')).toEqual([{}]);
    expect(
      await screen.findByText('25 people and 4 groups were saved to /home/jo/Documents/circlekeeper-export-2027-02-03.json.'),
    ).toBeInTheDocument();
  });

  it('says nothing when the coach cancels the dialog, and shows a refusal', async () => {
    const user = userEvent.setup();
    let answer: () => unknown = () => ({ saved: false });
    bridgeWith({ 'data.export': () => answer() as never });
    renderWithProviders(<SettingsPage />);
    const button = await screen.findByRole('button', { name: 'Export all data…' });
    await user.click(button);
    await waitFor(() => expect(button).toBeEnabled());
    expect(screen.queryByText('Export saved')).toBeNull();
    answer = () => {
      throw apiError('invalid_input', 'Save the export outside Circlekeeper’s data folder, for example in your Documents folder.');
    };
    await user.click(button);
    expect(await screen.findByText('Save the export outside Circlekeeper’s data folder, for example in your Documents folder.')).toBeInTheDocument();
  });
});
