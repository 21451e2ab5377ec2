import { longDayLabel } from '../../shared/calendar/days';
import { planOccurrence, type PlannedOccurrence } from '../../shared/calendar/recurrence';
import type { PlannedMeetingPreview, TimeChoice } from '../../shared/meeting-plan-views';
import type { Meeting, MeetingRecord } from '../../shared/meetings';
import type { MeetingMode } from '../../shared/entities';
import { nameClash, zonedTimes } from '../domain/meetings/clash-names';
import type { ConflictIndex, ConflictOptions } from '../domain/meetings/conflicts';
import { previewOccurrence } from '../domain/meetings/series-plan';
import type { Conflict } from '../domain/meetings/conflicts';
import type { GroupDoc } from '../store/documents';
import { coachConflictIndex, conflictOptions, oneToOnePeopleNames } from './coach-calendar';
import { nowIso, type ServiceContext } from './context';
import { conflict, invalidInput, notFound } from './errors';

// What the planning services share: the checks every write repeats against
// the stored group, how a meeting record is made, and how a planned time is
// shown with its clashes named.

/** Checked inside every write: a group that is archived plans nothing. */
export function ensurePlannable(doc: Readonly<GroupDoc>): void {
  if (doc.group.archivedAt !== null) {
    throw conflict(`${doc.group.name} is archived. Restore the group to plan its meetings.`);
  }
}

/** The meeting in this group's file, or not found: an id from another group is as unknown as a deleted one. */
export function meetingIn(doc: Readonly<GroupDoc>, meetingId: string): Meeting {
  const meeting = doc.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw notFound('That meeting');
  return meeting;
}

/** Every group's name, for naming clashes. */
export const groupNames = (ctx: ServiceContext): Map<string, string> => new Map(ctx.store.groups().map((d) => [d.group.id, d.group.name]));

export const coachZoneOf = (ctx: ServiceContext): string => ctx.store.index().settings.coachTimeZone;

/** Each meeting's record, by meeting id, from every year of the group's records. */
export async function recordsByMeeting(ctx: ServiceContext, groupId: string): Promise<Map<string, MeetingRecord>> {
  const years = await ctx.store.allMeetingRecords(groupId);
  return new Map(years.flatMap((y) => y.records.map((r) => [r.meetingId, r] as const)));
}

/** How previews check a planned time: the coach's whole calendar, their buffer, and the names to show. */
export interface ClashCheck {
  index: ConflictIndex;
  options: ConflictOptions;
  names: Map<string, string>;
  /** The members the coach holds 1:1s with, which meetings can clash with too. */
  people: Map<string, string>;
  coachZone: string;
  /** Meetings the change replaces, which must not count as clashes. */
  ignore: ReadonlySet<string>;
}

export function clashCheck(ctx: ServiceContext, ignore: ReadonlySet<string> = new Set()): ClashCheck {
  return { index: coachConflictIndex(ctx), options: conflictOptions(ctx), names: groupNames(ctx), people: oneToOnePeopleNames(ctx), coachZone: coachZoneOf(ctx), ignore };
}

const kept = (check: ClashCheck) => (list: Conflict[]) =>
  list.filter((c) => !(c.with.kind === 'meeting' && check.ignore.has(c.with.id))).map((c) => nameClash(c, check.names, check.coachZone, check.people));

function choiceOf(span: { start: string; end: string }, timeZone: string, conflicts: Conflict[], check: ClashCheck): TimeChoice {
  return {
    start: span.start,
    end: span.end,
    inGroupZone: zonedTimes(span.start, span.end, timeZone),
    inCoachZone: zonedTimes(span.start, span.end, check.coachZone),
    clashes: kept(check)(conflicts),
  };
}

/** A planned meeting as the coach previews it: each possible time with what it clashes with. */
export function previewPlanned(o: PlannedOccurrence, groupId: string, check: ClashCheck, meetingId?: string): PlannedMeetingPreview {
  const previewed = previewOccurrence(o, groupId, check.index, { ...check.options, ...(meetingId !== undefined ? { meetingId } : {}) });
  const base = { index: o.index, date: o.date, time: o.time, minutes: o.minutes, dayLabel: longDayLabel(o.date) };
  const c = previewed.clashes;
  switch (o.status) {
    case 'ok':
      return { ...base, status: 'ok', at: choiceOf(o, o.timeZone, c.status === 'ok' ? c.conflicts : [], check) };
    case 'gap':
      return {
        ...base,
        status: 'gap',
        message: o.message,
        movedForward: { ...choiceOf(o.movedForward, o.timeZone, c.status === 'gap' ? c.movedForward : [], check), time: o.movedForward.time },
      };
    case 'twice':
      return {
        ...base,
        status: 'twice',
        message: o.message,
        earlier: choiceOf(o.earlier, o.timeZone, c.status === 'twice' ? c.earlier : [], check),
        later: choiceOf(o.later, o.timeZone, c.status === 'twice' ? c.later : [], check),
      };
    case 'invalid':
      return { ...base, status: 'invalid', message: o.message };
  }
}

/** True when some possible time of the previewed meeting clashes. */
export function previewClashes(p: PlannedMeetingPreview): boolean {
  switch (p.status) {
    case 'ok':
      return p.at.clashes.length > 0;
    case 'gap':
      return p.movedForward.clashes.length > 0;
    case 'twice':
      return p.earlier.clashes.length > 0 || p.later.clashes.length > 0;
    case 'invalid':
      return false;
  }
}

/**
 * One meeting's exact start and end for a move or an extra meeting, or a
 * refusal on the field to fix: a time the clocks skip is no time at all, and a
 * time that happens twice needs the coach to say which.
 */
export function exactTime(
  at: { date: string; time: string; minutes: number; repeatedHour?: 'earlier' | 'later' | undefined },
  timeZone: string,
): { start: string; end: string } {
  const o = planOccurrence(at.date, at.time, timeZone, at.minutes);
  switch (o.status) {
    case 'ok':
      return { start: o.start, end: o.end };
    case 'twice':
      if (at.repeatedHour === 'earlier') return o.earlier;
      if (at.repeatedHour === 'later') return o.later;
      throw invalidInput(o.message, { repeatedHour: o.message });
    case 'gap':
      throw invalidInput(o.message, { time: o.message });
    case 'invalid':
      throw invalidInput(o.message, { date: o.message });
  }
}

/** A new meeting record; its records year is its date's year, fixed now for good. */
export function newMeeting(
  ctx: ServiceContext,
  fields: { seriesId: string | null; date: string; time: string; timeZone: string; minutes: number; start: string; end: string; seriesStart: string | null; place: MeetingMode | null },
): Meeting {
  const at = nowIso(ctx);
  return {
    id: ctx.newId(),
    seriesId: fields.seriesId,
    recordsYear: Number(fields.date.slice(0, 4)),
    date: fields.date,
    startTime: fields.time,
    timeZone: fields.timeZone,
    minutes: fields.minutes,
    start: fields.start,
    end: fields.end,
    seriesStart: fields.seriesStart,
    place: fields.place,
    status: 'planned',
    cancelledReason: '',
    sequence: 0,
    createdAt: at,
    updatedAt: at,
  };
}

/** Marks a change a participant's calendar must pick up. */
export function touched(ctx: ServiceContext, meeting: Meeting): void {
  meeting.sequence += 1;
  meeting.updatedAt = nowIso(ctx);
}

export const byStart = (a: Meeting, b: Meeting): number => a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
