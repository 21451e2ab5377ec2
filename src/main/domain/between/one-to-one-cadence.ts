import { isActiveOn, type Period } from '../../../shared/calendar/periods';

// How often the coach means to hold a 1:1 with each member of a group, and
// when the next one falls due. Only the date of the member's last held 1:1
// matters: whatever came before it has been caught up, so a member who missed
// two gaps and then had a 1:1 is simply due again, not still behind.
//
// between-meetings: one 1:1 in each gap between two consecutive meetings that
//   are not cancelled. A gap runs from the day after one meeting up to and
//   including the next meeting's day (a 1:1 on the meeting day counts for the
//   gap before it) and is due on that next meeting's day. The first gap runs
//   from joining to the first meeting after the joining day: someone who joins
//   on a meeting day sits in that meeting and owes nothing before it. After
//   the last meeting nothing more falls due.
// every-weeks: due `weeks` after the last held 1:1, or after joining if none.
// none: the group opted out; nothing is ever due.
//
// A due date on or after the member's leaving day is not owed: they are gone
// before it arrives.

// Day arithmetic on whole UTC days, as shared/calendar/days.ts reckons it (no
// daylight-saving gaps, no machine zone), but without building a TZDate per
// call: that costs ~40 µs, and the list does it a few thousand times.
const DAY_MS = 86_400_000;
const epochDay = (isoDate: string): number => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;
const isoDay = (epoch: number): string => new Date(epoch * DAY_MS).toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number): string => isoDay(epochDay(isoDate) + days);
const daysFrom = (from: string, to: string): number => epochDay(to) - epochDay(from);

export type OneToOneCadence = { type: 'between-meetings' } | { type: 'every-weeks'; weeks: number } | { type: 'none' };

export interface CadenceMeeting {
  /** The meeting's local date in the group's zone. */
  date: string;
  status: 'planned' | 'held' | 'cancelled';
}

export interface DuePeriod {
  /** The due date of the earliest 1:1 not yet held: in the past when overdue. */
  dueOn: string;
  /** Days from dueOn to today when dueOn has passed, else 0. */
  daysOverdue: number;
  /** Due dates passed without a 1:1 since the last one held (0 when not overdue). */
  missed: number;
  /**
   * The days a planned 1:1 must fall on to take care of what is due: inside the
   * due period, or when overdue from today up to the next due date in the
   * rhythm (null: no further due date, so any later day does).
   */
  coverFrom: string;
  coverUntil: string | null;
}

/** Distinct days of the meetings that are not cancelled, in calendar order. */
export function meetingDays(meetings: readonly CadenceMeeting[]): string[] {
  return [...new Set(meetings.filter((m) => m.status !== 'cancelled').map((m) => m.date))].sort();
}

interface Gap {
  /** The first day a 1:1 counts for this gap. */
  from: string;
  dueOn: string;
}

/**
 * The gaps a member still owes after their last held 1:1, in order, up to
 * the first one not yet past (later ones cannot matter today). The gaps
 * before the last 1:1 are skipped by comparing day strings alone: over a
 * decade of monthly meetings, date arithmetic on every gap of every member
 * was most of the list's time.
 */
function owedGaps(member: Period, days: readonly string[], lastHeldOn: string | null, today: string): Gap[] {
  const gaps: Gap[] = [];
  let previous: string | null = null;
  for (const day of days) {
    if (member.leftOn !== null && day >= member.leftOn) break;
    if (day > member.joinedOn) {
      const fromJoining = previous === null || previous < member.joinedOn;
      // The gap starts the day after `previous`, so it comes after lastHeldOn exactly when previous >= lastHeldOn.
      const after = lastHeldOn === null || (fromJoining ? member.joinedOn > lastHeldOn : previous! >= lastHeldOn);
      if (after) {
        gaps.push({ from: fromJoining ? member.joinedOn : addDays(previous!, 1), dueOn: day });
        if (day >= today) break;
      }
    }
    previous = day;
  }
  return gaps;
}

function betweenMeetings(member: Period, days: readonly string[], lastHeldOn: string | null, today: string): DuePeriod | null {
  const owed = owedGaps(member, days, lastHeldOn, today);
  const first = owed[0];
  if (first === undefined) return null;
  if (first.dueOn >= today) return { dueOn: first.dueOn, daysOverdue: 0, missed: 0, coverFrom: first.from, coverUntil: first.dueOn };
  const missed = owed.filter((gap) => gap.dueOn < today).length;
  return { dueOn: first.dueOn, daysOverdue: daysFrom(first.dueOn, today), missed, coverFrom: today, coverUntil: owed[missed]?.dueOn ?? null };
}

function everyWeeks(member: Period, weeks: number, lastHeldOn: string | null, today: string): DuePeriod | null {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`A 1:1 cadence of every ${weeks} weeks is not a whole number of weeks from 1 up.`);
  const from = lastHeldOn ?? member.joinedOn;
  const length = weeks * 7;
  const dueOn = addDays(from, length);
  if (member.leftOn !== null && dueOn >= member.leftOn) return null;
  if (dueOn >= today) return { dueOn, daysOverdue: 0, missed: 0, coverFrom: lastHeldOn === null ? from : addDays(from, 1), coverUntil: dueOn };
  // Due dates keep coming every `weeks` from the missed one: today may be one of them.
  const daysOverdue = daysFrom(dueOn, today);
  const missed = Math.ceil(daysOverdue / length);
  const next = addDays(dueOn, missed * length);
  return { dueOn, daysOverdue, missed, coverFrom: today, coverUntil: member.leftOn !== null && next >= member.leftOn ? null : next };
}

/**
 * What is due for one member on `today`, or null when nothing is: not a member
 * that day, the group opted out, or no further due date while they are a member.
 * `lastHeldOn` is their last 1:1 held in this group on or before today.
 */
export function duePeriod(cadence: OneToOneCadence, member: Period, meetings: readonly CadenceMeeting[], lastHeldOn: string | null, today: string): DuePeriod | null {
  if (!isActiveOn(member, today)) return null;
  switch (cadence.type) {
    case 'none':
      return null;
    case 'between-meetings':
      return betweenMeetings(member, meetingDays(meetings), lastHeldOn, today);
    case 'every-weeks':
      return everyWeeks(member, cadence.weeks, lastHeldOn, today);
  }
}
