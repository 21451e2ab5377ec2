import { addDaysToDate } from '../../../shared/calendar/days';
import { monthGrid } from '../../../shared/calendar/month-grid';
import { localTimeAt, startOfDayIn } from '../../../shared/calendar/zoned';
import {
  conflictsFor,
  type CalendarConflict,
  type CalendarMeeting,
  type CalendarOneToOne,
  type ConflictIndex,
  type ConflictingItem,
  type ConflictOptions,
} from './conflicts';

// The coach's month across every group, in the coach's own zone: a meeting at
// 18:00 in Sydney shows on the London coach's morning of that day. Each day
// lists its meetings and the coach's 1:1s in time order with their local start
// and end, today is marked, and the month's clashes come with it.

/** What a calendar shows: a group's meeting, or a 1:1 of the coach with one member. */
export type CalendarEntry = (CalendarMeeting & { kind: 'meeting' }) | (CalendarOneToOne & { kind: 'one-to-one' });

interface MonthTimes {
  id: string;
  groupId: string;
  start: string;
  end: string;
  status: CalendarMeeting['status'];
  /** Start and end as the viewer's clock reads them, 'HH:mm'; `endsOn` when it runs past midnight. */
  localStart: string;
  localEnd: string;
  endsOn: string | null;
  /** True when it clashes with another meeting, a 1:1 or busy time. */
  inConflict: boolean;
}

export type MonthItem = MonthTimes & ({ kind: 'meeting' } | { kind: 'one-to-one'; personId: string });

export interface MonthDay {
  date: string;
  inMonth: boolean;
  isToday: boolean;
  /** Meetings and 1:1s, in time order. */
  items: MonthItem[];
}

export interface MonthView {
  month: string;
  timeZone: string;
  weeks: MonthDay[][];
  /** Clashes involving any meeting or 1:1 shown, in time order. */
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

/** Meetings and 1:1s sorted once for any number of month views. */
export interface ItemsByStart {
  readonly sorted: readonly (CalendarEntry & { startMs: number })[];
}

export function itemsByStart(meetings: readonly CalendarMeeting[], oneToOnes: readonly CalendarOneToOne[] = []): ItemsByStart {
  const entries: CalendarEntry[] = [
    ...meetings.map((m) => ({ ...m, kind: 'meeting' as const })),
    ...oneToOnes.map((o) => ({ ...o, kind: 'one-to-one' as const })),
  ];
  const sorted = entries.map((m) => ({ ...m, startMs: Date.parse(m.start) })).filter((m) => Number.isFinite(m.startMs));
  sorted.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { sorted };
}

/** The side of a clash an entry is, as the conflict check names it. */
export function asConflicting(m: CalendarEntry): ConflictingItem {
  return m.kind === 'meeting'
    ? { kind: 'meeting', id: m.id, groupId: m.groupId, start: m.start, end: m.end }
    : { kind: 'one-to-one', id: m.id, groupId: m.groupId, personId: m.personId, start: m.start, end: m.end };
}

export function monthView(items: ItemsByStart, index: ConflictIndex, options: MonthViewOptions): MonthView {
  const grid = monthGrid(options.month, options.weekStartsOn);
  const firstDay = grid.weeks[0]![0]!;
  const afterLast = addDaysToDate(grid.weeks.at(-1)![6]!, 1);
  const from = Date.parse(startOfDayIn(firstDay, options.timeZone));
  const to = Date.parse(startOfDayIn(afterLast, options.timeZone));
  const today = localTimeAt(options.now, options.timeZone).date;

  const shown = items.sorted.slice(lowerBound(items.sorted, from), lowerBound(items.sorted, to));
  // Clashes of the shown meetings and 1:1s, with each other or with anything just outside the grid.
  const conflicts: CalendarConflict[] = [];
  const clashing = new Set<string>();
  const seen = new Set<string>();
  for (const m of shown) {
    if (m.status === 'cancelled') continue;
    for (const c of conflictsFor(m, index, options)) {
      clashing.add(m.id);
      const other = c.with;
      // Two of the coach's own items clash once, whichever of them is shown first.
      const key = other.kind === 'busy' ? `${m.id} busy ${other.id}` : [m.id, other.id].sort().join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const self = asConflicting(m);
      // Ordered as the calendar-wide list orders them (start, then end, then id), so both word a clash alike.
      const [otherStart, otherEnd, selfEnd] = [Date.parse(other.start), Date.parse(other.end), Date.parse(m.end)];
      const selfFirst =
        m.startMs !== otherStart ? m.startMs < otherStart : selfEnd !== otherEnd ? selfEnd < otherEnd : m.id.localeCompare(other.id) < 0;
      conflicts.push({ first: selfFirst ? self : other, second: selfFirst ? other : self, kind: c.kind, minutes: c.minutes });
    }
  }
  conflicts.sort((a, b) => Date.parse(a.first.start) - Date.parse(b.first.start) || Date.parse(a.second.start) - Date.parse(b.second.start));

  const byDay = new Map<string, MonthItem[]>();
  for (const m of shown) {
    const start = localTimeAt(m.start, options.timeZone);
    const end = localTimeAt(m.end, options.timeZone);
    const list = byDay.get(start.date) ?? [];
    list.push({
      ...(m.kind === 'meeting' ? { kind: 'meeting' as const } : { kind: 'one-to-one' as const, personId: m.personId }),
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
      week.map((date) => ({ date, inMonth: date.startsWith(options.month), isToday: date === today, items: byDay.get(date) ?? [] })),
    ),
    conflicts,
  };
}
