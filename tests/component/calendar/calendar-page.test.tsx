import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CalendarPage } from '../../../src/renderer/features/calendar/CalendarPage';
import type { CalendarGroup, CalendarItem, CalendarList, CalendarMeetingItem, CalendarMonth, CalendarOneToOneItem } from '../../../src/shared/calendar-views';
import { monthGrid } from '../../../src/shared/calendar/month-grid';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// The calendar page over a fake bridge: what a coach sees and can reach by
// keyboard, in the month grid and the list, without colour as the only cue.

const leaders: CalendarGroup = { id: '00000000-0000-4000-8000-000000000001', name: 'New Leaders', color: '#3b82f6' };
const founders: CalendarGroup = { id: '00000000-0000-4000-8000-000000000002', name: 'Founders', color: '#16a34a' };

const meeting = (id: string, group: CalendarGroup, localStart: string, localEnd: string, more: Partial<CalendarMeetingItem> = {}): CalendarMeetingItem => ({
  kind: 'meeting',
  id,
  group,
  start: '2027-03-09T18:00:00.000Z',
  end: '2027-03-09T19:30:00.000Z',
  status: 'planned',
  cancelledReason: '',
  localStart,
  localEnd,
  endsOn: null,
  past: false,
  clashesWith: [],
  ...more,
});

const a = meeting('00000000-0000-4000-8000-0000000000a1', leaders, '18:00', '19:30', { clashesWith: ['Founders'] });
const b = meeting('00000000-0000-4000-8000-0000000000b1', founders, '19:00', '20:00', { clashesWith: ['New Leaders'] });
const c = meeting('00000000-0000-4000-8000-0000000000c1', founders, '09:00', '10:00', { status: 'cancelled', cancelledReason: 'Room unavailable' });

const oneToOne = (id: string, localStart: string, localEnd: string, more: Partial<CalendarOneToOneItem> = {}): CalendarOneToOneItem => ({
  kind: 'one-to-one',
  id,
  group: leaders,
  personId: '00000000-0000-4000-8000-0000000000f1',
  personName: 'Amara Okafor',
  start: '2027-03-09T19:15:00.000Z',
  end: '2027-03-09T20:00:00.000Z',
  status: 'planned',
  where: '',
  localStart,
  localEnd,
  endsOn: null,
  past: false,
  clashesWith: [],
  ...more,
});
// Amara's 1:1 on the 9th runs into Founders' meeting; Ben's on the 16th is cancelled.
const o = oneToOne('00000000-0000-4000-8000-0000000000d1', '19:15', '20:00', { clashesWith: ['Founders'] });
const x = oneToOne('00000000-0000-4000-8000-0000000000e1', '12:00', '12:30', { personName: 'Ben Ito', status: 'cancelled' });

function march(): CalendarMonth {
  const byDay: Record<string, CalendarItem[]> = { '2027-03-09': [a, b, o], '2027-03-16': [c, x] };
  return {
    month: '2027-03',
    timeZone: 'Europe/London',
    today: '2027-03-03',
    weeks: monthGrid('2027-03').weeks.map((week) =>
      week.map((date) => ({ date, inMonth: date.startsWith('2027-03'), isToday: date === '2027-03-03', items: byDay[date] ?? [] })),
    ),
    clashes: [
      {
        first: { kind: 'meeting', meetingId: a.id, group: leaders, start: a.start, end: a.end, when: 'Tue 9 Mar 2027, 18:00–19:30' },
        second: { kind: 'meeting', meetingId: b.id, group: founders, start: b.start, end: b.end, when: 'Tue 9 Mar 2027, 19:00–20:00' },
        kind: 'overlap',
        minutes: 30,
        text: 'New Leaders (Tue 9 Mar 2027, 18:00–19:30) overlaps Founders (Tue 9 Mar 2027, 19:00–20:00) by 30 minutes.',
      },
      {
        first: { kind: 'meeting', meetingId: b.id, group: founders, start: b.start, end: b.end, when: 'Tue 9 Mar 2027, 19:00–20:00' },
        second: { kind: 'one-to-one', oneToOneId: o.id, group: leaders, personId: o.personId, personName: 'Amara Okafor', start: o.start, end: o.end, when: 'Tue 9 Mar 2027, 19:15–20:00' },
        kind: 'overlap',
        minutes: 45,
        text: 'Founders (Tue 9 Mar 2027, 19:00–20:00) overlaps your 1:1 with Amara Okafor (Tue 9 Mar 2027, 19:15–20:00) by 45 minutes.',
      },
    ],
  };
}

const list: CalendarList = {
  from: '2027-03-01',
  to: '2027-03-31',
  timeZone: 'Europe/London',
  today: '2027-03-03',
  days: [
    {
      date: '2027-03-09',
      isToday: false,
      items: [
        { ...a, groupTime: null },
        { ...b, groupTime: { timeZone: 'America/New_York', date: '2027-03-09', startTime: '14:00', endTime: '15:00' } },
        { ...o, memberTime: { timeZone: 'Africa/Lagos', date: '2027-03-09', startTime: '20:15', endTime: '21:00' } },
      ],
    },
    { date: '2027-03-16', isToday: false, items: [{ ...c, groupTime: null }, { ...x, memberTime: null }] },
  ],
};

function bridge() {
  return installBridge({ 'calendar.month': ({ month }) => ({ ...march(), month: month ?? '2027-03' }), 'calendar.agenda': () => list });
}

describe('the calendar page', () => {
  it('shows the month with each meeting’s time and group in words, clashes and cancellations said, today marked', async () => {
    bridge();
    renderWithProviders(<CalendarPage />, { route: '/calendar/2027-03', path: '/calendar/:month' });
    const grid = await screen.findByRole('table', { name: 'Meetings in March 2027' });
    const clash = within(grid).getByRole('link', { name: '18:00 to 19:30, New Leaders, clashes with Founders' });
    expect(clash).toHaveAttribute('href', `/groups/${leaders.id}/meetings/${a.id}`);
    expect(within(grid).getByRole('link', { name: '09:00 to 10:00, Founders, cancelled' })).toBeInTheDocument();
    const today = grid.querySelector('[aria-current="date"]');
    expect(today).toHaveTextContent('Wednesday 3 March 2027');
    expect(today).toHaveTextContent('Today');
    expect(screen.getByRole('region', { name: 'Clashes in March 2027' })).toHaveTextContent('overlaps Founders');
    // Reachable by keyboard in reading order: the day's meetings one after the other.
    const links = within(grid).getAllByRole('link');
    expect(links.map((l) => l.textContent?.slice(0, 5))).toEqual(['18:00', '19:00', '19:15', '09:00', '12:00']);
  });

  it('shows the coach’s 1:1s beside the meetings, named by member, a cancelled one struck like a meeting', async () => {
    bridge();
    renderWithProviders(<CalendarPage />, { route: '/calendar/2027-03', path: '/calendar/:month' });
    const grid = await screen.findByRole('table', { name: 'Meetings in March 2027' });
    const amara = within(grid).getByRole('link', { name: '19:15 to 20:00, 1:1 with Amara Okafor, New Leaders, clashes with Founders' });
    expect(amara).toHaveAttribute('href', `/groups/${leaders.id}/between`);
    expect(amara).toHaveTextContent('1:1 with Amara Okafor');
    expect(amara).toHaveClass('cal-chip--one-to-one');
    const ben = within(grid).getByRole('link', { name: '12:00 to 12:30, 1:1 with Ben Ito, New Leaders, cancelled' });
    expect(ben).toHaveClass('cal-chip--cancelled');
    const clashes = screen.getByRole('region', { name: 'Clashes in March 2027' });
    expect(clashes).toHaveTextContent('overlaps your 1:1 with Amara Okafor');
    expect(within(clashes).getByRole('link', { name: 'Open 1:1 with Amara Okafor on Tue 9 Mar 2027' })).toHaveAttribute('href', `/groups/${leaders.id}/between`);
  });

  it('lists a 1:1 with its group, the member’s own time and a cancellation', async () => {
    bridge();
    renderWithProviders(<CalendarPage />, { route: '/calendar/2027-03?view=list', path: '/calendar/:month' });
    const day = await screen.findByRole('region', { name: 'Tuesday 9 March 2027' });
    expect(within(day).getByRole('link', { name: '1:1 with Amara Okafor' })).toHaveAttribute('href', `/groups/${leaders.id}/between`);
    expect(day).toHaveTextContent('20:15–21:00 in Lagos, Amara Okafor’s time');
    const later = screen.getByRole('region', { name: 'Tuesday 16 March 2027' });
    expect(within(later).getByRole('link', { name: '1:1 with Ben Ito' }).closest('li')).toHaveTextContent('Cancelled');
  });

  it('moves by month and switches to the list, keeping the month', async () => {
    bridge();
    renderWithProviders(<CalendarPage />, { route: '/calendar/2027-03', path: '/calendar/:month' });
    const months = await screen.findByRole('navigation', { name: 'Months' });
    expect(within(months).getByRole('link', { name: 'Previous month, February' })).toHaveAttribute('href', '/calendar/2027-02');
    expect(within(months).getByRole('link', { name: 'Next month, April' })).toHaveAttribute('href', '/calendar/2027-04');
    expect(within(months).getByRole('link', { name: 'Today' })).toHaveAttribute('href', '/calendar/2027-03');
    expect(screen.getByRole('link', { name: 'List' })).toHaveAttribute('href', '/calendar/2027-03?view=list');
    expect(screen.getByRole('link', { name: 'Month' })).toHaveAttribute('aria-current', 'page');
  });

  it('lists the days with meetings, with the group’s own time where it differs and the reason for a cancellation', async () => {
    const calls = bridge();
    const user = userEvent.setup();
    renderWithProviders(<CalendarPage />, { route: '/calendar/2027-03?view=list', path: '/calendar/:month' });
    const day = await screen.findByRole('region', { name: 'Tuesday 9 March 2027' });
    expect(within(day).getByRole('link', { name: 'Founders' })).toHaveAttribute('href', `/groups/${founders.id}/meetings/${b.id}`);
    expect(day).toHaveTextContent('14:00–15:00 in New York');
    expect(day).toHaveTextContent('Clashes with New Leaders');
    expect(screen.getByRole('region', { name: 'Tuesday 16 March 2027' })).toHaveTextContent('Cancelled: Room unavailable');
    expect(calls.callsTo('calendar.agenda')).toEqual([{ from: '2027-03-01', days: 31 }]);
    await user.tab();
    expect(document.activeElement?.textContent).toContain('February');
  });

  it('sends a month that is no month back to the current one', async () => {
    const calls = bridge();
    renderWithProviders(<CalendarPage />, { route: '/calendar/2027-13', path: '/calendar/:month' });
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(calls.callsTo('calendar.month')).toEqual([]);
  });
});
