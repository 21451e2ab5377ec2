import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../../src/shared/views';
import { GroupPage } from '../../../src/renderer/features/groups/GroupPage';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { addedMemberships, changedMembership, detail, formerMember, group, member, person, recordedAgreements } from './group-fixtures';

// Dates sit far from any plausible today (a start in 2190), so what the page
// treats as "later" never depends on when the test runs.

function showGroup(d: GroupDetail, overrides: BridgeOverrides = {}, tab: 'overview' | 'members' | 'norms' = 'members') {
  const bridge = installBridge({ 'groups.get': () => d, ...overrides });
  // The page has a tab per section; the tests open the one they are about.
  renderWithProviders(<GroupPage />, { route: tab === 'overview' ? `/groups/${d.group.id}` : `/groups/${d.group.id}/${tab}`, path: tab === 'overview' ? '/groups/:groupId' : '/groups/:groupId/:tab' });
  return bridge;
}

const later = (name: string) => member(person(name), { active: false, upcoming: true, joinedOn: '2190-02-01' });

async function openRowMenu(user: ReturnType<typeof userEvent.setup>, name: string, item: RegExp) {
  const more = await screen.findByRole('button', { name: `More actions for ${name}` });
  more.focus();
  await user.keyboard('{Enter}');
  await user.click(await screen.findByRole('menuitem', { name: item }));
}

describe('a group whose members start later', () => {
  it('counts them as members starting on the first day, not as an empty group, and lets them agree first', async () => {
    const d = detail(group({ startDate: '2190-02-01' }), [later('Ana Souza'), later('Ben Okafor')]);
    showGroup(d);

    const card = await screen.findByRole('region', { name: 'Members' });
    expect(within(card).getByText('2 members, starting 1 Feb 2190')).toBeInTheDocument();
    expect(within(card).queryByText(/No members yet/)).not.toBeInTheDocument();
    expect(within(card).getAllByText('Joins later')).toHaveLength(2);
    // Contracting before the start: each can have their agreement recorded now.
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Norms' }));
    expect(await screen.findByRole('button', { name: 'Record agreement for Ana Souza' })).toBeInTheDocument();
    expect(screen.getByText('2 members have not agreed to the current norms yet')).toBeInTheDocument();
  });
});

describe('adding members', () => {
  it('adds several people at once on one joining day, which defaults to a start still ahead', async () => {
    const [ana, ben, chloe] = [person('Ana Souza'), person('Ben Okafor'), person('Chloé Martin')];
    const d = detail(group({ startDate: '2190-02-01' }), []);
    const bridge = showGroup(d, {
      'people.list': () => [ana, ben, chloe].map((p) => ({ person: p, activeGroupCount: 0, groupNames: [] })),
      'memberships.addMany': addedMemberships,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add members' }));
    const dialog = await screen.findByRole('dialog', { name: /Add members to/ });
    expect(await within(dialog).findByLabelText('Joined on')).toHaveValue('2190-02-01');

    await user.click(within(dialog).getByRole('checkbox', { name: /Ana Souza/ }));
    // Chosen people stay chosen while the coach searches for the next one, typed without its accent.
    await user.type(within(dialog).getByLabelText('Search people'), 'chloe');
    await user.click(within(dialog).getByRole('checkbox', { name: /Chloé Martin/ }));
    expect(within(dialog).getByRole('checkbox', { name: /Ana Souza/ })).toBeChecked();
    expect(within(dialog).getByText('2 people chosen.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 members' }));

    await waitFor(() => expect(bridge.callsTo('memberships.addMany')).toHaveLength(1));
    expect(bridge.callsTo('memberships.addMany')[0]).toStrictEqual({
      groupId: d.group.id,
      personIds: [ana.id, chloe.id],
      joinedOn: '2190-02-01',
    });
  });

  it('shows each refusal beside the person it is about and keeps the choices for a correction', async () => {
    const [ana, ben] = [person('Ana Souza'), person('Ben Okafor')];
    const d = detail(group(), []);
    showGroup(d, {
      'people.list': () => [ana, ben].map((p) => ({ person: p, activeGroupCount: 0, groupNames: [] })),
      'memberships.addMany': () => {
        throw apiError('conflict', 'Nothing was saved: 1 of the 2 people cannot be added.', {
          'personIds.1': 'Ben Okafor was a member of this group from 1 Feb 2027 until 1 Mar 2027; the dates would overlap.',
        });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add members' }));
    const dialog = await screen.findByRole('dialog', { name: /Add members to/ });
    await user.click(await within(dialog).findByRole('checkbox', { name: /Ana Souza/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Ben Okafor/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 members' }));

    expect(await within(dialog).findByText('Nothing was saved: 1 of the 2 people cannot be added.')).toBeInTheDocument();
    const ben2 = within(dialog).getByRole('checkbox', { name: /Ben Okafor/ });
    expect(ben2).toHaveAttribute('aria-invalid', 'true');
    expect(ben2).toHaveAccessibleDescription(expect.stringContaining('the dates would overlap'));
    expect(within(dialog).getByRole('checkbox', { name: /Ana Souza/ })).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).getByRole('checkbox', { name: /Ana Souza/ })).toBeChecked();
  });
});

describe('agreement for several members at once', () => {
  it('ticks everyone who has not agreed and records them with one date', async () => {
    const [ana, ben, chloe] = [person('Ana Souza'), person('Ben Okafor'), person('Chloé Martin')];
    const d = detail(group(), [
      member(ana),
      member(ben),
      member(chloe, { agreement: { personId: chloe.id, agreedOn: '2027-02-01', revision: 2 } }),
    ]);
    const bridge = showGroup(d, { 'norms.recordAgreements': recordedAgreements(d) }, 'norms');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Record for several/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Record agreement to the norms' });
    expect(within(dialog).getAllByRole('checkbox').map((c) => [c.getAttribute('aria-invalid'), (c as HTMLInputElement).checked])).toEqual([
      [null, true],
      [null, true],
    ]);
    expect(within(dialog).queryByRole('checkbox', { name: /Chloé Martin/ })).not.toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Agreed on'), { target: { value: '2027-02-03' } });
    await user.click(within(dialog).getByRole('button', { name: 'Record agreement for 2 members' }));

    await waitFor(() => expect(bridge.callsTo('norms.recordAgreements')).toHaveLength(1));
    expect(bridge.callsTo('norms.recordAgreements')[0]).toStrictEqual({
      groupId: d.group.id,
      personIds: [ana.id, ben.id],
      agreedOn: '2027-02-03',
    });
  });
});

describe('membership dates', () => {
  it('corrects the joining day and clears a leaving date, sending null for "still a member"', async () => {
    const ana = person('Ana Souza');
    const d = detail(group(), [member(ana, { joinedOn: '2027-02-01', leftOn: '2027-09-01' })]);
    const bridge = showGroup(d, { 'memberships.updateDates': ({ joinedOn, leftOn }) => changedMembership(d)({ joinedOn, leftOn }) });
    const user = userEvent.setup();
    await openRowMenu(user, 'Ana Souza', /Change dates/);
    const dialog = await screen.findByRole('dialog', { name: 'Ana Souza’s dates in the group' });
    expect(within(dialog).getByLabelText('Left on')).toHaveValue('2027-09-01');
    fireEvent.change(within(dialog).getByLabelText('Joined on'), { target: { value: '2027-02-08' } });
    fireEvent.change(within(dialog).getByLabelText('Left on'), { target: { value: '' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save dates' }));

    await waitFor(() => expect(bridge.callsTo('memberships.updateDates')).toHaveLength(1));
    expect(bridge.callsTo('memberships.updateDates')[0]).toStrictEqual({
      groupId: d.group.id,
      membershipId: d.members[0]!.membership.id,
      joinedOn: '2027-02-08',
      leftOn: null,
    });
  });

  it('explains what a leaving date means and shows main’s refusal of a same-day leaving beside the field', async () => {
    const ana = person('Ana Souza');
    const d = detail(group(), [member(ana, { joinedOn: '2027-02-01' })]);
    const refusal = 'The leaving date must be after the joining date (1 Feb 2027): a membership lasts at least one day.';
    showGroup(d, {
      'memberships.leave': () => {
        throw apiError('invalid_input', refusal, { leftOn: refusal });
      },
    });
    const user = userEvent.setup();
    await openRowMenu(user, 'Ana Souza', /Mark as left/);
    const dialog = await screen.findByRole('dialog', { name: 'Ana Souza leaves the group' });
    const leftOn = within(dialog).getByLabelText('Left on');
    expect(leftOn).toHaveAccessibleDescription(expect.stringContaining('The first day they are no longer a member'));
    fireEvent.change(leftOn, { target: { value: '2027-02-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Mark as left' }));
    expect(await within(dialog).findByText(refusal)).toBeInTheDocument();
    expect(leftOn).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('goals and former members', () => {
  it('flags an overdue goal on the group page', async () => {
    const ana = person('Ana Souza');
    const goal = { text: 'I want to get better at delegating', targetDate: '2027-01-15', status: 'in-progress' as const, setAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' };
    showGroup(detail(group(), [member(ana, { goal, goalOverdue: true })]));
    expect(await screen.findByText(/by 15 Jan 2027 · overdue/)).toBeInTheDocument();
  });

  it('shows a former member kept anonymously without a link, a rejoin or a change of dates', async () => {
    const ana = person('Ana Souza');
    showGroup(detail(group(), [member(ana), formerMember('Former member')]));
    const former = await screen.findByRole('region', { name: 'Former members' });
    expect(within(former).getByText('Former member')).not.toHaveAttribute('href');
    expect(within(former).queryByRole('link')).not.toBeInTheDocument();
    expect(within(former).queryByRole('button', { name: /Rejoin/ })).not.toBeInTheDocument();
    expect(within(former).queryByRole('button', { name: /Change the dates/ })).not.toBeInTheDocument();
    expect(within(former).getByRole('button', { name: 'Remove Former member from the group' })).toBeInTheDocument();
  });
});
