import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useLocation } from 'react-router';
import { DashboardPage } from '../../../src/renderer/features/dashboard/DashboardPage';
import { apiError, installBridge } from '../support/bridge';
import { ids, makeDashboard, makeGroup, makeSummary, settings } from '../support/fixtures';
import { renderWithProviders } from '../support/render';

function WhereAmI() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

function renderDashboard() {
  return renderWithProviders(
    <>
      <DashboardPage />
      <WhereAmI />
    </>,
  );
}

describe('DashboardPage', () => {
  it('greets the coach, lists active groups and links each attention item to its group and person', async () => {
    installBridge({
      'settings.get': () => settings,
      'dashboard.get': () =>
        makeDashboard({
          peopleCount: 14,
          archivedGroupCount: 2,
          activeGroups: [
            makeSummary({
              activeMemberCount: 5,
              warnings: [{ code: 'members-without-goal', message: '1 member has no goal yet.', count: 1 }],
            }),
            makeSummary({
              group: makeGroup({ id: ids.founders, name: 'Founders', facilitation: 'self', mode: { type: 'in-person', address: 'Leeds' } }),
              activeMemberCount: 0,
              plannedEndDate: '2027-07-01',
              warnings: [{ code: 'no-members', message: 'No members yet.' }],
            }),
          ],
          attention: [
            {
              kind: 'group-without-members',
              groupId: ids.founders,
              groupName: 'Founders',
              message: 'Founders has no active members yet. Add people to get it started.',
            },
            {
              kind: 'member-without-goal',
              groupId: ids.leaders,
              groupName: 'New leaders circle',
              personId: ids.alex,
              personName: 'Alex Morgan',
              message: 'Alex Morgan has no goal in New leaders circle yet.',
            },
          ],
        }),
    });
    renderDashboard();

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome back, Jo' })).toBeInTheDocument();
    expect(await screen.findByText('Wednesday 3 February 2027')).toBeInTheDocument();

    const attention = screen.getByRole('region', { name: 'Needs attention' });
    // Each item leads to the group where it is fixed; a person's item also to that person.
    const items = within(attention).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Founders has no active members yet.');
    expect(within(items[0]!).getByRole('link', { name: 'Open Founders' })).toHaveAttribute('href', `/groups/${ids.founders}`);
    expect(within(items[0]!).getAllByRole('link')).toHaveLength(1);
    expect(items[1]).toHaveTextContent('Alex Morgan has no goal in New leaders circle yet.');
    expect(within(items[1]!).getByRole('link', { name: 'Open New leaders circle' })).toHaveAttribute(
      'href',
      `/groups/${ids.leaders}`,
    );
    expect(within(items[1]!).getByRole('link', { name: 'View Alex Morgan' })).toHaveAttribute('href', `/people/${ids.alex}`);

    const groups = screen.getByRole('region', { name: 'Active groups' });
    const founders = within(groups).getByRole('link', { name: 'Founders' });
    expect(founders).toHaveAttribute('href', `/groups/${ids.founders}`);
    const foundersCard = founders.closest('article')!;
    expect(within(foundersCard as HTMLElement).getByText('No members yet')).toBeInTheDocument();
    expect(within(foundersCard as HTMLElement).getByText('Self-facilitated · In person')).toBeInTheDocument();
    expect(within(foundersCard as HTMLElement).getByText('Ends 1 Jul 2027')).toBeInTheDocument();
    expect(within(foundersCard as HTMLElement).getByText('No members')).toBeInTheDocument();
    expect(within(groups).getByText('1 without a goal')).toBeInTheDocument();

    const overview = screen.getByRole('list', { name: 'Overview' });
    expect(within(overview).getByRole('link', { name: '2 Active groups' })).toBeInTheDocument();
    expect(within(overview).getByRole('link', { name: '14 People' })).toBeInTheDocument();
    expect(within(overview).getByRole('link', { name: '2 Archived groups' })).toBeInTheDocument();
    expect(screen.queryByText('Get started in three steps')).toBeNull();
  });

  it('shows a group starting later as its members and first day, and an overdue goal as something to look at', async () => {
    installBridge({
      'settings.get': () => settings,
      'dashboard.get': () =>
        makeDashboard({
          peopleCount: 8,
          activeGroups: [
            makeSummary({ activeMemberCount: 0, upcomingMemberCount: 6, nextJoinDate: '2027-03-01', warnings: [] }),
            makeSummary({
              group: makeGroup({ id: ids.founders, name: 'Founders' }),
              warnings: [{ code: 'goals-overdue', count: 2, message: '2 goals are past the target date and still open.' }],
            }),
          ],
          attention: [
            {
              kind: 'goal-overdue',
              groupId: ids.founders,
              groupName: 'Founders',
              personId: ids.alex,
              personName: 'Alex Morgan',
              message: 'Alex Morgan’s goal in Founders was due on 20 Jan 2027 and is still open.',
            },
          ],
        }),
    });
    renderDashboard();

    const groups = await screen.findByRole('region', { name: 'Active groups' });
    const leaders = within(groups).getByRole('link', { name: 'New leaders circle' }).closest('article') as HTMLElement;
    expect(within(leaders).getByText('6 members, starting 1 Mar 2027')).toBeInTheDocument();
    expect(within(leaders).queryByText('No members')).not.toBeInTheDocument();
    expect(within(groups).getByText('2 goals overdue')).toBeInTheDocument();

    const item = within(screen.getByRole('region', { name: 'Needs attention' })).getByRole('listitem');
    expect(item).toHaveTextContent('Alex Morgan’s goal in Founders was due on 20 Jan 2027 and is still open.');
    expect(within(item).getByRole('link', { name: 'View Alex Morgan' })).toHaveAttribute('href', `/people/${ids.alex}`);
  });

  it('says so when nothing needs attention', async () => {
    installBridge({
      'settings.get': () => ({ ...settings, coachName: '' }),
      'dashboard.get': () => makeDashboard({ peopleCount: 6, activeGroups: [makeSummary()] }),
    });
    renderDashboard();
    expect(await screen.findByText(/Nothing needs your attention/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Circlekeeper' })).toBeInTheDocument();
  });

  it('guides a brand-new coach through the first three steps', async () => {
    const user = userEvent.setup();
    const bridge = installBridge({ 'settings.get': () => settings, 'dashboard.get': () => makeDashboard() });
    renderDashboard();

    expect(await screen.findByRole('heading', { name: 'Get started in three steps' })).toBeInTheDocument();
    const steps = within(screen.getByRole('region', { name: 'Get started in three steps' })).getAllByRole('listitem');
    expect(steps.map((s) => within(s).getByRole('heading').textContent)).toEqual([
      'Create your first group',
      'Add the people',
      'Agree the norms',
    ]);
    expect(screen.queryByRole('region', { name: 'Needs attention' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Create a group' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/groups?new=1');
    expect(bridge.writes()).toEqual([]);
  });

  it('offers the way to add people from the empty state', async () => {
    const user = userEvent.setup();
    installBridge({ 'settings.get': () => settings, 'dashboard.get': () => makeDashboard() });
    renderDashboard();
    await user.click(await screen.findByRole('button', { name: 'Add people' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/people?new=1');
  });

  it('shows a readable error and a retry when the dashboard cannot load', async () => {
    const user = userEvent.setup();
    let fail = true;
    installBridge({
      'settings.get': () => settings,
      'dashboard.get': () => {
        if (fail) throw apiError('unavailable', 'Circlekeeper could not read your data folder.');
        return makeDashboard();
      },
    });
    renderDashboard();
    expect(await screen.findByRole('alert')).toHaveTextContent('Circlekeeper could not read your data folder.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Get started in three steps' })).toBeInTheDocument();
  });
});
