import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../src/shared/views';
import { GroupsPage } from '../../../src/renderer/features/groups/GroupsPage';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { group, settings } from './group-fixtures';

function summary(values: Partial<GroupSummary> & Pick<GroupSummary, 'group'>): GroupSummary {
  return { activeMemberCount: 6, upcomingMemberCount: 0, nextJoinDate: null, plannedEndDate: '2028-02-01', warnings: [], ...values };
}

describe('GroupsPage', () => {
  it('guides a new coach to create their first group', async () => {
    installBridge({ 'groups.list': () => [], 'settings.get': () => settings });
    const user = userEvent.setup();
    renderWithProviders(<GroupsPage />, { route: '/groups', path: '/groups' });

    expect(await screen.findByRole('heading', { name: 'No active groups' })).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'New group' });
    await user.click(buttons[buttons.length - 1]!);
    expect(await screen.findByRole('dialog', { name: 'New group' })).toBeInTheDocument();
  });

  it('lists each group with its kind, members, dates and warnings', async () => {
    const big = group({
      name: 'Product leads',
      purpose: 'Product leads at Acme learning to coach their teams rather than fix every problem themselves.',
      kind: { type: 'internal', organisation: 'Acme', sponsorName: 'Dana', sponsorEmail: 'dana@acme.example' },
      facilitation: 'self',
      mode: { type: 'in-person', address: 'Acme HQ' },
      startDate: '2027-01-15',
    });
    installBridge({
      'groups.list': () => [
        summary({ group: group({ name: 'New managers' }), activeMemberCount: 6 }),
        summary({
          group: big,
          activeMemberCount: 9,
          plannedEndDate: '2027-07-15',
          warnings: [{ code: 'norms-not-agreed', count: 2, message: '2 members have not agreed to the current norms.' }],
        }),
      ],
    });
    renderWithProviders(<GroupsPage />, { route: '/groups', path: '/groups' });

    const link = await screen.findByRole('link', { name: 'Product leads' });
    const row = link.closest('tr')!;
    expect(within(row).getByText('Internal: Acme')).toBeInTheDocument();
    expect(within(row).getByText('Self-facilitated')).toBeInTheDocument();
    expect(within(row).getByText('In person')).toBeInTheDocument();
    expect(within(row).getByText('9')).toBeInTheDocument();
    expect(within(row).getByText('15 Jan 2027 – 15 Jul 2027')).toBeInTheDocument();
    // A long purpose is cut to two lines on screen, with all of it in the title.
    const purpose = within(row).getByText(/^Product leads at Acme/);
    expect(purpose).toHaveAttribute('title', purpose.textContent);
    const warnings = within(row).getByRole('list', { name: 'Needs attention: Product leads' });
    expect(within(warnings).getByText('More than 8 members')).toBeInTheDocument();
    expect(within(warnings).getByText('2 members have not agreed to the current norms.')).toBeInTheDocument();

    const calm = screen.getByRole('link', { name: 'New managers' }).closest('tr')!;
    expect(within(calm).queryByRole('list')).not.toBeInTheDocument();
  });

  it('asks main for archived groups only when “Show archived” is ticked', async () => {
    const bridge = installBridge({
      'groups.list': ({ includeArchived }) =>
        includeArchived
          ? [summary({ group: group({ name: 'Old circle', archivedAt: '2027-01-01T00:00:00.000Z' }) })]
          : [],
    });
    const user = userEvent.setup();
    renderWithProviders(<GroupsPage />, { route: '/groups', path: '/groups' });
    await screen.findByRole('heading', { name: 'No active groups' });

    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    const link = await screen.findByRole('link', { name: 'Old circle' });
    expect(within(link.closest('tr')!).getByText('Archived')).toBeInTheDocument();
    await waitFor(() => expect(bridge.callsTo('groups.list')).toContainEqual({ includeArchived: true }));
  });
});
