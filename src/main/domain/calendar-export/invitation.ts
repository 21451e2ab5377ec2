import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, type ICalAttendeeData, type ICalCalendar, type ICalEventData } from 'ical-generator';
import { RRuleTemporal } from 'rrule-temporal';
import { resolveLocalTime } from '../../../shared/calendar/zoned';
import type { CalendarEvent, CalendarPerson, CalendarSeries } from './calendar-event';
import { addReminders, eventData, eventTimes, fileText, newCalendar, organizerOf, safeCommonName } from './ics-file';
import { isPlainWallTime, isUtcZone, utcText, wallText, wallTimeAt, zonedForGenerator, zonedInstant, type WallTime } from './vtimezone';

// An invitation is the calendar part of one email draft: METHOD:REQUEST (or
// CANCEL) from the coach as ORGANIZER to one person as ATTENDEE, carrying one
// calendar object (one UID, RFC 5546), because mail clients act on one
// invitation per message and apply a newer one with the same UID in place.
//
// A meeting series goes out as one recurring event: a master VEVENT with the
// series' stored rule, and the meetings the rule does not describe on its own
// as exceptions. Clients match an exception to its occurrence by the
// occurrence's wall time in the master's TZID, so every RECURRENCE-ID, EXDATE
// and RDATE is written on the master's clock.

export type InvitationItem = { type: 'event'; event: CalendarEvent } | { type: 'series'; series: CalendarSeries };

/** CANCEL when nothing of the item is left to attend: the event is cancelled, or every meeting of the series is. */
export function invitationMethod(item: InvitationItem): 'REQUEST' | 'CANCEL' {
  if (item.type === 'event') return item.event.cancelled ? 'CANCEL' : 'REQUEST';
  const { meetings } = item.series;
  return meetings.length > 0 && meetings.every((m) => m.cancelled) ? 'CANCEL' : 'REQUEST';
}

export interface InvitationInput {
  method: 'REQUEST' | 'CANCEL';
  organizer: CalendarPerson;
  attendee: CalendarPerson;
  item: InvitationItem;
  now: Date;
  remindersMinutes: readonly number[];
}

/** Past this, a rule is not a programme's meetings; expansion stops rather than run on. */
const MAX_OCCURRENCES = 2_000;
const MINUTE = 60_000;

function attendeeOf(person: CalendarPerson, method: 'REQUEST' | 'CANCEL'): ICalAttendeeData {
  const base = { name: safeCommonName(person.name), email: person.email.trim(), role: ICalAttendeeRole.REQ };
  // RFC 5546 §3.2.5: cancelling a whole event names every attendee; there is nothing left for them to answer.
  return method === 'REQUEST' ? { ...base, status: ICalAttendeeStatus.NEEDSACTION, rsvp: true } : base;
}

// ---------- the stored rule ----------

interface StoredRule {
  zone: string;
  start: WallTime;
  /** The RRULE line as stored, 'RRULE:' included. */
  rruleLine: string;
}

const DTSTART = /^DTSTART;TZID=([^:;"]+):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/;

/** The DTSTART and RRULE lines of a series' stored text ("DTSTART;TZID=...:...\nRRULE:..."). */
export function parseStoredRule(text: string): StoredRule {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const start = lines.map((line) => DTSTART.exec(line)).find((m) => m !== null);
  const rruleLine = lines.find((line) => line.startsWith('RRULE:'));
  if (!start || rruleLine === undefined) throw new Error(`A series rule needs a DTSTART line with a TZID and an RRULE line: ${JSON.stringify(text)}`);
  const [, zone, y, mo, d, h, mi, s] = start as unknown as [string, string, string, string, string, string, string, string];
  return { zone, start: { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +s }, rruleLine };
}

const two = (n: number): string => String(n).padStart(2, '0');
const localOf = (w: WallTime) => ({ date: `${w.year}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` });

interface Occurrence {
  wall: WallTime;
  /** The instant RFC 5545 readers give this wall time (a skipped time with the offset before the jump, a doubled one as the first). */
  instant: string | null;
  /** False for a wall time the clocks skip or pass twice: readers do not agree what it means (ICS.md). */
  plain: boolean;
  /** Every instant a reader might take this wall time for. */
  means: string[];
}

function occurrenceOf(wall: WallTime, zone: string): Occurrence {
  if (isUtcZone(zone)) {
    const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    const instant = new Date(ms).toISOString();
    return { wall, instant, plain: true, means: [instant] };
  }
  const resolved = resolveLocalTime(localOf(wall), zone);
  const plus = (instant: string) => new Date(Date.parse(instant) + wall.second * 1000).toISOString();
  switch (resolved.kind) {
    case 'exact':
      return { wall, instant: plus(resolved.instant), plain: true, means: [plus(resolved.instant)] };
    case 'twice':
      return { wall, instant: plus(resolved.earlier.instant), plain: false, means: [plus(resolved.earlier.instant), plus(resolved.later.instant)] };
    case 'gap':
      return { wall, instant: plus(resolved.movedForward.instant), plain: false, means: [plus(resolved.movedForward.instant)] };
    case 'invalid':
      return { wall, instant: null, plain: false, means: [] };
  }
}

/** UNTIL as a test on an occurrence: UTC (as the app writes it), a date, or a wall time. */
function untilTest(until: string | undefined): (o: Occurrence) => boolean {
  if (until === undefined) return () => true;
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until);
  if (!m) throw new Error(`UNTIL=${until} is not a date or a date and time.`);
  const [, y, mo, d, h, mi, s, z] = m;
  if (h === undefined) return (o) => wallText(o.wall).slice(0, 8) <= `${y}${mo}${d}`;
  if (z === 'Z') {
    const last = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!, +s!);
    return (o) => o.instant !== null && Date.parse(o.instant) <= last;
  }
  return (o) => wallText(o.wall) <= `${y}${mo}${d}T${h}${mi}${s}`;
}

/**
 * Every occurrence the rule itself gives, in order, bounded. A DTSTART the
 * rule would not give is left out: RFC 5545 counts it as the first
 * occurrence, but ical.js does not (measured), so the writer never relies on
 * it (see addSeries). The rule is expanded
 * in floating time (wall readings pinned to UTC, as the app's series are
 * planned), so a skipped or doubled time is kept and seen, not silently moved
 * or dropped by the library; UNTIL is then applied to each occurrence's
 * instant, since UNTIL is UTC and the walls are not.
 */
/**
 * Every member's invitation to a series expands the same rule: the occurrences
 * are remembered per rule (read-only to callers), which took the expansion out
 * of the export's cost (measured: 3 s of 14 s over 300 people).
 */
const expanded = new Map<string, readonly Occurrence[]>();
export function ruleOccurrences(rule: StoredRule): readonly Occurrence[] {
  const key = `${rule.zone} ${wallText(rule.start)} ${rule.rruleLine}`;
  const known = expanded.get(key);
  if (known !== undefined) return known;
  if (expanded.size > 1_000) expanded.clear();
  const occurrences = expandRule(rule);
  expanded.set(key, occurrences);
  return occurrences;
}

function expandRule(rule: StoredRule): Occurrence[] {
  const parts = rule.rruleLine.slice('RRULE:'.length).split(';');
  const until = parts.find((p) => p.toUpperCase().startsWith('UNTIL='))?.slice('UNTIL='.length);
  const rest = parts.filter((p) => !p.toUpperCase().startsWith('UNTIL='));
  const w = rule.start;
  const text = `${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}+00:00[UTC]`;
  const recurrence = new RRuleTemporal({
    rruleString: rest.join(';'),
    dtstart: { timeZoneId: 'UTC', toString: () => text } as never,
    maxIterations: 50_000,
  });
  const keep = untilTest(until);
  const walls: WallTime[] = [];
  recurrence.all((o) => {
    const p = o.toPlainDateTime();
    walls.push({ year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second });
    return walls.length < MAX_OCCURRENCES;
  });
  const out: Occurrence[] = [];
  for (const wall of walls) {
    const occurrence = occurrenceOf(wall, rule.zone);
    // Walls only rise, so past UNTIL nothing later comes back inside it.
    if (!keep(occurrence)) break;
    out.push(occurrence);
  }
  return out.sort((a, b) => wallText(a.wall).localeCompare(wallText(b.wall)));
}

// ---------- writing ----------

/** A time on the master's clock, as the writer of each property needs it. */
interface MasterClock {
  zone: string | null;
  /** The value for ical-generator of an occurrence at this wall time. */
  atWall(o: Occurrence): ICalEventData['start'];
  /** The value for ical-generator of an instant (an RDATE's or an exception's own time). */
  atInstant(instant: string): ICalEventData['start'];
}

function masterClock(zone: string): MasterClock {
  if (isUtcZone(zone)) return { zone: null, atWall: (o) => new Date(o.instant!), atInstant: (i) => new Date(i) };
  return { zone, atWall: (o) => zonedForGenerator(o.wall, zone, o.instant!), atInstant: (i) => zonedInstant(i, zone) };
}

const sameDetails = (m: CalendarEvent, s: CalendarSeries): boolean =>
  m.summary === s.summary && m.description === s.description && m.location === s.location && m.url === s.url;

/** A line of the written file to put back as it must read: ical-generator writes all of one event's times on one clock. */
type LineFix = [written: string, meant: string];

function addSeries(calendar: ICalCalendar, input: InvitationInput, series: CalendarSeries, people: Pick<ICalEventData, 'organizer' | 'attendees'>): LineFix[] {
  const stored = parseStoredRule(series.rule);
  const clock = masterClock(stored.zone);
  const occurrences = ruleOccurrences(stored);
  const first = occurrences[0];
  // The master starts at the rule's first occurrence. That is the stored DTSTART
  // for every rule the app writes; a DTSTART off the rule (text edited by hand)
  // is read differently by different readers, so its meeting goes out as an RDATE.
  if (first === undefined || first.instant === null) throw new Error(`The series ${series.seriesId} has no first meeting: ${JSON.stringify(series.rule)}`);
  const cancelling = input.method === 'CANCEL';
  const details = { uid: series.uid, sequence: series.sequence };

  // Each meeting claims the occurrence at its original start. An occurrence on
  // a DST edge (a skipped or doubled wall time) is claimed by a meeting at any
  // instant it could mean, and always gets an exception that pins the meeting's
  // own instant: readers disagree on the wall time, never on the exception.
  // (Excluding it and adding the meeting as an RDATE fails: python's
  // recurring_ical_events reads the EXDATE as the RDATE's instant and drops both, measured.)
  const byInstant = new Map<number, Occurrence>();
  for (const o of [...occurrences.filter((x) => !x.plain), ...occurrences.filter((x) => x.plain)]) for (const i of o.means) byInstant.set(Date.parse(i), o);
  const claimed = new Set<Occurrence>();
  const rdates: string[] = [];
  const exceptions: { meeting: CalendarEvent; recurrenceId: ICalEventData['start']; zone: string | null; edge: Occurrence | null }[] = [];
  for (const meeting of series.meetings) {
    // RFC 5546 §3.2.2 allows only TENTATIVE or CONFIRMED in a REQUEST (libical's check refuses a
    // cancelled exception there), so a cancelled meeting is left unclaimed and excluded by EXDATE:
    // every client then removes that one meeting. The import files keep it, as STATUS:CANCELLED.
    if (meeting.cancelled && !cancelling) continue;
    const original = meeting.series?.originalStart ?? meeting.start;
    const occurrence = byInstant.get(Date.parse(original));
    const moved = meeting.start !== original || Date.parse(meeting.end) - Date.parse(meeting.start) !== series.minutes * MINUTE;
    // Most meetings are their occurrence exactly: no exception, and no RECURRENCE-ID to work out.
    const differs = meeting.cancelled || moved || !sameDetails(meeting, series);
    let zone = clock.zone;
    let edge: Occurrence | null = null;
    if (occurrence !== undefined && !claimed.has(occurrence)) {
      claimed.add(occurrence);
      if (!occurrence.plain && clock.zone !== null) {
        edge = occurrence;
        // A meeting in the doubled hour can only be written in UTC; its RECURRENCE-ID is put back on the master's clock below.
        if (!isPlainWallTime(meeting.start, clock.zone) || !isPlainWallTime(meeting.end, clock.zone)) zone = null;
      }
      if (differs || edge !== null) exceptions.push({ meeting, recurrenceId: zone === null ? new Date(occurrence.instant!) : clock.atWall(occurrence), zone, edge });
    } else {
      // Not a time of the rule (the rule was edited since): an extra date of the series.
      rdates.push(original);
      if (clock.zone !== null && !isPlainWallTime(original, clock.zone)) zone = null;
      if (differs) exceptions.push({ meeting, recurrenceId: zone === null ? new Date(original) : clock.atInstant(original), zone, edge });
    }
  }
  const exdates = occurrences.filter((o) => !claimed.has(o));

  const lines = [stored.rruleLine];
  if (exdates.length > 0) {
    lines.push(clock.zone === null ? `EXDATE:${exdates.map((o) => utcText(o.instant ?? '')).join(',')}` : `EXDATE;TZID=${clock.zone}:${exdates.map((o) => wallText(o.wall)).join(',')}`);
  }
  const zonedRdates = rdates.filter((i) => clock.zone !== null && isPlainWallTime(i, clock.zone));
  const utcRdates = rdates.filter((i) => !zonedRdates.includes(i));
  if (zonedRdates.length > 0) lines.push(`RDATE;TZID=${clock.zone}:${zonedRdates.map((i) => wallText(wallTimeAt(i, clock.zone!))).join(',')}`);
  if (utcRdates.length > 0) lines.push(`RDATE:${utcRdates.map(utcText).join(',')}`);

  const end = new Date(Date.parse(first.instant) + series.minutes * MINUTE).toISOString();
  const master = calendar.createEvent({
    ...eventData({ ...series, ...details, cancelled: cancelling }, input.now),
    ...people,
    timezone: clock.zone,
    start: clock.atWall(first),
    end: clock.atInstant(end),
    // ical-generator writes a rule given as text line by line, RRULE as stored, then the EXDATE and RDATE lines.
    repeating: lines.join('\n'),
  });
  if (cancelling) return []; // The whole series is cancelled: the master says it all.
  addReminders(master, input.remindersMinutes, series.summary);

  const fixes: LineFix[] = [];
  for (const { meeting, recurrenceId, zone, edge } of exceptions) {
    if (edge !== null && zone === null) fixes.push([`\r\nRECURRENCE-ID:${utcText(edge.instant!)}\r\n`, `\r\nRECURRENCE-ID;TZID=${clock.zone}:${wallText(edge.wall)}\r\n`]);
    const times = zone === null ? eventTimes('UTC', meeting.start, meeting.end) : { timezone: zone, start: zonedInstant(meeting.start, zone), end: zonedInstant(meeting.end, zone) };
    const exception = calendar.createEvent({
      ...eventData({ ...meeting, ...details }, input.now),
      ...people,
      ...times,
      recurrenceId,
    });
    if (!meeting.cancelled) addReminders(exception, input.remindersMinutes, meeting.summary);
  }
  return fixes;
}

/** The calendar part of one invitation email: one UID, the coach as ORGANIZER, the person as ATTENDEE. */
export function writeInvitation(input: InvitationInput): string {
  const method = input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = newCalendar(method, null);
  const people = { organizer: organizerOf(input.organizer), attendees: [attendeeOf(input.attendee, input.method)] };
  let fixes: LineFix[] = [];
  if (input.item.type === 'series') {
    fixes = addSeries(calendar, input, input.item.series, people);
  } else {
    const { event } = input.item;
    const cancelled = event.cancelled || input.method === 'CANCEL';
    const written = calendar.createEvent({
      ...eventData({ ...event, cancelled }, input.now),
      ...people,
      ...eventTimes(event.timeZone, event.start, event.end),
    });
    if (!cancelled) addReminders(written, input.remindersMinutes, event.summary);
  }
  let text = fileText(calendar);
  // Short lines, never folded, each written once: an exact replacement.
  for (const [written, meant] of fixes) text = text.replace(written, meant);
  return text;
}
