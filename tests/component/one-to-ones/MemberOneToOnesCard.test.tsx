import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemberOneToOnesCard } from '../../../src/renderer/features/one-to-ones/MemberOneToOnesCard';
import type { MemberOneToOneRow } from '../../../src/shared/contract/one-to-ones';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { ADA, adaPlanned, BEN, CLEO, COACH, GROUP, PLANNED_ID } from './one-to-ones-fixtures';

// "1:1s by member": one row per current member with their last and next 1:1
// and where they stand, as main words it; and Schedule opens the dialog on them.

const row = (over: Partial<MemberOneToOneRow> & Pick<MemberOneToOneRow, 'personId' | 'personName' | 'status' | 'because'>): MemberOneToOneRow => ({
  timeZone: 'Europe/London',
  lastHeldOn: null,
  nextPlanned: null,
  unrecordedOn: [],
  ...over,
});
const DEE = { id: '00000000-0000-4000-9000-0000000000d4', name: 'Dee Ng' };
const EVE = { id: '00000000-0000-4000-9000-0000000000d5', name: 'Eve Stone' };
const ROWS: MemberOneToOneRow[] = [
  row({ personId: ADA.id, personName: ADA.name, timeZone: ADA.timeZone, lastHeldOn: '2027-01-05', status: { kind: 'overdue', dueOn: '2027-02-10', days: 5 }, because: 'Overdue by 5 days: the 1:1 was due 10 Feb 2027.' }),
  row({
    personId: BEN.id,
    personName: BEN.name,
    lastHeldOn: '2027-01-20',
    nextPlanned: { id: PLANNED_ID, date: '2027-03-09', time: '09:00' },
    status: { kind: 'scheduled', dueOn: '2027-03-10', daysOverdue: 0 },
    because: 'Planned for 9 Mar 2027, due by 10 Mar 2027.',
  }),
  row({ personId: CLEO.id, personName: CLEO.name, lastHeldOn: '2027-02-12', status: { kind: 'up-to-date', nextDueOn: '2027-04-10' }, because: 'Up to date: the next is due by 10 Apr 2027.' }),
  row({ personId: DEE.id, personName: DEE.name, status: { kind: 'no-one-to-one-yet', dueOn: '2027-03-10' }, because: 'No 1:1 yet: the first is due by 10 Mar 2027.' }),
  row({
    personId: EVE.id,
    personName: EVE.name,
    lastHeldOn: '2027-02-01',
    unrecordedOn: ['2027-02-12'],
    status: { kind: 'due', dueOn: '2027-03-10' },
    because: 'Due by 10 Mar 2027. 1:1 on 12 Feb 2027 not recorded: mark it held or cancelled.',
  }),
];

function renderCard(rows: MemberOneToOneRow[] = ROWS) {
  const bridge = installBridge({
    'oneToOnes.byMember': () => rows,
    'oneToOnes.conflicts': () => [],
    'oneToOnes.schedule': (input) => ({ ...adaPlanned, personId: input.personId, date: input.date, startTime: input.time }),
  });
  renderWithProviders(<MemberOneToOnesCard groupId={GROUP.id} coachZone={COACH.coachTimeZone} />);
  return bridge;
}

async function rowOf(name: string): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: '1:1s by member' });
  return within(list).getByText(name, { selector: '.oto-item__name' }).closest('li')!;
}

describe('MemberOneToOnesCard', () => {
  it('shows one row per member with the last 1:1, the next on the coach’s clock and the status', async () => {
    const bridge = renderCard();
    const list = await screen.findByRole('list', { name: '1:1s by member' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(bridge.callsTo('oneToOnes.byMember')).toEqual([{ groupId: GROUP.id }]);

    const ada = await rowOf(ADA.name);
    expect(within(ada).getByText('Overdue by 5 days')).toBeInTheDocument();
    expect(within(ada).getByText('Last held Tue 5 Jan 2027')).toBeInTheDocument();
    expect(within(ada).getByText('None planned')).toBeInTheDocument();
    expect(within(ada).getByText('Overdue by 5 days: the 1:1 was due 10 Feb 2027.')).toBeInTheDocument();

    const ben = await rowOf(BEN.name);
    expect(within(ben).getByText('Scheduled')).toBeInTheDocument();
    expect(within(ben).getByText('Next Tue 9 Mar 2027, 09:00')).toBeInTheDocument();

    expect(within(await rowOf(CLEO.name)).getByText('Up to date')).toBeInTheDocument();
    const dee = await rowOf(DEE.name);
    expect(within(dee).getByText('No 1:1 yet')).toBeInTheDocument();
    expect(within(dee).getByText('No 1:1 held yet')).toBeInTheDocument();
    const eve = await rowOf(EVE.name);
    expect(within(eve).getByText('Due')).toBeInTheDocument();
    expect(within(eve).getByText('Due by 10 Mar 2027. 1:1 on 12 Feb 2027 not recorded: mark it held or cancelled.')).toBeInTheDocument();
  });

  it('says so when the group does not plan 1:1s, and still offers to schedule one', async () => {
    renderCard([row({ personId: ADA.id, personName: ADA.name, status: { kind: 'not-planned' }, because: '1:1s are not planned for this group.' })]);
    const ada = await rowOf(ADA.name);
    expect(within(ada).getByText('Not planned')).toBeInTheDocument();
    expect(screen.getByText('1:1s are not planned for this group; you can still schedule one.')).toBeInTheDocument();
    expect(within(ada).getByRole('button', { name: 'Schedule a 1:1 with Ada Lovelace' })).toBeEnabled();
  });

  it('says so when the group has no current members', async () => {
    renderCard([]);
    expect(await screen.findByText('No current members yet.')).toBeInTheDocument();
  });

  it('opens the schedule dialog on the member of the row, and schedules with them', async () => {
    const bridge = renderCard();
    const user = userEvent.setup();
    await user.click(within(await rowOf(BEN.name)).getByRole('button', { name: 'Schedule a 1:1 with Ben Okri' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a 1:1' });
    expect(within(dialog).getByLabelText(/Member/)).toHaveValue(BEN.id);
    await user.type(within(dialog).getByLabelText(/Day/), '2027-03-16');
    await user.type(within(dialog).getByLabelText(/^Time/), '10:00');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule 1:1' }));
    await waitFor(() => expect(bridge.callsTo('oneToOnes.schedule')).toEqual([{ groupId: GROUP.id, personId: BEN.id, date: '2027-03-16', time: '10:00', minutes: 45, where: '' }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Schedule a 1:1' })).toBeNull());

    // Another row's button starts afresh on that member.
    await user.click(within(await rowOf(ADA.name)).getByRole('button', { name: 'Schedule a 1:1 with Ada Lovelace' }));
    expect(within(await screen.findByRole('dialog', { name: 'Schedule a 1:1' })).getByLabelText(/Member/)).toHaveValue(ADA.id);
  });
});
