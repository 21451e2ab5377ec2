import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { apiError, installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { addressBook, settings } from './people-fixtures';

function renderPeople() {
  return renderWithProviders(<PeoplePage />, { route: '/people', path: '/people' });
}

/** The names in the table body, top to bottom. */
function namesShown(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent ?? '');
}

describe('PeoplePage', () => {
  it('lists everyone with their details and group badges, linking to each person', async () => {
    installBridge({ 'people.list': addressBook, 'settings.get': () => settings });
    renderPeople();

    await screen.findByRole('table');
    expect(namesShown()).toEqual(['Ana Souza', 'José Álvarez', 'Mei Lin', 'Tom Okafor']);
    expect(screen.getByText('4 people')).toBeInTheDocument();
    const ana = screen.getByRole('link', { name: 'Ana Souza' });
    expect(ana.getAttribute('href')).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    const anaGroups = screen.getByRole('list', { name: 'Groups of Ana Souza' });
    expect(within(anaGroups).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['New managers', 'Product leads']);
  });

  it('filters as the coach types, ignoring case and accents, and says how many match', async () => {
    installBridge({ 'people.list': addressBook, 'settings.get': () => settings });
    const user = userEvent.setup();
    renderPeople();
    await screen.findByRole('table');
    const search = screen.getByRole('searchbox', { name: 'Search people' });

    await user.type(search, 'ALVAREZ');
    expect(namesShown()).toEqual(['José Álvarez']);
    expect(screen.getByText('1 of 4 people')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ana Souza' })).not.toBeInTheDocument();

    // Organisation and role are searched too.
    await user.clear(search);
    await user.type(search, 'designer');
    expect(namesShown()).toEqual(['Mei Lin']);

    await user.clear(search);
    await user.type(search, 'nobody-like-this');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Nobody matches')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(namesShown()).toHaveLength(4);
  });

  it('filters by organisation, group membership and time zone', async () => {
    installBridge({ 'people.list': addressBook, 'settings.get': () => settings });
    const user = userEvent.setup();
    renderPeople();
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Groups'), 'Not in a group');
    expect(namesShown()).toEqual(['Mei Lin']);

    await user.selectOptions(screen.getByLabelText('Groups'), 'Product leads');
    expect(namesShown()).toEqual(['Ana Souza', 'Tom Okafor']);

    await user.selectOptions(screen.getByLabelText('Groups'), 'In any group');
    await user.selectOptions(screen.getByLabelText('Time zone'), 'Europe/London');
    expect(namesShown()).toEqual(['José Álvarez', 'Tom Okafor']);

    await user.selectOptions(screen.getByLabelText('Organisation'), 'Globex');
    expect(namesShown()).toEqual(['José Álvarez']);
    expect(screen.getByText('1 of 4 people')).toBeInTheDocument();
  });

  it('sorts by organisation, keeping people without one at the bottom', async () => {
    installBridge({ 'people.list': addressBook, 'settings.get': () => settings });
    const user = userEvent.setup();
    renderPeople();
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: /^Organisation/ }));
    expect(namesShown()).toEqual(['Ana Souza', 'José Álvarez', 'Mei Lin', 'Tom Okafor']);
    await user.click(screen.getByRole('button', { name: /^Organisation/ }));
    expect(namesShown()).toEqual(['Mei Lin', 'José Álvarez', 'Ana Souza', 'Tom Okafor']);
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(namesShown()).toEqual(['Ana Souza', 'José Álvarez', 'Mei Lin', 'Tom Okafor']);
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(namesShown()).toEqual(['Tom Okafor', 'Mei Lin', 'José Álvarez', 'Ana Souza']);
  });

  it('guides a new coach when there is nobody yet', async () => {
    installBridge({ 'people.list': () => [], 'settings.get': () => settings });
    const user = userEvent.setup();
    renderPeople();

    expect(await screen.findByText('No people yet')).toBeInTheDocument();
    expect(screen.getByText(/name,email,time zone,organisation,role,phone/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    expect(await screen.findByRole('dialog', { name: 'Add a person' })).toBeInTheDocument();
  });

  it('shows a readable error when the list cannot be loaded', async () => {
    installBridge({
      'people.list': () => {
        throw apiError('unavailable', 'Your data folder is not available right now.');
      },
    });
    renderPeople();
    expect(await screen.findByText('Your data folder is not available right now.')).toBeInTheDocument();
  });
});
