import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeetingPage as Page, MemberStatsView } from '../../../src/shared/meeting-views';
import { MeetingPage } from '../../../src/renderer/features/meetings/MeetingPage';
import { plannedMeeting } from '../../support/meetings';
import { installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// The meeting page's forms: they check what the coach typed with the
// contract's schemas before anything is sent, and send exactly what was chosen.

const GROUP = '00000000-0000-4000-8000-000000000001';
const ADA = '00000000-0000-4000-8000-0000000000a1';
const BO = '00000000-0000-4000-8000-0000000000b1';
const meeting = plannedMeeting({ id: '00000000-0000-4000-9000-000000000001', date: '2027-01-12' });

const member = (membershipId: string, name: string, coachee: boolean) => ({
  membershipId,
  personId: null,
  name,
  goal: null,
  attendance: 'present' as const,
  checkIn: null,
  coachee,
  nextSteps: [],
});

const page = (): Page => ({
  group: { id: GROUP, name: 'Tuesday Circle', color: '#2563eb', timeZone: 'Europe/London', archived: false },
  meeting,
  state: 'planned',
  heldAt: null,
  started: true,
  inGroupZone: { timeZone: 'Europe/London', date: '2027-01-12', startTime: '18:00', endDate: '2027-01-12', endTime: '20:00' },
  inCoachZone: { timeZone: 'Europe/London', date: '2027-01-12', startTime: '18:00', endDate: '2027-01-12', endTime: '20:00' },
  place: { type: 'virtual', videoLink: 'https://meet.example.com/tuesday' },
  placeIsOverride: false,
  number: 2,
  of: 3,
  previous: null,
  next: null,
  coacheesPerMeeting: 1,
  template: { own: false, items: [{ kind: 'hot-seat', title: 'Hot seat', timing: { type: 'remainder' }, included: true }] },
  coachees: [{ membershipId: ADA, name: 'Ada Obi', reason: 'rotation' }],
  coacheesByHand: false,
  agenda: {
    items: [
      { kind: 'check-in', title: 'Check-in on progress', minutes: 20, startsAt: 0, coacheeName: null },
      { kind: 'hot-seat', title: 'Hot seat', minutes: 100, startsAt: 20, coacheeName: 'Ada Obi' },
    ],
    check: { totalMinutes: 120, meetingMinutes: 120, fits: true, warnings: [] },
    edited: false,
    template: 'method',
  },
  members: [member(ADA, 'Ada Obi', true), member(BO, 'Bo Lindqvist', false)],
  review: [],
});

const stats: MemberStatsView = { groupId: GROUP, heldCount: 1, plannedCount: 2, unrecordedCount: 0, coacheesPerMeeting: 1, members: [] };
const changed = { meetingId: meeting.id, recordsYear: 2027 };

function show(overrides: BridgeOverrides = {}) {
  const bridge = installBridge({ 'meetings.page': () => page(), 'meetings.memberStats': () => stats, ...overrides });
  renderWithProviders(<MeetingPage />, { route: `/groups/${GROUP}/meetings/${meeting.id}`, path: '/groups/:groupId/meetings/:meetingId' });
  return bridge;
}

describe('MeetingPage', () => {
  it('shows the agenda on the group’s clock with the coachee in the hot seat', async () => {
    show();
    const agenda = await screen.findByRole('region', { name: 'Agenda' });
    expect(within(agenda).getByText('18:20')).toBeInTheDocument();
    expect(within(agenda).getByText('Ada Obi')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notes for this meeting' })).toHaveTextContent(/encrypted/);
  });

  it('totals an edited agenda as the coach types, and refuses an empty title without sending anything', async () => {
    const user = userEvent.setup();
    const bridge = show({ 'meetings.saveAgenda': () => changed });
    await user.click(await screen.findByRole('button', { name: 'Edit agenda' }));
    const editor = screen.getByRole('dialog', { name: 'Edit the agenda' });
    const [firstMinutes] = within(editor).getAllByRole('spinbutton', { name: 'Minutes' });
    await user.clear(firstMinutes!);
    await user.type(firstMinutes!, '30');
    expect(within(editor).getByRole('status')).toHaveTextContent('Adds up to 130 minutes: 10 more than the 120-minute meeting.');
    const [firstTitle] = within(editor).getAllByRole('textbox', { name: /Title/ });
    await user.clear(firstTitle!);
    await user.click(within(editor).getByRole('button', { name: 'Save agenda' }));
    expect(await within(editor).findByText('Title is required.')).toBeInTheDocument();
    expect(bridge.callsTo('meetings.saveAgenda')).toEqual([]);

    await user.type(firstTitle!, 'Arrivals');
    await user.click(within(editor).getByRole('button', { name: 'Save agenda' }));
    await waitFor(() => expect(bridge.callsTo('meetings.saveAgenda')).toHaveLength(1));
    expect(bridge.callsTo('meetings.saveAgenda')[0]!.agenda).toEqual({
      type: 'edited',
      items: [
        { kind: 'check-in', title: 'Arrivals', minutes: 30 },
        { kind: 'hot-seat', title: 'Hot seat', minutes: 100 },
      ],
    });
  });

  it('asks how it is going before saving a check-in, and sends the summary trimmed', async () => {
    const user = userEvent.setup();
    const bridge = show({ 'meetings.recordCheckIn': () => changed });
    await user.click(await screen.findByRole('button', { name: 'Record Bo Lindqvist’s check-in' }));
    const form = screen.getByRole('dialog', { name: 'Bo Lindqvist’s check-in' });
    await user.type(within(form).getByLabelText('Summary'), '  Asked for a stretch project  ');
    await user.click(within(form).getByRole('button', { name: 'Save check-in' }));
    expect(await within(form).findByText('Choose how it is going.')).toBeInTheDocument();
    expect(bridge.callsTo('meetings.recordCheckIn')).toEqual([]);
    await user.click(within(form).getByRole('radio', { name: 'Some progress' }));
    await user.click(within(form).getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(bridge.callsTo('meetings.recordCheckIn')).toHaveLength(1));
    expect(bridge.callsTo('meetings.recordCheckIn')[0]).toMatchObject({ membershipId: BO, progress: 'some-progress', summary: 'Asked for a stretch project' });
  });

  it('shows what a swap does to fairness before making it', async () => {
    const user = userEvent.setup();
    const bridge = show({
      'meetings.previewSwap': () => ({
        coachees: [BO],
        staysFair: true,
        unevennessBefore: 0.5,
        unevennessAfter: 0.5,
        changes: [{ membershipId: BO, name: 'Bo Lindqvist', totalBefore: 1, totalAfter: 2, nextTurnBefore: '2027-02-09', nextTurnAfter: '2027-01-12' }],
      }),
      'meetings.setCoachees': () => changed,
    });
    await user.click(await screen.findByRole('button', { name: 'Swap Ada Obi for someone else' }));
    const swap = screen.getByRole('dialog', { name: 'Swap Ada Obi in the hot seat' });
    await user.selectOptions(within(swap).getByLabelText('Instead, put in the hot seat'), 'Bo Lindqvist');
    expect(await within(swap).findByText('Turns stay fair')).toBeInTheDocument();
    expect(within(swap).getByText(/1 turn → 2 turns; next turn 9 Feb 2027 → 12 Jan 2027/)).toBeInTheDocument();
    expect(bridge.callsTo('meetings.setCoachees')).toEqual([]);
    await user.click(within(swap).getByRole('button', { name: 'Make the swap' }));
    await waitFor(() => expect(bridge.callsTo('meetings.setCoachees')).toHaveLength(1));
    expect(bridge.callsTo('meetings.setCoachees')[0]!.coachees).toEqual({ type: 'by-hand', membershipIds: [BO] });
  });
});
