import type { OneToOne } from '../../shared/between';
import { addDaysToDate, todayIn } from '../../shared/calendar/days';
import { localTimeAt, startOfDayIn } from '../../shared/calendar/zoned';
import type {
  CalendarClash,
  CalendarGroup,
  CalendarItem,
  CalendarList,
  CalendarListItem,
  CalendarMonth,
  LocalTimes,
} from '../../shared/calendar-views';
import type { Meeting } from '../../shared/meetings';
import { clashNamesByItem, describeClash, type CalendarNames } from '../domain/meetings/calendar-clashes';
import { calendarConflicts, conflictsFor, type CalendarConflict, type ConflictIndex } from '../domain/meetings/conflicts';
import { asConflicting, itemsByStart, monthView, type CalendarEntry } from '../domain/meetings/month-view';
import { coachConflictIndex, coachMeetings, coachOneToOnes, conflictOptions, oneToOnePeopleNames } from './coach-calendar';
import { clone, currentPeople, type ServiceContext } from './context';
import type { Handlers } from './handlers';

// The coach's calendar across every running group: the month grid, the list
// of days and the calendar-wide clashes, with the coach's 1:1s beside the
// meetings. All of them place items on the coach's clock and check clashes
// through coachConflictIndex, so busy times, 1:1s and the coach's break count
// here exactly as they do when planning.

interface CalendarScope {
  zone: string;
  now: Date;
  bufferMinutes: number;
  names: CalendarNames;
  groups: Map<string, CalendarGroup>;
  meetings: Map<string, Meeting>;
  oneToOnes: Map<string, OneToOne>;
  index: ConflictIndex;
}

function scopeOf(ctx: ServiceContext): CalendarScope {
  const groups = new Map<string, CalendarGroup>();
  const meetings = new Map<string, Meeting>();
  const oneToOnes = new Map<string, OneToOne>();
  for (const doc of ctx.store.groups()) {
    if (doc.group.archivedAt !== null) continue;
    groups.set(doc.group.id, { id: doc.group.id, name: doc.group.name, color: doc.group.color });
    for (const m of doc.meetings) meetings.set(m.id, m);
    for (const o of doc.oneToOnes) oneToOnes.set(o.id, o as OneToOne);
  }
  return {
    zone: ctx.store.index().settings.coachTimeZone,
    now: ctx.now(),
    bufferMinutes: conflictOptions(ctx).bufferMinutes ?? 0,
    names: { groups, people: oneToOnePeopleNames(ctx) },
    groups,
    meetings,
    oneToOnes,
    index: coachConflictIndex(ctx),
  };
}

/** Every meeting and 1:1 of the running groups, sorted once. */
const entriesOf = (ctx: ServiceContext) => itemsByStart(coachMeetings(ctx), coachOneToOnes(ctx));

const describeAll = (scope: CalendarScope, conflicts: readonly CalendarConflict[]): CalendarClash[] =>
  conflicts.map((c) => describeClash(c, scope.names, scope.zone, scope.bufferMinutes));

function item(
  scope: CalendarScope,
  m: Pick<CalendarEntry, 'kind' | 'id' | 'groupId' | 'start' | 'end'>,
  local: { localStart: string; localEnd: string; endsOn: string | null },
  clashesWith: string[],
): CalendarItem | null {
  const group = scope.groups.get(m.groupId);
  if (!group) return null;
  const base = { id: m.id, group, start: m.start, end: m.end, ...local, past: Date.parse(m.end) <= scope.now.getTime() };
  if (m.kind === 'one-to-one') {
    const stored = scope.oneToOnes.get(m.id);
    if (!stored) return null;
    const personName = scope.names.people.get(stored.personId) ?? 'Former member';
    // A cancelled 1:1 frees the time, as a cancelled meeting does.
    const clashes = stored.status === 'cancelled' ? [] : clashesWith;
    return { kind: 'one-to-one', ...base, personId: stored.personId, personName, status: stored.status, where: stored.where, clashesWith: clashes };
  }
  const stored = scope.meetings.get(m.id);
  if (!stored) return null;
  const clashes = stored.status === 'cancelled' ? [] : clashesWith;
  return { kind: 'meeting', ...base, status: stored.status, cancelledReason: stored.cancelledReason, clashesWith: clashes };
}

export function calendarMonth(ctx: ServiceContext, month: string | undefined): CalendarMonth {
  const scope = scopeOf(ctx);
  const today = todayIn(scope.zone, scope.now);
  const shown = month ?? today.slice(0, 7);
  const view = monthView(entriesOf(ctx), scope.index, {
    month: shown,
    timeZone: scope.zone,
    now: scope.now,
    bufferMinutes: scope.bufferMinutes,
  });
  const clashes = describeAll(scope, view.conflicts);
  const names = clashNamesByItem(clashes);
  return {
    month: shown,
    timeZone: scope.zone,
    today,
    weeks: view.weeks.map((week) =>
      week.map((day) => ({
        date: day.date,
        inMonth: day.inMonth,
        isToday: day.isToday,
        items: day.items.flatMap((m) => item(scope, m, m, names.get(m.id) ?? []) ?? []),
      })),
    ),
    clashes,
  };
}

/** A date and times as `zone` reads them, when that is not the coach's zone. */
function elsewhere(start: string, end: string, zone: string, coachZone: string): LocalTimes | null {
  if (zone === coachZone) return null;
  const from = localTimeAt(start, zone);
  const to = localTimeAt(end, zone);
  return { timeZone: zone, date: from.date, startTime: from.time, endTime: to.time };
}

export function calendarList(ctx: ServiceContext, from: string, days: number): CalendarList {
  const scope = scopeOf(ctx);
  const to = addDaysToDate(from, days - 1);
  const fromMs = Date.parse(startOfDayIn(from, scope.zone));
  const toMs = Date.parse(startOfDayIn(addDaysToDate(to, 1), scope.zone));
  const inRange = entriesOf(ctx).sorted.filter(({ startMs }) => startMs >= fromMs && startMs < toMs);
  const people = currentPeople(ctx);
  const today = todayIn(scope.zone, scope.now);
  const byDay = new Map<string, CalendarListItem[]>();
  for (const m of inRange) {
    const start = localTimeAt(m.start, scope.zone);
    const end = localTimeAt(m.end, scope.zone);
    const endsOn = end.date === start.date || (end.time === '00:00' && end.date === addDaysToDate(start.date, 1)) ? null : end.date;
    const clashes =
      m.status === 'cancelled'
        ? []
        : describeAll(
            scope,
            conflictsFor(m, scope.index, { bufferMinutes: scope.bufferMinutes }).map((c) => ({ first: asConflicting(m), second: c.with, kind: c.kind, minutes: c.minutes })),
          );
    const base = item(scope, m, { localStart: start.time, localEnd: end.time, endsOn }, clashNamesByItem(clashes).get(m.id) ?? []);
    if (!base) continue;
    const list = byDay.get(start.date) ?? [];
    if (base.kind === 'meeting') {
      const stored = scope.meetings.get(base.id)!;
      list.push({ ...base, groupTime: elsewhere(stored.start, stored.end, stored.timeZone, scope.zone) });
    } else {
      // The member's zone as their person record has it now; the 1:1's own when they have none.
      const memberZone = people.get(base.personId)?.timeZone ?? scope.oneToOnes.get(base.id)!.timeZone;
      list.push({ ...base, memberTime: elsewhere(base.start, base.end, memberZone, scope.zone) });
    }
    byDay.set(start.date, list);
  }
  return {
    from,
    to,
    timeZone: scope.zone,
    today,
    days: [...byDay.entries()].map(([date, items]) => ({ date, isToday: date === today, items })),
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
