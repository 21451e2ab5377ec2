import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parsePeopleCsv } from '../../../src/main/domain/csv-import';
import type { Person } from '../../../src/shared/entities';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { apiError, installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { addressBook, settings } from './people-fixtures';

// The fake bridge previews with the real CSV reader from main, so the rows,
// messages and duplicates the dialog shows are the ones the app would produce.

const CSV = [
  'name,email,time zone,organisation,role',
  'Ana Souza,ana@acme.example,Europe/Lisbon,Acme,Team lead',
  'Bea Lima,bea@example.com,Europe/Lisbon,Acme,Engineer',
  'Carl Dee,carl@@nope,Europe/London,,',
  'Bea Again,bea@example.com,UTC,,',
  'Dan Roe,dan@example.com,Mars/Base,,',
].join('\n');

function setup() {
  const people = addressBook();
  const existingPeople = people.map((s) => s.person);
  const parse = (csv: string) => {
    const outcome = parsePeopleCsv(csv, { existingPeople, coachTimeZone: settings.coachTimeZone });
    if (!outcome.ok) throw apiError('invalid_input', outcome.message, { csv: outcome.message });
    return outcome.preview;
  };
  const bridge = installBridge({
    'people.list': () => people,
    'settings.get': () => settings,
    'people.importPreview': ({ csv }) => parse(csv),
    'people.importCommit': ({ csv }) => {
      const rows = parse(csv).rows;
      const created = rows
        .filter((r) => r.person !== null && r.duplicateOf === null)
        .map((r, i): Person => ({
          id: `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`,
          ...r.person!,
          createdAt: '2027-01-10T09:00:00.000Z',
          updatedAt: '2027-01-10T09:00:00.000Z',
        }));
      return { created, skipped: rows.length - created.length };
    },
  });
  renderWithProviders(<PeoplePage />, { route: '/people', path: '/people' });
  return { bridge, user: userEvent.setup() };
}

async function openImport(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('table');
  await user.click(screen.getByRole('button', { name: 'Import from CSV' }));
  return screen.findByRole('dialog', { name: 'Import people from CSV' });
}

describe('CSV import dialog', () => {
  it('previews pasted CSV with per-row errors, duplicates, a summary and the import count', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);

    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(within(dialog).getByLabelText('Or paste CSV text'));
    await user.paste(CSV);
    await user.click(within(dialog).getByRole('button', { name: 'Check the file' }));

    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(bridge.callsTo('people.importPreview')).toEqual([{ csv: CSV }]);
    expect(within(preview).getByText('1 ready, 2 with errors, 2 duplicates')).toBeInTheDocument();
    expect(within(preview).getByText(/^line 4: email — Enter a valid email address/)).toBeInTheDocument();
    expect(within(preview).getByText(/^line 6: time zone — Unknown time zone/)).toBeInTheDocument();
    expect(within(preview).getByText('already in your people as Ana Souza')).toBeInTheDocument();
    expect(within(preview).getByText('repeats line 3')).toBeInTheDocument();
    // Phone is optional, so its absence is explained rather than refused.
    expect(within(preview).getByText(/no column for “phone”/)).toBeInTheDocument();

    const table = within(preview).getByRole('table');
    const beaRow = within(table).getByRole('row', { name: /Bea Lima/ });
    expect(within(beaRow).getByText('Ready')).toBeInTheDocument();
    expect(within(beaRow).getByText('3')).toBeInTheDocument();
    // The email sits under the name, in the same cell, as in the people list.
    expect(within(beaRow).getAllByRole('cell')[1]).toHaveTextContent('Bea Limabea@example.com');

    const importButton = within(dialog).getByRole('button', { name: 'Import 1 person' });
    expect(importButton).toBeEnabled();
    expect(bridge.callsTo('people.importCommit')).toHaveLength(0);

    const listReadsBefore = bridge.callsTo('people.list').length;
    await user.click(importButton);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge.callsTo('people.importCommit')).toEqual([{ csv: CSV }]);
    expect(await screen.findByText('1 person imported')).toBeInTheDocument();
    await waitFor(() => expect(bridge.callsTo('people.list').length).toBeGreaterThan(listReadsBefore));
  });

  it('reads a chosen .csv file and previews it straight away', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);
    const file = new File([CSV], 'people.csv', { type: 'text/csv' });

    const input = within(dialog).getByLabelText('Choose a CSV file…');
    // Hidden from sight for styling, yet still a real file input in the tab order.
    expect(input).toHaveAttribute('type', 'file');
    expect(input).not.toHaveAttribute('tabindex');
    expect(within(dialog).getByText('No file chosen')).toBeInTheDocument();

    await user.upload(input, file);

    expect(await within(dialog).findByText('1 ready, 2 with errors, 2 duplicates')).toBeInTheDocument();
    expect(within(dialog).getByText('Read from people.csv')).toBeInTheDocument();
    expect(within(dialog).queryByText('No file chosen')).not.toBeInTheDocument();
    expect(bridge.callsTo('people.importPreview')).toEqual([{ csv: CSV }]);
  });

  it('says clearly when a file is empty and sends nothing', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);

    await user.upload(within(dialog).getByLabelText('Choose a CSV file…'), new File([' \n'], 'empty.csv', { type: 'text/csv' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That file is empty.');
    expect(bridge.callsTo('people.importPreview')).toHaveLength(0);
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('refuses a file that is too large before reading it into the preview', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);
    const big = new File(['name,email\n', 'x'.repeat(2_000_001)], 'big.csv', { type: 'text/csv' });

    await user.upload(within(dialog).getByLabelText('Choose a CSV file…'), big);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That file is too large to import (limit 2 MB).');
    expect(bridge.callsTo('people.importPreview')).toHaveLength(0);
  });

  it('shows why main refused a file without the required columns', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);

    await user.click(within(dialog).getByLabelText('Or paste CSV text'));
    await user.paste('full name,phone\nAna,123456');
    await user.click(within(dialog).getByRole('button', { name: 'Check the file' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The file needs a header row with an "email" column.');
    expect(bridge.callsTo('people.importPreview')).toHaveLength(1);
    expect(within(dialog).queryByRole('region', { name: 'Import preview' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });
});
