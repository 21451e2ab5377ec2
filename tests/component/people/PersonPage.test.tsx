import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../src/shared/entities';
import type { PersonDetail, PersonMembershipView } from '../../../src/shared/views';
import { PersonPage } from '../../../src/renderer/features/people/PersonPage';
import { apiError, installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { person, settings } from './people-fixtures';

// Dates are far from any plausible "today" (1990s and 2190s), so which
// memberships count as current does not depend on when the test runs.

const AT = '2027-01-10T09:00:00.000Z';

function membership(id: number, values: Partial<Membership>): Membership {
  return {
    id: `10000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    personId: '00000000-0000-4000-8000-000000000001',
    joinedOn: '1999-01-01',
    leftOn: null,
    goal: null,
    ...values,
  };
}

function view(groupNo: number, name: string, m: Membership, archived = false): PersonMembershipView {
  return {
    groupId: `20000000-0000-4000-8000-${String(groupNo).padStart(12, '0')}`,
    groupName: name,
    groupColor: '#3b82f6',
    groupArchived: archived,
    membership: m,
  };
}

function detail(): PersonDetail {
  const ana = person({
    name: 'Ana Souza',
    email: 'ana@acme.example',
    organisation: 'Acme',
    role: 'Team lead',
    timeZone: 'Europe/Lisbon',
  });
  return {
    person: ana,
    memberships: [
      view(
        1,
        'New managers',
        membership(1, {
          joinedOn: '1999-02-01',
          goal: {
            text: 'I want to get better at giving feedback',
            targetDate: '2190-03-01',
            status: 'in-progress',
            setAt: AT,
            updatedAt: AT,
          },
        }),
      ),
      view(2, 'Product leads', membership(2, { joinedOn: '1998-01-01', leftOn: '1998-06-01' })),
      view(3, 'Old circle', membership(3, { joinedOn: '1997-01-01' }), true),
    ],
  };
}

function renderPerson(d: PersonDetail) {
  return renderWithProviders(<PersonPage />, { route: `/people/${d.person.id}`, path: '/people/:personId' });
}

describe('PersonPage', () => {
  it('shows the person’s details and their memberships, current and past', async () => {
    const d = detail();
    const bridge = installBridge({ 'people.get': () => d, 'settings.get': () => settings });
    renderPerson(d);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Souza' })).toBeInTheDocument();
    expect(bridge.callsTo('people.get')).toEqual([{ id: d.person.id }]);
    expect(screen.getByText('ana@acme.example')).toBeInTheDocument();
    expect(screen.getByText('Europe/Lisbon')).toBeInTheDocument();

    const current = screen.getByRole('region', { name: 'Current groups (1)' });
    const link = within(current).getByRole('link', { name: 'New managers' });
    expect(link.getAttribute('href')).toBe(`/groups/${d.memberships[0]!.groupId}`);
    expect(within(current).getByText('Joined 1 Feb 1999')).toBeInTheDocument();
    expect(within(current).getByText('I want to get better at giving feedback')).toBeInTheDocument();
    expect(within(current).getByText('In progress')).toBeInTheDocument();
    expect(within(current).getByText('Target 1 Mar 2190')).toBeInTheDocument();

    const past = screen.getByRole('region', { name: 'Past groups (2)' });
    expect(within(past).getByRole('link', { name: 'Product leads' })).toBeInTheDocument();
    expect(within(past).getByText('Joined 1 Jan 1998 · left 1 Jun 1998')).toBeInTheDocument();
    expect(within(past).getByRole('link', { name: 'Old circle' })).toBeInTheDocument();
    expect(within(past).getByText('Archived group')).toBeInTheDocument();
  });

  it('links each group of a member and deletes them keeping the groups’ history, once their name is typed', async () => {
    const d = detail();
    const bridge = installBridge({
      'people.get': () => d,
      'settings.get': () => settings,
      'people.deleteKeepingHistory': () => ({ deleted: true as const, groupsKept: 2, groupIds: d.memberships.map((m) => m.groupId) }),
    });
    const user = userEvent.setup();
    renderPerson(d);

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Ana Souza and keep the groups’ history?' });
    const groups = within(confirm).getByRole('list', { name: 'Groups of Ana Souza' });
    const links = within(groups).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(
      [...new Map(d.memberships.map((m) => [m.groupName, `/groups/${m.groupId}`]))].sort(([a], [b]) => a.localeCompare(b)),
    );
    expect(confirm).toHaveTextContent('Former member');

    const go = within(confirm).getByRole('button', { name: 'Delete and keep the history' });
    expect(go).toBeDisabled();
    await user.type(within(confirm).getByLabelText(/to confirm/), 'Ana Souza');
    await user.click(go);

    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(bridge.callsTo('people.deleteKeepingHistory')).toEqual([{ id: d.person.id }]);
    expect(bridge.callsTo('people.delete')).toEqual([]);
  });

  it('shows the service’s reason when deleting is refused, and keeps the person', async () => {
    const d = detail();
    const reason = 'Ana Souza was added to a group while being deleted. Try deleting them again.';
    installBridge({
      'people.get': () => d,
      'settings.get': () => settings,
      'people.deleteKeepingHistory': () => {
        throw apiError('conflict', reason);
      },
    });
    const user = userEvent.setup();
    renderPerson(d);

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog');
    await user.type(within(confirm).getByLabelText(/to confirm/), 'Ana Souza');
    await user.click(within(confirm).getByRole('button', { name: 'Delete and keep the history' }));

    expect(await within(confirm).findByRole('alert')).toHaveTextContent(reason);
    expect(screen.queryByText('Navigated away')).not.toBeInTheDocument();
  });

  it('deletes a person who is in no group and goes back to the list', async () => {
    const d = { ...detail(), memberships: [] };
    const bridge = installBridge({
      'people.get': () => d,
      'settings.get': () => settings,
      'people.delete': () => ({ deleted: true as const }),
    });
    const user = userEvent.setup();
    renderPerson(d);

    expect(await screen.findByText(/Not in any group yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Delete person' }));

    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(bridge.callsTo('people.delete')).toEqual([{ id: d.person.id }]);
  });

  it('edits the person with their current values filled in', async () => {
    const d = detail();
    const bridge = installBridge({
      'people.get': () => d,
      'settings.get': () => settings,
      'people.update': ({ values }) => ({ ...d.person, ...values, updatedAt: AT }) as typeof d.person,
    });
    const user = userEvent.setup();
    renderPerson(d);

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Ana Souza' });
    expect(within(dialog).getByLabelText('Email')).toHaveValue('ana@acme.example');
    const role = within(dialog).getByLabelText('Role (optional)');
    await user.clear(role);
    await user.type(role, 'Head of product');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge.callsTo('people.update')).toEqual([
      {
        id: d.person.id,
        values: {
          name: 'Ana Souza',
          email: 'ana@acme.example',
          timeZone: 'Europe/Lisbon',
          organisation: 'Acme',
          role: 'Head of product',
          phone: '',
        },
      },
    ]);
  });

  it('explains when the person cannot be found', async () => {
    const d = detail();
    installBridge({
      'people.get': () => {
        throw apiError('not_found', 'That person could not be found. It may have been deleted.');
      },
      'settings.get': () => settings,
    });
    renderPerson(d);
    expect(await screen.findByText('That person could not be found. It may have been deleted.')).toBeInTheDocument();
  });

  it('marks an open goal whose target day has passed as overdue, and only that one', async () => {
    const goal = (targetDate: string, status: 'in-progress' | 'achieved') => ({
      text: `Goal for ${targetDate} (${status})`,
      targetDate,
      status,
      setAt: AT,
      updatedAt: AT,
    });
    const d: PersonDetail = {
      ...detail(),
      memberships: [
        view(1, 'Late circle', membership(1, { goal: goal('1999-06-01', 'in-progress') })),
        view(2, 'Done circle', membership(2, { goal: goal('1999-07-01', 'achieved') })),
        view(3, 'Future circle', membership(3, { goal: goal('2190-03-01', 'in-progress') })),
      ],
    };
    installBridge({ 'people.get': () => d, 'settings.get': () => settings });
    renderPerson(d);

    const current = await screen.findByRole('region', { name: 'Current groups (3)' });
    expect(within(current).getByText('Target 1 Jun 1999 · overdue')).toBeInTheDocument();
    // Achieved goals and targets still ahead carry no warning.
    expect(within(current).getByText('Target 1 Jul 1999')).toBeInTheDocument();
    expect(within(current).getByText('Target 1 Mar 2190')).toBeInTheDocument();
    expect(within(current).getAllByText(/overdue/)).toHaveLength(1);
  });
});
