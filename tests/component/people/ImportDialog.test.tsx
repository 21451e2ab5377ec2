import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { previewAddressBook } from '../../../src/main/domain/address-book';
import type { AddressBookInput } from '../../../src/shared/address-book';
import type { Person } from '../../../src/shared/entities';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { apiError, installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { addressBook, settings } from './people-fixtures';

// The fake bridge previews with the real address-book reader from main, so the
// rows, messages and duplicates the dialog shows are the ones the app would produce.

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
  const straightThrough = { shouldYield: () => false, yieldNow: () => Promise.resolve() };
  const parse = async (source: AddressBookInput) => {
    const outcome = await previewAddressBook(source, { existingPeople, coachTimeZone: settings.coachTimeZone }, straightThrough);
    if (!outcome.ok) throw apiError('invalid_input', outcome.message, { text: outcome.message });
    return outcome.preview;
  };
  const bridge = installBridge({
    'people.list': () => people,
    'settings.get': () => settings,
    'people.importPreview': (source) => parse(source),
    'people.importCommit': async (source) => {
      const rows = (await parse(source)).rows;
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
  await user.click(screen.getByRole('button', { name: 'Import people' }));
  return screen.findByRole('dialog', { name: 'Import people' });
}

const sample = (name: string, type: string) =>
  // happy-dom gives modules an http: URL, so the samples are found from the project root.
  new File([readFileSync(path.resolve('tests/fixtures/address-books', name))], name, { type });

describe('import dialog', () => {
  it('asks before Escape or Cancel throws away a pasted file, and closes at once when nothing was given', async () => {
    const { user } = setup();
    let dialog = await openImport(user);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import people' })).not.toBeInTheDocument());

    dialog = await openImport(user);
    await user.click(within(dialog).getByLabelText('Or paste the file’s text'));
    await user.paste(CSV);
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByLabelText('Or paste the file’s text')).toHaveValue(CSV);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('alertdialog', { name: 'Discard your changes?' })).toBeInTheDocument();
  });

  it('previews pasted CSV with per-row errors, duplicates, a summary and the import count', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);

    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(within(dialog).getByLabelText('Or paste the file’s text'));
    await user.paste(CSV);
    await user.click(within(dialog).getByRole('button', { name: 'Check the file' }));

    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(bridge.callsTo('people.importPreview')).toEqual([{ text: CSV, format: 'csv' }]);
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
    expect(bridge.callsTo('people.importCommit')).toEqual([{ text: CSV, format: 'csv' }]);
    expect(await screen.findByText('1 person imported')).toBeInTheDocument();
    await waitFor(() => expect(bridge.callsTo('people.list').length).toBeGreaterThan(listReadsBefore));
  });

  it('reads a chosen .csv file and previews it straight away', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);
    const file = new File([CSV], 'people.csv', { type: 'text/csv' });

    const input = within(dialog).getByLabelText('Choose a file…');
    // Hidden from sight for styling, yet still a real file input in the tab order.
    expect(input).toHaveAttribute('type', 'file');
    expect(input).not.toHaveAttribute('tabindex');
    expect(within(dialog).getByText('A .csv or .vcf file')).toBeInTheDocument();

    await user.upload(input, file);

    expect(await within(dialog).findByText('1 ready, 2 with errors, 2 duplicates')).toBeInTheDocument();
    expect(within(dialog).getByText('Read from people.csv')).toBeInTheDocument();
    expect(within(dialog).queryByText('A .csv or .vcf file')).not.toBeInTheDocument();
    expect(bridge.callsTo('people.importPreview')).toEqual([{ text: CSV, format: 'csv' }]);
  });

  it('says clearly when a file is empty and sends nothing', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);

    await user.upload(within(dialog).getByLabelText('Choose a file…'), new File([' \n'], 'empty.csv', { type: 'text/csv' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That file is empty.');
    expect(bridge.callsTo('people.importPreview')).toHaveLength(0);
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('refuses a file that is too large before reading it into the preview', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);
    const big = new File(['name,email\n', 'x'.repeat(2_000_001)], 'big.csv', { type: 'text/csv' });

    await user.upload(within(dialog).getByLabelText('Choose a file…'), big);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('That file is too large to import (limit 2 MB).');
    expect(bridge.callsTo('people.importPreview')).toHaveLength(0);
  });

  it('shows why main refused a file without the required columns', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);

    await user.click(within(dialog).getByLabelText('Or paste the file’s text'));
    await user.paste('full name,phone\nAna,123456');
    await user.click(within(dialog).getByRole('button', { name: 'Check the file' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The file needs a header row with an "email" column.');
    expect(bridge.callsTo('people.importPreview')).toHaveLength(1);
    expect(within(dialog).queryByRole('region', { name: 'Import preview' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('recognises pasted vCard text and sends it as a vCard', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Kim\r\nEMAIL:grace@meridian.example\r\nTITLE:CTO\r\nEND:VCARD\r\n';

    await user.click(within(dialog).getByLabelText('Or paste the file’s text'));
    await user.paste(vcard);
    await user.click(within(dialog).getByRole('button', { name: 'Check the file' }));

    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(bridge.callsTo('people.importPreview')).toEqual([{ text: vcard, format: 'vcard' }]);
    expect(within(preview).getByRole('row', { name: /Grace Kim/ })).toHaveTextContent('Ready');
    expect(within(preview).getByText(/None of the contacts in the file has a time zone, an organisation or a phone/)).toBeInTheDocument();
  });

  it('reads an Apple Contacts .vcf file, and says how each detail was read', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);

    await user.upload(within(dialog).getByLabelText('Choose a file…'), sample('apple-contacts.vcf', 'text/vcard'));

    expect(await within(dialog).findByText('3 ready, 1 with an error, 0 duplicates')).toBeInTheDocument();
    expect(bridge.callsTo('people.importPreview')[0]?.format).toBe('vcard');
    const sources = within(dialog).getByText(/How the file was read \(vCard\)/).closest('details')!;
    expect(within(sources).getByText('role').nextSibling).toHaveTextContent('TITLE, ROLE');
    expect(within(dialog).getByRole('button', { name: 'Import 3 people' })).toBeEnabled();
  });

  it('reads a Windows-1252 Outlook export without mangling accents', async () => {
    const { user } = setup();
    const dialog = await openImport(user);

    await user.upload(within(dialog).getByLabelText('Choose a file…'), sample('outlook-desktop-contacts.csv', 'text/csv'));

    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByRole('row', { name: /Zoë Müller/ })).toHaveTextContent('Geschäftsführerin');
    expect(within(preview).getByText(/How the file was read \(CSV\)/)).toBeInTheDocument();
  });

  it('names the LinkedIn connections that have no email address instead of refusing the file', async () => {
    const { user } = setup();
    const dialog = await openImport(user);

    await user.upload(within(dialog).getByLabelText('Choose a file…'), sample('linkedin-connections.csv', 'text/csv'));

    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByText('2 people have no email address')).toBeInTheDocument();
    expect(within(preview).getByText(/^line 6: email — No email address:/)).toBeInTheDocument();
    expect(within(preview).getByText(/^line 8: email — No email address:/)).toBeInTheDocument();
    // The file has no zones: a ready row shows the coach's, which is what will be saved.
    const amara = within(preview).getByRole('row', { name: /Amara Okafor/ });
    expect(within(amara).getByTitle('Your own time zone: the file gives none')).toHaveTextContent('Europe/Lisbon');
    expect(within(dialog).getByRole('button', { name: 'Import 3 people' })).toBeEnabled();
  });

  it('suggests leaving photos out when a vCard file is too large', async () => {
    const { bridge, user } = setup();
    const dialog = await openImport(user);
    const big = new File(['BEGIN:VCARD\r\n', 'x'.repeat(2_000_001)], 'contacts.vcf', { type: 'text/vcard' });

    await user.upload(within(dialog).getByLabelText('Choose a file…'), big);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/limit 2 MB\). Photos take most of the room/);
    expect(bridge.callsTo('people.importPreview')).toHaveLength(0);
  });

  it('shows why main refused a file with too many people', async () => {
    const { user } = setup();
    const dialog = await openImport(user);
    const rows = ['name,email', ...Array.from({ length: 2_001 }, (_, i) => `P${i},p${i}@example.com`)].join('\n');

    await user.upload(within(dialog).getByLabelText('Choose a file…'), new File([rows], 'big.csv', { type: 'text/csv' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This file has 2,001 rows of people; Circlekeeper imports at most 2,000 at a time.',
    );
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });
});
