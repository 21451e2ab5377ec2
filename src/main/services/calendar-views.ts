import { addDaysToDate, todayIn } from '../../shared/calendar/days';
import { localTimeAt, startOfDayIn } from '../../shared/calendar/zoned';
import type {
  CalendarClash,
  CalendarGroup,
  CalendarList,
  CalendarListMeeting,
  CalendarMeetingItem,
  CalendarMonth,
} from '../../shared/calendar-views';
import type { Meeting } from '../../shared/meetings';
import { clashNamesByMeeting, describeClash } from '../domain/meetings/calendar-clashes';
import { calendarConflicts, conflictsFor, type CalendarConflict, type ConflictIndex } from '../domain/meetings/conflicts';
import { meetingsByStart, monthView } from '../domain/meetings/month-view';
import { coachConflictIndex, coachMeetings, conflictOptions } from './coach-calendar';
import { clone, type ServiceContext } from './context';
import type { Handlers } from './handlers';

// The coach's calendar across every running group: the month grid, the list
// of days and the calendar-wide clashes. All of them place meetings on the
// coach's clock and check clashes through coachConflictIndex, so busy times
// and the coach's break count here exactly as they do when planning.

interface CalendarScope {
  zone: string;
  now: Date;
  bufferMinutes: number;
  groups: Map<string, CalendarGroup>;
  meetings: Map<string, Meeting>;
  index: ConflictIndex;
}

function scopeOf(ctx: ServiceContext): CalendarScope {
  const groups = new Map<string, CalendarGroup>();
  const meetings = new Map<string, Meeting>();
  for (const doc of ctx.store.groups()) {
    if (doc.group.archivedAt !== null) continue;
    groups.set(doc.group.id, { id: doc.group.id, name: doc.group.name, color: doc.group.color });
    for (const m of doc.meetings) meetings.set(m.id, m);
  }
  return {
    zone: ctx.store.index().settings.coachTimeZone,
    now: ctx.now(),
    bufferMinutes: conflictOptions(ctx).bufferMinutes ?? 0,
    groups,
    meetings,
    index: coachConflictIndex(ctx),
  };
}

const describeAll = (scope: CalendarScope, conflicts: readonly CalendarConflict[]): CalendarClash[] =>
  conflicts.map((c) => describeClash(c, scope.groups, scope.zone, scope.bufferMinutes));

function item(
  scope: CalendarScope,
  m: { id: string; groupId: string; start: string; end: string },
  local: { localStart: string; localEnd: string; endsOn: string | null },
  clashesWith: string[],
): CalendarMeetingItem | null {
  const stored = scope.meetings.get(m.id);
  const group = scope.groups.get(m.groupId);
  if (!stored || !group) return null;
  return {
    id: m.id,
    group,
    start: m.start,
    end: m.end,
    status: stored.status,
    cancelledReason: stored.cancelledReason,
    ...local,
    past: Date.parse(m.end) <= scope.now.getTime(),
    clashesWith: stored.status === 'cancelled' ? [] : clashesWith,
  };
}

export function calendarMonth(ctx: ServiceContext, month: string | undefined): CalendarMonth {
  const scope = scopeOf(ctx);
  const today = todayIn(scope.zone, scope.now);
  const shown = month ?? today.slice(0, 7);
  const view = monthView(meetingsByStart(coachMeetings(ctx)), scope.index, {
    month: shown,
    timeZone: scope.zone,
    now: scope.now,
    bufferMinutes: scope.bufferMinutes,
  });
  const clashes = describeAll(scope, view.conflicts);
  const names = clashNamesByMeeting(clashes);
  return {
    month: shown,
    timeZone: scope.zone,
    today,
    weeks: view.weeks.map((week) =>
      week.map((day) => ({
        date: day.date,
        inMonth: day.inMonth,
        isToday: day.isToday,
        meetings: day.meetings.flatMap((m) => item(scope, m, m, names.get(m.id) ?? []) ?? []),
      })),
    ),
    clashes,
  };
}

/** The meeting's own date and times where it was planned, when that is not the coach's zone. */
function groupTime(stored: Meeting, coachZone: string): CalendarListMeeting['groupTime'] {
  if (stored.timeZone === coachZone) return null;
  const start = localTimeAt(stored.start, stored.timeZone);
  const end = localTimeAt(stored.end, stored.timeZone);
  return { timeZone: stored.timeZone, date: start.date, startTime: start.time, endTime: end.time };
}

export function calendarList(ctx: ServiceContext, from: string, days: number): CalendarList {
  const scope = scopeOf(ctx);
  const to = addDaysToDate(from, days - 1);
  const fromMs = Date.parse(startOfDayIn(from, scope.zone));
  const toMs = Date.parse(startOfDayIn(addDaysToDate(to, 1), scope.zone));
  const inRange = coachMeetings(ctx)
    .map((m) => ({ m, ms: Date.parse(m.start) }))
    .filter(({ ms }) => ms >= fromMs && ms < toMs)
    .sort((a, b) => a.ms - b.ms || a.m.id.localeCompare(b.m.id));
  const today = todayIn(scope.zone, scope.now);
  const byDay = new Map<string, CalendarListMeeting[]>();
  for (const { m } of inRange) {
    const stored = scope.meetings.get(m.id);
    if (!stored) continue;
    const start = localTimeAt(m.start, scope.zone);
    const end = localTimeAt(m.end, scope.zone);
    const endsOn = end.date === start.date || (end.time === '00:00' && end.date === addDaysToDate(start.date, 1)) ? null : end.date;
    const clashes =
      stored.status === 'cancelled'
        ? []
        : describeAll(
            scope,
            conflictsFor(m, scope.index, { bufferMinutes: scope.bufferMinutes }).map((c) => ({
              first: { kind: 'meeting' as const, id: m.id, groupId: m.groupId, start: m.start, end: m.end },
              second: c.with,
              kind: c.kind,
              minutes: c.minutes,
            })),
          );
    const base = item(scope, m, { localStart: start.time, localEnd: end.time, endsOn }, clashNamesByMeeting(clashes).get(m.id) ?? []);
    if (!base) continue;
    const list = byDay.get(start.date) ?? [];
    list.push({ ...base, groupTime: groupTime(stored, scope.zone) });
    byDay.set(start.date, list);
  }
  return {
    from,
    to,
    timeZone: scope.zone,
    today,
    days: [...byDay.entries()].map(([date, meetings]) => ({ date, isToday: date === today, meetings })),
  };
}

export function calendarServices(ctx: ServiceContext): Handlers<'calendar.month' | 'calendar.agenda' | 'calendar.conflicts'> {
  return {
    'calendar.month': async ({ month }) => clone(calendarMonth(ctx, month)),
    'calendar.agenda': async ({ from, days }) => clone(calendarList(ctx, from, days)),
    'calendar.conflicts': async () => {
      const scope = scopeOf(ctx);
      const conflicts = calendarConflicts(scope.index, { bufferMinutes: scope.bufferMinutes, from: scope.now.toISOString() });
      return clone({ timeZone: scope.zone, clashes: describeAll(scope, conflicts) });
    },
  };
}
