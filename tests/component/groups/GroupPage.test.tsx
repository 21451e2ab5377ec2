import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../../src/shared/views';
import { GroupPage } from '../../../src/renderer/features/groups/GroupPage';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { addedMemberships, changedMembership, defaultNorms, detail, group, member, person, recordedAgreements } from './group-fixtures';

function showGroup(d: GroupDetail, overrides: BridgeOverrides = {}, tab: 'overview' | 'members' | 'norms' = 'members') {
  const bridge = installBridge({ 'groups.get': () => d, ...overrides });
  // The page has a tab per section; the tests open the one they are about.
  renderWithProviders(<GroupPage />, { route: tab === 'overview' ? `/groups/${d.group.id}` : `/groups/${d.group.id}/${tab}`, path: tab === 'overview' ? '/groups/:groupId' : '/groups/:groupId/:tab' });
  return bridge;
}

const agreed = (p: { id: string }, revision = 2) => ({ personId: p.id, agreedOn: '2027-02-01', revision });

describe('GroupPage', () => {
  it('lists the active members who have not agreed to the current norms', async () => {
    const ana = person('Ana Souza');
    const ben = person('Ben Okafor');
    const chloe = person('Chloé Martin');
    const dev = person('Dev Patel');
    const d = detail(group(), [
      member(ana, { agreement: agreed(ana) }),
      member(ben, { staleAgreement: agreed(ben, 1) }),
      member(chloe),
      member(dev, { active: false, leftOn: '2027-02-15' }),
    ]);
    showGroup(d, {}, 'norms');

    const list = await screen.findByRole('list', { name: 'Members who have not agreed yet' });
    const names = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names).toEqual(['Ben Okafor', 'Chloé Martin']);
    expect(screen.getByText('2 members have not agreed to the current norms yet')).toBeInTheDocument();
    // Each member's state is spelled out too, including the stale agreement.
    expect(screen.getAllByText('Agreed on 1 Feb 2027').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Agreed to an earlier version/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Record agreement for Chloé Martin' })).toBeInTheDocument();
    // Former members are history, not a to-do: they are listed on the Members tab.
    expect(within(list).queryByText('Dev Patel')).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Members' }));
    expect(await screen.findByRole('heading', { name: 'Former members' })).toBeInTheDocument();
  });

  it('says so when everyone has agreed', async () => {
    const ana = person('Ana Souza');
    showGroup(detail(group(), [member(ana, { agreement: agreed(ana) })]), {}, 'norms');
    expect(await screen.findByText('Everyone has agreed to the current norms')).toBeInTheDocument();
  });

  it('records an agreement on the chosen day', async () => {
    const ana = person('Ana Souza');
    const d = detail(group(), [member(ana)]);
    const bridge = showGroup(d, { 'norms.recordAgreements': recordedAgreements(d) }, 'norms');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record agreement for Ana Souza' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record agreement to the norms' });
    expect(within(dialog).getByRole('checkbox', { name: /Ana Souza/ })).toBeChecked();
    fireEvent.change(within(dialog).getByLabelText('Agreed on'), { target: { value: '2027-02-03' } });
    await user.click(within(dialog).getByRole('button', { name: 'Record agreement' }));

    await waitFor(() => expect(bridge.callsTo('norms.recordAgreements')).toHaveLength(1));
    expect(bridge.callsTo('norms.recordAgreements')[0]).toStrictEqual({
      groupId: d.group.id,
      personIds: [ana.id],
      agreedOn: '2027-02-03',
    });
  });

  it('warns when the group has more than 8 active members', async () => {
    const members = Array.from({ length: 9 }, (_, i) => member(person(`Member ${String.fromCharCode(65 + i)}`)));
    showGroup(detail(group(), members));
    expect(await screen.findByText(/Peer groups work best with 5 to 7 members/)).toBeInTheDocument();
  });

  it('does not warn about size at 8 members', async () => {
    const members = Array.from({ length: 8 }, (_, i) => member(person(`Member ${String.fromCharCode(65 + i)}`)));
    showGroup(detail(group(), members));
    await screen.findByRole('heading', { name: 'Members' });
    expect(screen.queryByText(/Peer groups work best/)).not.toBeInTheDocument();
  });

  it('deletes only after the exact group name is typed', async () => {
    const d = detail(group({ name: 'Product leads' }), []);
    const bridge = showGroup(d, { 'groups.delete': () => ({ deleted: true }) });
    const user = userEvent.setup();

    const more = await screen.findByRole('button', { name: 'More actions for this group' });
    more.focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitem', { name: /Delete group/ }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Delete Product leads?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete group' });
    const typed = within(dialog).getByLabelText(/to confirm/);
    expect(confirm).toBeDisabled();
    await user.type(typed, 'product leads');
    expect(confirm).toBeDisabled();
    await user.clear(typed);
    await user.type(typed, 'Product leads ');
    expect(confirm).toBeDisabled();
    expect(bridge.writes()).toHaveLength(0);

    await user.clear(typed);
    await user.type(typed, 'Product leads');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(bridge.callsTo('groups.delete')).toStrictEqual([{ id: d.group.id, confirmName: 'Product leads' }]);
  });

  it('moves a norm with a labelled button', async () => {
    const norms = defaultNorms();
    const d = detail(group(), [], norms);
    const bridge = showGroup(d, { 'norms.move': () => d }, 'norms');
    const user = userEvent.setup();
    const up = await screen.findByRole('button', { name: /^Move ‘Listen respectfully.*’ up$/ });
    expect(screen.getByRole('button', { name: /^Move ‘Confidentiality.*’ up$/ })).toBeDisabled();
    await user.click(up);
    await waitFor(() => expect(bridge.callsTo('norms.move')).toHaveLength(1));
    expect(bridge.callsTo('norms.move')[0]).toStrictEqual({ groupId: d.group.id, normId: norms[1]!.id, direction: 'up' });
  });

  it('refuses a one-letter norm and sends nothing', async () => {
    const d = detail(group(), []);
    const bridge = showGroup(d, {}, 'norms');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Add a norm'), 'x');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByLabelText('Add a norm')).toHaveAccessibleDescription('Norm needs at least 2 characters.');
    expect(bridge.writes()).toHaveLength(0);
  });

  it('offers only people who are not already members when adding one', async () => {
    const ana = person('Ana Souza');
    const ben = person('Ben Okafor');
    const chloe = person('Chloé Martin');
    const d = detail(group(), [member(ana), member(ben, { active: false, leftOn: '2027-02-15' })]);
    const bridge = showGroup(d, {
      'people.list': () =>
        [ana, ben, chloe].map((p) => ({ person: p, activeGroupCount: 0, groupNames: [] })),
      'memberships.addMany': addedMemberships,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add members' }));
    const dialog = await screen.findByRole('dialog', { name: /Add members to/ });
    await within(dialog).findByRole('group', { name: 'People' });

    expect(within(dialog).queryByRole('checkbox', { name: /Ana Souza/ })).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Search people'), 'chlo');
    expect(within(dialog).queryByRole('checkbox', { name: /Ben Okafor/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /Chloé Martin/ }));
    fireEvent.change(within(dialog).getByLabelText('Joined on'), { target: { value: '2027-03-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));

    await waitFor(() => expect(bridge.callsTo('memberships.addMany')).toHaveLength(1));
    expect(bridge.callsTo('memberships.addMany')[0]).toStrictEqual({
      groupId: d.group.id,
      personIds: [chloe.id],
      joinedOn: '2027-03-01',
    });
  });

  it('asks for a person before adding a member', async () => {
    const ana = person('Ana Souza');
    const d = detail(group(), []);
    const bridge = showGroup(d, { 'people.list': () => [{ person: ana, activeGroupCount: 0, groupNames: [] }] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add members' }));
    const dialog = await screen.findByRole('dialog', { name: /Add members to/ });
    await within(dialog).findByRole('group', { name: 'People' });
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));
    expect(await within(dialog).findByText('Choose at least one person.')).toBeInTheDocument();
    expect(bridge.writes()).toHaveLength(0);
  });

  it('sets a goal with the goal form and refuses one that is too short', async () => {
    const ana = person('Ana Souza');
    const d = detail(group(), [member(ana)]);
    const bridge = showGroup(d, { 'goals.set': () => changedMembership(d)() });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Set goal for Ana Souza' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set a goal for Ana Souza' });
    const text = within(dialog).getByLabelText('I want to get better at…');
    await user.type(text, 'ok');
    await user.click(within(dialog).getByRole('button', { name: 'Save goal' }));
    expect(await within(dialog).findByText('Goal needs at least 3 characters.')).toBeInTheDocument();
    expect(bridge.writes()).toHaveLength(0);

    await user.clear(text);
    await user.type(text, 'giving feedback my team can act on');
    fireEvent.change(within(dialog).getByLabelText('Target date'), { target: { value: '2027-04-01' } });
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'in-progress');
    await user.click(within(dialog).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(bridge.callsTo('goals.set')).toHaveLength(1));
    expect(bridge.callsTo('goals.set')[0]).toStrictEqual({
      groupId: d.group.id,
      membershipId: d.members[0]!.membership.id,
      goal: { text: 'giving feedback my team can act on', targetDate: '2027-04-01', status: 'in-progress' },
    });
  });

  it('shows a friendly message with a way back when the group does not exist', async () => {
    installBridge({
      'groups.get': () => {
        throw apiError('not_found', 'Group could not be found. It may have been deleted.');
      },
    });
    renderWithProviders(<GroupPage />, {
      route: '/groups/00000000-0000-4000-8000-0000000000ff',
      path: '/groups/:groupId',
    });
    expect(await screen.findByRole('heading', { name: 'This group could not be found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all groups' })).toHaveAttribute('href', '/groups');
  });

  it('shows the overview, with the video link as plain text and the sponsor of an internal group', async () => {
    const g = group({
      kind: { type: 'internal', organisation: 'Acme', sponsorName: 'Dana Boss', sponsorEmail: 'dana@acme.example' },
      mode: { type: 'hybrid', videoLink: 'https://meet.example/acme', address: 'Acme HQ' },
    });
    showGroup(detail(g, []), {}, 'overview');
    const overview = await screen.findByRole('region', { name: 'Overview' });
    const link = within(overview).getByText('https://meet.example/acme');
    expect(link).not.toHaveAttribute('href');
    // Cut to one line when long, so the whole value waits in the title.
    expect(link).toHaveAttribute('title', 'https://meet.example/acme');
    expect(within(overview).getByText('dana@acme.example')).toHaveAttribute('title', 'dana@acme.example');
    expect(within(overview).getByText('Dana Boss')).toBeInTheDocument();
    expect(within(overview).getByText('Acme HQ')).toBeInTheDocument();
    expect(screen.getByText('Internal: Acme')).toBeInTheDocument();
  });
});
