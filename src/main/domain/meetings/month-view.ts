import { addDaysToDate } from '../../../shared/calendar/days';
import { monthGrid } from '../../../shared/calendar/month-grid';
import { localTimeAt, startOfDayIn } from '../../../shared/calendar/zoned';
import { conflictsFor, type CalendarConflict, type CalendarMeeting, type ConflictIndex, type ConflictingItem, type ConflictOptions } from './conflicts';

// The coach's month across every group, in the coach's own zone: a meeting at
// 18:00 in Sydney shows on the London coach's morning of that day. Each day
// lists its meetings in time order with their local start and end, today is
// marked, and the month's clashes come with it.

export interface MonthMeeting {
  id: string;
  groupId: string;
  start: string;
  end: string;
  status: CalendarMeeting['status'];
  /** Start and end as the viewer's clock reads them, 'HH:mm'; `endsOn` when the meeting runs past midnight. */
  localStart: string;
  localEnd: string;
  endsOn: string | null;
  /** True when it clashes with another meeting or busy time. */
  inConflict: boolean;
}

export interface MonthDay {
  date: string;
  inMonth: boolean;
  isToday: boolean;
  meetings: MonthMeeting[];
}

export interface MonthView {
  month: string;
  timeZone: string;
  weeks: MonthDay[][];
  /** Clashes involving any meeting shown, in time order. */
  conflicts: CalendarConflict[];
}

export interface MonthViewOptions extends ConflictOptions {
  month: string;
  /** The viewer's zone, usually the coach's. */
  timeZone: string;
  now: Date;
  weekStartsOn?: 1 | 7;
}

/** First index in `sorted` (by start) whose start is at or after `ms`. */
function lowerBound(sorted: readonly { startMs: number }[], ms: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.startMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Meetings sorted once for any number of month views. */
export interface MeetingsByStart {
  readonly sorted: readonly (CalendarMeeting & { startMs: number })[];
}

export function meetingsByStart(meetings: readonly CalendarMeeting[]): MeetingsByStart {
  const sorted = meetings.map((m) => ({ ...m, startMs: Date.parse(m.start) })).filter((m) => Number.isFinite(m.startMs));
  sorted.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { sorted };
}

export function monthView(meetings: MeetingsByStart, index: ConflictIndex, options: MonthViewOptions): MonthView {
  const grid = monthGrid(options.month, options.weekStartsOn);
  const firstDay = grid.weeks[0]![0]!;
  const afterLast = addDaysToDate(grid.weeks.at(-1)![6]!, 1);
  const from = Date.parse(startOfDayIn(firstDay, options.timeZone));
  const to = Date.parse(startOfDayIn(afterLast, options.timeZone));
  const today = localTimeAt(options.now, options.timeZone).date;

  const shown = meetings.sorted.slice(lowerBound(meetings.sorted, from), lowerBound(meetings.sorted, to));
  // Clashes of the shown meetings, with each other or with anything just outside the grid.
  const conflicts: CalendarConflict[] = [];
  const clashing = new Set<string>();
  const seen = new Set<string>();
  for (const m of shown) {
    if (m.status === 'cancelled') continue;
    for (const c of conflictsFor(m, index, options)) {
      clashing.add(m.id);
      const other = c.with;
      const key = other.kind === 'meeting' ? [m.id, other.id].sort().join(' ') : `${m.id} busy ${other.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const self: ConflictingItem = { kind: 'meeting', id: m.id, groupId: m.groupId, start: m.start, end: m.end };
      const selfFirst = m.startMs < Date.parse(other.start) || (m.startMs === Date.parse(other.start) && m.id < other.id);
      conflicts.push({ first: selfFirst ? self : other, second: selfFirst ? other : self, kind: c.kind, minutes: c.minutes });
    }
  }
  conflicts.sort((a, b) => Date.parse(a.first.start) - Date.parse(b.first.start) || Date.parse(a.second.start) - Date.parse(b.second.start));

  const byDay = new Map<string, MonthMeeting[]>();
  for (const m of shown) {
    const start = localTimeAt(m.start, options.timeZone);
    const end = localTimeAt(m.end, options.timeZone);
    const list = byDay.get(start.date) ?? [];
    list.push({
      id: m.id,
      groupId: m.groupId,
      start: m.start,
      end: m.end,
      status: m.status,
      localStart: start.time,
      localEnd: end.time,
      // Ending at midnight is ending that day, not the next.
      endsOn: end.date === start.date || (end.time === '00:00' && end.date === addDaysToDate(start.date, 1)) ? null : end.date,
      inConflict: clashing.has(m.id),
    });
    byDay.set(start.date, list);
  }
  return {
    month: options.month,
    timeZone: options.timeZone,
    weeks: grid.weeks.map((week) =>
      week.map((date) => ({ date, inMonth: date.startsWith(options.month), isToday: date === today, meetings: byDay.get(date) ?? [] })),
    ),
    conflicts,
  };
}
