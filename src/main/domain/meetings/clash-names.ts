import { format } from 'date-fns';
import { utcDay } from '../../../shared/calendar/days';
import { localTimeAt } from '../../../shared/calendar/zoned';
import type { NamedClash, ZonedTimes } from '../../../shared/meeting-plan-views';
import type { Conflict } from './conflicts';

// A clash the coach can act on names what it clashes with and when, on their
// own clock: "Overlaps Founders Circle (Tue 13 Jan 2026, 18:00–19:30, your
// time) by 30 minutes." Group and member names and zones come from the
// caller, so this stays pure.

const shortDay = (date: string): string => format(utcDay(date), 'EEE d MMM yyyy');

/** A meeting's start and end as `zone`'s clock reads them, with a label; a meeting past midnight says so. */
export function zonedTimes(start: string, end: string, zone: string): ZonedTimes {
  const from = localTimeAt(start, zone);
  const to = localTimeAt(end, zone);
  const endsLater = to.date !== from.date ? ` (ends ${shortDay(to.date)})` : '';
  return {
    zone,
    date: from.date,
    startTime: from.time,
    endTime: to.time,
    label: `${shortDay(from.date)}, ${from.time}–${to.time}${endsLater}`,
  };
}

const minutesText = (n: number): string => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

/** What the other side is called, and how a sentence names it before its time. */
function namesOf(other: Conflict['with'], groupNames: ReadonlyMap<string, string>, personNames: ReadonlyMap<string, string>): { name: string; what: string } {
  switch (other.kind) {
    case 'meeting': {
      const name = groupNames.get(other.groupId) ?? 'Another group';
      return { name, what: name };
    }
    case 'one-to-one': {
      const name = `1:1 with ${personNames.get(other.personId) ?? 'a member'}`;
      return { name, what: `your ${name}` };
    }
    case 'busy': {
      const name = other.label.trim() || 'Busy';
      return { name, what: `your busy time “${name}”` };
    }
  }
}

/**
 * One conflict, named: `groupNames` maps group ids to names, `personNames`
 * person ids to the names of members the coach holds 1:1s with; times are read
 * in the coach's zone.
 */
export function nameClash(conflict: Conflict, groupNames: ReadonlyMap<string, string>, coachZone: string, personNames: ReadonlyMap<string, string>): NamedClash {
  const other = conflict.with;
  const when = zonedTimes(other.start, other.end, coachZone).label;
  const { name, what: called } = namesOf(other, groupNames, personNames);
  const what = `${called} (${when}, your time)`;
  const text =
    conflict.kind === 'overlap'
      ? `Overlaps ${what} by ${minutesText(conflict.minutes)}.`
      : conflict.minutes === 0
        ? `Runs straight on from ${what}, with no break between.`
        : `Leaves only ${minutesText(conflict.minutes)} between this and ${what}.`;
  return {
    kind: other.kind,
    groupId: other.kind === 'busy' ? null : other.groupId,
    meetingId: other.kind === 'meeting' ? other.id : null,
    name,
    when,
    relation: conflict.kind,
    minutes: conflict.minutes,
    text,
  };
}
