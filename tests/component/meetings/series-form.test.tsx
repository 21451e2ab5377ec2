import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SeriesRule } from '../../../src/shared/calendar/recurrence';
import type { PlannedMeetingPreview, SeriesPreviewView, TimeChoice } from '../../../src/shared/meeting-plan-views';
import { SeriesFormDialog } from '../../../src/renderer/features/groups/meetings/SeriesFormDialog';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// The series form: the contract's rule schema on every field, the preview of
// every date with its clashes, and a date on a clock change that must be
// decided before saving.

const GROUP = '00000000-0000-4000-8000-0000000000a1';
const rule: SeriesRule = {
  pattern: { type: 'monthly-weekday', week: -1, weekday: 'SU' },
  fromDate: '2026-09-01',
  startTime: '01:30',
  timeZone: 'Europe/London',
  minutes: 60,
  end: { type: 'count', count: 2 },
};

const times = (date: string, start: string, end: string, iso: string): TimeChoice => {
  const z = { date, startTime: start, endTime: end, label: `${date}, ${start}–${end}` };
  return { start: iso, end: iso, inGroupZone: { zone: 'Europe/London', ...z }, inCoachZone: { zone: 'Europe/London', ...z }, clashes: [] };
};

const september: PlannedMeetingPreview = {
  index: 0,
  date: '2026-09-27',
  time: '01:30',
  minutes: 60,
  dayLabel: 'Sunday 27 September 2026',
  status: 'ok',
  at: {
    ...times('2026-09-27', '01:30', '02:30', '2026-09-27T00:30:00.000Z'),
    clashes: [{ kind: 'meeting', groupId: null, meetingId: null, name: 'Founders', when: 'Sun 27 Sep', relation: 'overlap', minutes: 30, text: 'Overlaps Founders (Sun 27 Sep 2026, 01:00–02:00, your time) by 30 minutes.' }],
  },
};
const october: PlannedMeetingPreview = {
  index: 1,
  date: '2026-10-25',
  time: '01:30',
  minutes: 60,
  dayLabel: 'Sunday 25 October 2026',
  status: 'twice',
  message: '01:30 on Sunday 25 October 2026 happens twice in Europe/London: the clocks go back from 02:00 to 01:00.',
  earlier: times('2026-10-25', '01:30', '01:30', '2026-10-25T00:30:00.000Z'),
  later: times('2026-10-25', '01:30', '02:30', '2026-10-25T01:30:00.000Z'),
};
const preview: SeriesPreviewView = { summary: 'Monthly on the last Sunday, 01:30 (Europe/London), 2 meetings', meetings: [september, october], moved: [], conflictCount: 1, needsChoice: 1, keptWithRecords: [] };

function showForm(overrides: BridgeOverrides = {}) {
  const bridge = installBridge({ 'meetings.previewSeries': () => preview, ...overrides });
  renderWithProviders(<SeriesFormDialog groupId={GROUP} target={{ rule }} coachZone="Europe/London" onOpenChange={() => undefined} />);
  return bridge;
}

describe('the series form', () => {
  it('shows the contract’s messages beside the fields and sends nothing while the rule is wrong', async () => {
    const user = userEvent.setup();
    const bridge = showForm();
    const dialog = await screen.findByRole('dialog', { name: 'Plan a series of meetings' });
    await user.clear(within(dialog).getByLabelText(/Start time/));
    await user.click(within(dialog).getByRole('radio', { name: 'On a last date' }));
    await user.type(within(dialog).getByLabelText(/Last date/), '2026-08-01');
    await user.click(within(dialog).getByRole('button', { name: 'Plan meetings' }));
    expect(await within(dialog).findByText('Enter a start time.')).toBeInTheDocument();
    expect(within(dialog).getByText('Fix the rule to see its dates.')).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);

    await user.type(within(dialog).getByLabelText(/Start time/), '18:00');
    await user.click(within(dialog).getByRole('button', { name: 'Plan meetings' }));
    expect(await within(dialog).findByText('The last date must be on or after the first date (1 Sep 2026).')).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);
  });

  it('previews every date with its clashes, and saves a clock-change date only once the coach has chosen', async () => {
    const user = userEvent.setup();
    const bridge = showForm({
      'meetings.planSeries': ({ adjustments }) => {
        if (!adjustments.some((a) => a.index === 1)) throw apiError('invalid_input', october.status === 'twice' ? october.message : '', { 'occurrences.1': 'Choose the first or the second 01:30.' });
        return { series: { id: GROUP, rule: 'x', minutes: 60, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }, meetings: [], skipped: 0 };
      },
    });
    const list = await screen.findByRole('list', { name: 'Meetings this series plans' });
    expect(within(list).getByText('Overlaps Founders (Sun 27 Sep 2026, 01:00–02:00, your time) by 30 minutes.')).toBeInTheDocument();
    expect(within(list).getByText('Clock change: choose')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 meeting clashes with your calendar; 1 falls on a clock change and needs your choice.');
    // The preview asked main with the rule as the contract reads it.
    expect(bridge.callsTo('meetings.previewSeries').at(-1)).toEqual({ groupId: GROUP, rule });

    await user.click(screen.getByRole('button', { name: 'Plan meetings' }));
    expect(await within(list).findByText('Choose the first or the second 01:30.')).toBeInTheDocument();

    await user.selectOptions(within(list).getByLabelText('What to do with Sunday 25 October 2026'), 'earlier');
    await user.selectOptions(within(list).getByLabelText('What to do with Sunday 27 September 2026'), 'skip');
    await user.click(screen.getByRole('button', { name: 'Plan meetings' }));
    await waitFor(() => expect(bridge.callsTo('meetings.planSeries')).toHaveLength(2));
    expect(bridge.callsTo('meetings.planSeries').at(-1)).toEqual({
      groupId: GROUP,
      rule,
      adjustments: [
        { index: 1, choice: 'earlier' },
        { index: 0, choice: 'skip' },
      ],
    });
  });

  it('checks a moved date at its new time through main, and shows its clashes and clock change like any other date', async () => {
    const user = userEvent.setup();
    const founders = september.status === 'ok' ? september.at.clashes[0]! : null;
    const movedTo = (m: { index: number; date: string; time: string }): PlannedMeetingPreview =>
      m.time === '19:00'
        ? { index: m.index, date: m.date, time: m.time, minutes: 60, dayLabel: 'Sunday 27 September 2026', status: 'ok', at: { ...times(m.date, '19:00', '20:00', '2026-09-27T18:00:00.000Z'), clashes: [{ ...founders!, text: 'Leaves only 5 minutes between this and Founders (Sun 27 Sep 2026, 17:00–18:55, your time).' }] } }
        : { index: m.index, date: m.date, time: m.time, minutes: 60, dayLabel: 'Sunday 27 September 2026', status: 'ok', at: times(m.date, m.time, '03:30', '2026-09-27T01:30:00.000Z') };
    const bridge = showForm({
      'meetings.previewSeries': ({ moves = [] }) => {
        const moved = moves.map(movedTo);
        return { ...preview, moved, conflictCount: moved.length > 0 && moved[0]!.status === 'ok' && moved[0]!.at.clashes.length === 0 ? 0 : 1 };
      },
    });
    const list = await screen.findByRole('list', { name: 'Meetings this series plans' });
    await user.selectOptions(within(list).getByLabelText('What to do with Sunday 27 September 2026'), 'move');
    const row = within(list).getAllByRole('listitem')[0]!;
    // The date's old clash goes; its new time is asked about and shown when main answers.
    expect(await within(row).findByText(/Moved to Sunday 27 September 2026, 01:30/)).toBeInTheDocument();
    expect(within(row).getByText('No clash')).toBeInTheDocument();
    expect(within(row).queryByText(/Overlaps Founders/)).toBeNull();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('1 falls on a clock change and needs your choice.');

    const time = within(row).getByLabelText('New start time');
    await user.clear(time);
    await user.type(time, '19:00');
    expect(await within(row).findByText('Leaves only 5 minutes between this and Founders (Sun 27 Sep 2026, 17:00–18:55, your time).')).toBeInTheDocument();
    expect(within(row).getByText('Clash')).toBeInTheDocument();
    expect(bridge.callsTo('meetings.previewSeries').at(-1)).toEqual({ groupId: GROUP, rule, moves: [{ index: 0, date: '2026-09-27', time: '19:00' }] });
    expect(bridge.writes()).toEqual([]);
  });

  it('saves a moved date only once its check is on screen, with the chosen one of a repeated hour', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const repeated: PlannedMeetingPreview = { ...october, index: 0 };
    const bridge = showForm({
      'meetings.previewSeries': async ({ moves = [] }) => {
        if (moves.some((m) => m.date === '2026-10-25')) await held;
        return { ...preview, moved: moves.map((m) => (m.date === '2026-10-25' ? repeated : { ...september, index: m.index, date: m.date, time: m.time })) };
      },
      'meetings.planSeries': () => ({ series: { id: GROUP, rule: 'x', minutes: 60, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }, meetings: [], skipped: 0 }),
    });
    const list = await screen.findByRole('list', { name: 'Meetings this series plans' });
    await user.selectOptions(within(list).getByLabelText('What to do with Sunday 25 October 2026'), 'earlier');
    await user.selectOptions(within(list).getByLabelText('What to do with Sunday 27 September 2026'), 'move');
    const row = within(list).getAllByRole('listitem')[0]!;
    const date = within(row).getByLabelText('New date');
    await user.clear(date);
    await user.type(date, '2026-10-25');
    expect(within(row).getByText('Checking the new time…')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Plan meetings' }));
    expect(await within(row).findByText('The new time is still being checked. Save again once its clashes are shown.')).toBeInTheDocument();
    expect(bridge.callsTo('meetings.planSeries')).toEqual([]);

    release();
    expect(await within(row).findByText(october.status === 'twice' ? october.message : '')).toBeInTheDocument();
    expect(within(row).getByText('Clock change: choose')).toBeInTheDocument();
    await user.selectOptions(within(row).getByLabelText('Which 01:30?'), 'later');
    await user.click(screen.getByRole('button', { name: 'Plan meetings' }));
    await waitFor(() => expect(bridge.callsTo('meetings.planSeries')).toHaveLength(1));
    expect(bridge.callsTo('meetings.planSeries')[0]).toEqual({
      groupId: GROUP,
      rule,
      adjustments: [
        { index: 1, choice: 'earlier' },
        { index: 0, choice: 'move', date: '2026-10-25', time: '01:30', repeatedHour: 'later' },
      ],
    });
  });
});
