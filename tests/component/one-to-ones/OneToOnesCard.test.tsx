import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OneToOnesCard } from '../../../src/renderer/features/one-to-ones/OneToOnesCard';
import type { OneToOneView } from '../../../src/shared/contract/one-to-ones';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { ADA, adaPlanned, benHeld, COACH, GROUP, GROUP_DETAIL, PLANNED_ID } from './one-to-ones-fixtures';

// The group's 1:1s: what each says on both clocks, and that scheduling,
// rescheduling, marking held and cancelling send exactly what the coach chose.

function renderCard(overrides: BridgeOverrides = {}, list: OneToOneView[] = [adaPlanned, benHeld]) {
  const bridge = installBridge({
    'oneToOnes.forGroup': () => list,
    'groups.get': () => GROUP_DETAIL,
    'settings.get': () => COACH,
    'oneToOnes.conflicts': () => [],
    ...overrides,
  });
  renderWithProviders(<OneToOnesCard groupId={GROUP.id} />);
  return bridge;
}

async function openSchedule() {
  const user = userEvent.setup();
  const card = await screen.findByRole('region', { name: '1:1s' });
  await waitFor(() => expect(within(card).getByRole('button', { name: 'Schedule a 1:1' })).toBeEnabled());
  await user.click(within(card).getByRole('button', { name: 'Schedule a 1:1' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Schedule a 1:1' }) };
}

describe('OneToOnesCard', () => {
  it('lists the planned 1:1s on the coach’s clock and the member’s, then the last held', async () => {
    renderCard();
    const planned = await screen.findByRole('list', { name: 'Planned' });
    const ada = within(planned).getByRole('listitem');
    expect(within(ada).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(ada).getByText('Planned')).toBeInTheDocument();
    expect(within(ada).getByText('Tue 9 Mar 2027, 09:00 (Europe/London)')).toBeInTheDocument();
    expect(within(ada).getByText('17:00 for Ada (Asia/Singapore)')).toBeInTheDocument();
    expect(within(ada).getByText('45 min')).toBeInTheDocument();
    expect(within(ada).getByText('https://meet.example.com/ada')).toBeInTheDocument();

    const earlier = screen.getByRole('list', { name: 'Last held or cancelled' });
    const ben = within(earlier).getByRole('listitem');
    expect(within(ben).getByText('Held')).toBeInTheDocument();
    expect(within(ben).getByText('60 min')).toBeInTheDocument();
    // Ben keeps the coach's clock: one time, not two.
    expect(within(ben).queryByText(/for Ben/)).toBeNull();
    // What is held is history: nothing left to do with it.
    expect(within(ben).queryByRole('button')).toBeNull();
  });

  it('says so when there are no 1:1s yet', async () => {
    renderCard({}, []);
    expect(await screen.findByText('No 1:1s yet. Schedule one with each member between meetings.')).toBeInTheDocument();
  });

  it('asks for members first when the group has none to meet', async () => {
    renderCard({ 'groups.get': () => ({ ...GROUP_DETAIL, members: [] }) }, []);
    expect(await screen.findByText('No current members to meet yet. Add members to the group first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Schedule a 1:1' })).toBeDisabled();
  });

  it('marks a 1:1 held', async () => {
    const bridge = renderCard({ 'oneToOnes.setStatus': (input) => ({ ...adaPlanned, status: input.status }) });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Mark the 1:1 with Ada Lovelace held' }));
    await waitFor(() => expect(bridge.callsTo('oneToOnes.setStatus')).toEqual([{ groupId: GROUP.id, id: PLANNED_ID, status: 'held' }]));
  });

  it('asks before cancelling, and cancels only once confirmed', async () => {
    const bridge = renderCard({ 'oneToOnes.setStatus': (input) => ({ ...adaPlanned, status: input.status }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Cancel the 1:1 with Ada Lovelace' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Cancel the 1:1 with Ada Lovelace?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(bridge.callsTo('oneToOnes.setStatus')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Cancel the 1:1 with Ada Lovelace' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel the 1:1' }));
    await waitFor(() => expect(bridge.callsTo('oneToOnes.setStatus')).toEqual([{ groupId: GROUP.id, id: PLANNED_ID, status: 'cancelled' }]));
  });

  it('offers only the current members, and shows the clashes main finds before saving anyway', async () => {
    const clash = 'Overlaps the Founders circle meeting (Tue 9 Mar 2027, 09:00–10:30) by 45 minutes.';
    const bridge = renderCard({
      'oneToOnes.conflicts': (input) => (input.time === '09:00' ? [{ kind: 'overlap', text: clash }] : []),
      'oneToOnes.schedule': (input) => ({ ...adaPlanned, id: '00000000-0000-4000-9000-0000000000e9', date: input.date, startTime: input.time }),
    });
    const { user, dialog } = await openSchedule();
    const memberSelect = within(dialog).getByLabelText(/Member/);
    expect(within(memberSelect).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a member', 'Ada Lovelace', 'Ben Okri']);
    expect(within(dialog).getByLabelText(/Length in minutes/)).toHaveValue(45);
    await user.selectOptions(memberSelect, 'Ada Lovelace');
    await user.type(within(dialog).getByLabelText(/Day/), '2027-03-09');
    await user.type(within(dialog).getByLabelText(/^Time/), '09:00');
    await user.type(within(dialog).getByLabelText(/Video link or place/), 'https://meet.example.com/ada');

    expect(await within(dialog).findByText('This time clashes:')).toBeInTheDocument();
    expect(within(dialog).getByText(clash)).toBeInTheDocument();
    expect(within(dialog).getByText('You can still save it at this time if it suits you both.')).toBeInTheDocument();
    expect(within(dialog).getByText('That is 17:00 for Ada (Asia/Singapore).')).toBeInTheDocument();
    expect(bridge.callsTo('oneToOnes.conflicts')).toContainEqual({ id: null, date: '2027-03-09', time: '09:00', minutes: 45 });
    expect(bridge.callsTo('oneToOnes.schedule')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Schedule 1:1' }));
    await waitFor(() =>
      expect(bridge.callsTo('oneToOnes.schedule')).toEqual([
        { groupId: GROUP.id, personId: ADA.id, date: '2027-03-09', time: '09:00', minutes: 45, where: 'https://meet.example.com/ada' },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Schedule a 1:1' })).toBeNull());
  });

  it('asks nothing of main while the time is incomplete', async () => {
    const bridge = renderCard();
    const { user, dialog } = await openSchedule();
    await user.type(within(dialog).getByLabelText(/Day/), '2027-03-09');
    await new Promise((r) => setTimeout(r, 400));
    expect(bridge.callsTo('oneToOnes.conflicts')).toEqual([]);
    await user.type(within(dialog).getByLabelText(/^Time/), '18:00');
    expect(await within(dialog).findByText('No clashes with your meetings, busy times or other 1:1s.')).toBeInTheDocument();
  });

  it('puts main’s error on the time field it names, keeping what was typed', async () => {
    const gap = 'The clocks go forward at 01:00 on 28 Mar 2027: 01:30 does not exist. Choose 02:30 or another time.';
    const bridge = renderCard({
      'oneToOnes.conflicts': () => {
        throw apiError('invalid_input', gap, { time: gap });
      },
      'oneToOnes.schedule': () => {
        throw apiError('invalid_input', gap, { time: gap });
      },
    });
    const { user, dialog } = await openSchedule();
    await user.selectOptions(within(dialog).getByLabelText(/Member/), 'Ben Okri');
    await user.type(within(dialog).getByLabelText(/Day/), '2027-03-28');
    await user.type(within(dialog).getByLabelText(/^Time/), '01:30');
    // The live check already says why, before the coach tries to save.
    expect(await within(dialog).findByText('This time cannot be checked')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Schedule 1:1' }));
    const time = within(dialog).getByLabelText(/^Time/);
    await waitFor(() => expect(time).toHaveAccessibleDescription(expect.stringContaining(gap)));
    expect(time).toHaveAttribute('aria-invalid', 'true');
    expect(time).toHaveValue('01:30');
    expect(bridge.callsTo('oneToOnes.schedule')).toHaveLength(1);
  });

  it('checks the form before sending: a member and a length of at least 15 minutes', async () => {
    const bridge = renderCard();
    const { user, dialog } = await openSchedule();
    const length = within(dialog).getByLabelText(/Length in minutes/);
    await user.clear(length);
    await user.type(length, '10');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule 1:1' }));
    expect(await within(dialog).findByText('Choose the member.')).toBeInTheDocument();
    expect(within(dialog).getByText('A 1:1 lasts at least 15 minutes.')).toBeInTheDocument();
    expect(bridge.callsTo('oneToOnes.schedule')).toEqual([]);
  });

  it('reschedules in the same dialog, keeping the member and checking clashes without the 1:1 itself', async () => {
    const bridge = renderCard({ 'oneToOnes.update': (input) => ({ ...adaPlanned, date: input.date, startTime: input.time }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reschedule the 1:1 with Ada Lovelace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reschedule the 1:1 with Ada Lovelace' });
    expect(within(dialog).queryByLabelText(/Member/)).toBeNull();
    const time = within(dialog).getByLabelText(/^Time/);
    await user.clear(time);
    await user.type(time, '10:30');
    await waitFor(() => expect(bridge.callsTo('oneToOnes.conflicts')).toContainEqual({ id: PLANNED_ID, date: '2027-03-09', time: '10:30', minutes: 45 }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the new time' }));
    await waitFor(() =>
      expect(bridge.callsTo('oneToOnes.update')).toEqual([{ groupId: GROUP.id, id: PLANNED_ID, date: '2027-03-09', time: '10:30', minutes: 45, where: 'https://meet.example.com/ada' }]),
    );
    expect(bridge.callsTo('oneToOnes.schedule')).toEqual([]);
  });
});
