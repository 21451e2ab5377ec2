import type { OneToOne, PairingRound, PairSession } from '../../../shared/between';
import { isActiveOn } from '../../../shared/calendar/periods';
import { planOccurrence } from '../../../shared/calendar/recurrence';
import type { Group, Membership, Person } from '../../../shared/entities';
import type { Meeting, MeetingSeries } from '../../../shared/meetings';
import type { CalendarEvent, CalendarEventKind } from './calendar-event';
import { joinLines, namesInWords, placeOfMode, placeOfText, type EventPlace } from './event-content';

// Who sees which event, and what each of them sees. Every event of every
// running group is built once in the coach's words (the version whose
// fingerprint decides SEQUENCE), with the people it belongs to; a member's copy
// differs only in its title and body ("Pair session with Raj Patel"). Nothing
// here reads notes, goals, check-ins or next steps, so no calendar file can
// carry them: this module is the one door between the records and the files.

export interface ScheduleGroup {
  group: Group;
  memberships: readonly Membership[];
  meetingSeries: readonly MeetingSeries[];
  meetings: readonly Meeting[];
  pairingRounds: readonly PairingRound[];
  oneToOnes: readonly OneToOne[];
}

export interface ScheduleInput {
  groups: readonly ScheduleGroup[];
  people: ReadonlyMap<string, Person>;
  coachName: string;
}

/** A pair session lasts an hour, for a pair and a triad alike (the pair-session guide). */
export const PAIR_SESSION_MINUTES = 60;

/** An event before SEQUENCE is known, with who it is for. */
export interface ScheduledEvent {
  /** The coach's copy (the one fingerprinted). */
  event: Omit<CalendarEvent, 'sequence'>;
  /** The record's own change counter, where it keeps one (meetings and 1:1s); 0 otherwise. */
  storedSequence: number;
  /** The people whose calendars it belongs in (never the coach, who has every event). */
  personIds: readonly string[];
  /** Each person's own title and body. */
  copyFor(personId: string): Pick<CalendarEvent, 'summary' | 'description'>;
}

export const uidOf = (kind: CalendarEventKind | 'series', recordId: string): string => `${kind}-${recordId}@circlekeeper`;

const coachWords = (coachName: string): string => (coachName.trim() === '' ? 'your coach' : coachName.trim());
const nameOf = (people: ReadonlyMap<string, Person>, id: string): string => people.get(id)?.name ?? 'Former member';

function meetingEvents(g: ScheduleGroup, input: ScheduleInput): ScheduledEvent[] {
  const { group } = g;
  const title = `${group.name}: group meeting`;
  return g.meetings.map((m) => {
    const place: EventPlace = placeOfMode(m.place ?? group.mode);
    const description = [`Peer coaching meeting of ${group.name}, with ${coachWords(input.coachName)}.`, ...joinLines(place)].join('\n');
    const personIds = g.memberships.filter((ms) => isActiveOn(ms, m.date) && input.people.has(ms.personId)).map((ms) => ms.personId);
    return {
      event: {
        uid: uidOf('meeting', m.id),
        kind: 'meeting',
        recordId: m.id,
        groupId: group.id,
        summary: title,
        description,
        date: m.date,
        startTime: m.startTime,
        timeZone: m.timeZone,
        minutes: m.minutes,
        start: m.start,
        end: m.end,
        ...place,
        cancelled: m.status === 'cancelled',
        series: m.seriesId !== null && m.seriesStart !== null ? { id: m.seriesId, originalStart: m.seriesStart } : null,
      },
      storedSequence: m.sequence,
      personIds: [...new Set(personIds)],
      copyFor: () => ({ summary: title, description }),
    };
  });
}

/** Where a pair's agreed local time falls; a time the clocks skip is read as calendar apps read it (moved forward). */
function sessionSpan(session: PairSession): { date: string; startTime: string; timeZone: string; start: string; end: string } | null {
  const agreed = session.agreedTime;
  if (agreed === null) return null;
  const planned = planOccurrence(agreed.date, agreed.time, agreed.timeZone, PAIR_SESSION_MINUTES);
  const base = { date: agreed.date, startTime: agreed.time, timeZone: agreed.timeZone };
  switch (planned.status) {
    case 'ok':
      return { ...base, start: planned.start, end: planned.end };
    case 'gap':
      return { ...base, startTime: planned.movedForward.time, start: planned.movedForward.start, end: planned.movedForward.end };
    case 'twice':
      return { ...base, start: planned.earlier.start, end: planned.earlier.end };
    case 'invalid':
      return null;
  }
}

function pairSessionEvents(g: ScheduleGroup, input: ScheduleInput): ScheduledEvent[] {
  const events: ScheduledEvent[] = [];
  const { group } = g;
  for (const round of g.pairingRounds) {
    for (const session of round.sessions) {
      const span = sessionSpan(session);
      if (span === null) continue;
      const place = placeOfText(session.where);
      const names = session.personIds.map((id) => nameOf(input.people, id));
      const body = (partners: string): string =>
        [`Peer coaching pair session of ${group.name} with ${partners}: an hour, each of you the coach for half of it.`, ...joinLines(place)].join('\n');
      events.push({
        event: {
          uid: uidOf('pair-session', session.id),
          kind: 'pair-session',
          recordId: session.id,
          groupId: group.id,
          summary: `Pair session: ${namesInWords(names)} (${group.name})`,
          description: body(namesInWords(names)),
          ...span,
          minutes: PAIR_SESSION_MINUTES,
          ...place,
          cancelled: session.status === 'skipped',
          series: null,
        },
        storedSequence: 0,
        personIds: session.personIds.filter((id) => input.people.has(id)),
        copyFor: (personId) => {
          const partners = namesInWords(session.personIds.filter((id) => id !== personId).map((id) => nameOf(input.people, id)));
          return { summary: `Pair session with ${partners} (${group.name})`, description: body(partners) };
        },
      });
    }
  }
  return events;
}

function oneToOneEvents(g: ScheduleGroup, input: ScheduleInput): ScheduledEvent[] {
  const { group } = g;
  return g.oneToOnes.map((o) => {
    const place = placeOfText(o.where);
    const member = nameOf(input.people, o.personId);
    const coach = coachWords(input.coachName);
    return {
      event: {
        uid: uidOf('one-to-one', o.id),
        kind: 'one-to-one',
        recordId: o.id,
        groupId: group.id,
        summary: `1:1 with ${member} (${group.name})`,
        description: [`Your 1:1 with ${member}, a member of ${group.name}.`, ...joinLines(place)].join('\n'),
        date: o.date,
        startTime: o.startTime,
        timeZone: o.timeZone,
        minutes: o.minutes,
        start: o.start,
        end: o.end,
        ...place,
        cancelled: o.status === 'cancelled',
        series: null,
      },
      storedSequence: o.sequence,
      personIds: input.people.has(o.personId) ? [o.personId] : [],
      copyFor: () => ({
        summary: `1:1 with ${coach}`,
        description: [`Your 1:1 with ${coach}, between the meetings of ${group.name}.`, ...joinLines(place)].join('\n'),
      }),
    };
  });
}

/** Every event of every group that still runs, in time order (then by UID, so the order is stable). */
export function scheduledEvents(input: ScheduleInput): ScheduledEvent[] {
  const all: ScheduledEvent[] = [];
  for (const g of input.groups) {
    if (g.group.archivedAt !== null) continue;
    all.push(...meetingEvents(g, input), ...pairSessionEvents(g, input), ...oneToOneEvents(g, input));
  }
  return all.sort((a, b) => a.event.start.localeCompare(b.event.start) || a.event.uid.localeCompare(b.event.uid));
}
