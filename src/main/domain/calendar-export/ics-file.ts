import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus, type ICalCalendar, type ICalEvent, type ICalEventData } from 'ical-generator';
import type { CalendarEvent, CalendarPerson } from './calendar-event';
import { canWriteInZone, vtimezoneGenerator, zonedInstant } from './vtimezone';

// The file a coach hands out to be imported (METHOD:PUBLISH): a snapshot of
// someone's schedule, one plain VEVENT per meeting, pair session or 1:1. No
// RRULE even for a series: single events are the one form every client
// imports alike. No ATTENDEE: libical refuses attendees under PUBLISH and
// Outlook turns them into meeting requests (ICS.md). The invitation writer
// (invitation.ts) builds on the same calendar and event helpers.

export interface PublishFileInput {
  calendarName: string;
  organizer: CalendarPerson | null;
  events: readonly CalendarEvent[];
  now: Date;
  remindersMinutes: readonly number[];
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/**
 * A calendar name ical-generator can write: it writes NAME and X-WR-CALNAME
 * unescaped (trap 3), so the characters TEXT would escape, and line breaks
 * that would start a new property, are replaced by spaces.
 */
export function safeCalendarName(name: string): string {
  const clean = name.replace(CONTROL, ' ').replace(/[,;\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean === '' ? 'Circlekeeper' : clean;
}

/**
 * A person's name as a CN parameter: a straight double quote would be written
 * as ^' (RFC 6868, trap 4), which several readers show as it is, so it
 * becomes a typographic apostrophe; control characters cannot be in a
 * parameter at all.
 */
export function safeCommonName(name: string): string {
  const clean = name.replace(CONTROL, ' ').replace(/"/g, '’').replace(/\s+/g, ' ').trim();
  return clean === '' ? 'Circlekeeper' : clean;
}

/** A calendar with the VTIMEZONE hook, and a calendar-level zone of none (trap 2: a name there breaks DTSTAMP). */
export function newCalendar(method: ICalCalendarMethod, name: string | null): ICalCalendar {
  return ical({
    prodId: { company: 'Circlekeeper', product: 'Circlekeeper', language: 'EN' },
    method,
    ...(name === null ? {} : { name: safeCalendarName(name) }),
    timezone: { name: null, generator: vtimezoneGenerator },
  });
}

/** The text of a whole file, each line (the last too) ended by CRLF as RFC 5545 asks. */
export const fileText = (calendar: ICalCalendar): string => `${calendar.toString()}\r\n`;

export type EventTimes = Pick<ICalEventData, 'start' | 'end' | 'timezone'>;

/**
 * Start and end on the zone's clock, or in UTC when the zone cannot carry
 * them: no VTIMEZONE for it (UTC itself, an unknown zone), a definition that
 * reads the time otherwise than the app's own tz data, or a time in the hour
 * the clocks go back over (it names two instants and readers differ on which).
 * Either way the file names exactly the instants the app stores. The wall
 * time written is the instant read in the zone: the event's planned date and
 * start time, except for a time the clocks skip, where it is the time the
 * app moved the meeting to (01:30 on a spring-forward night goes out as 02:30).
 */
export function eventTimes(zone: string, start: string, end: string): EventTimes {
  if (canWriteInZone(zone, [start, end])) return { timezone: zone, start: zonedInstant(start, zone), end: zonedInstant(end, zone) };
  // No zone on the event, so the library writes these Dates in UTC with Z (a Date is only unsafe with a zone, trap 1).
  return { timezone: null, start: new Date(start), end: new Date(end) };
}

/** Reminders before the start, each at most once, as DISPLAY alarms (which need a DESCRIPTION). */
export function addReminders(event: ICalEvent, remindersMinutes: readonly number[], summary: string): void {
  const minutes = [...new Set(remindersMinutes.filter((m) => Number.isFinite(m) && m >= 0).map((m) => Math.round(m)))].sort((a, b) => b - a);
  for (const m of minutes) event.createAlarm({ type: ICalAlarmType.display, trigger: m * 60, description: summary });
}

export interface EventDetails {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string;
  url: string;
  cancelled: boolean;
}

/** The properties every written VEVENT has; times, people and reminders are the caller's. */
export function eventData(details: EventDetails, now: Date): ICalEventData {
  return {
    id: details.uid,
    sequence: details.sequence,
    // No zone reaches DTSTAMP (the calendar has none), so this Date is written in UTC with Z.
    stamp: now,
    start: now,
    summary: details.summary,
    ...(details.description !== '' ? { description: details.description } : {}),
    ...(details.location !== '' ? { location: details.location } : {}),
    ...(details.url !== '' ? { url: details.url } : {}),
    status: details.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

export const organizerOf = (person: CalendarPerson): { name: string; email: string } => ({ name: safeCommonName(person.name), email: person.email.trim() });

/** The import file for a person, a group or the coach: METHOD:PUBLISH, one VEVENT per event, ORGANIZER only. */
export function writePublishFile(input: PublishFileInput): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, input.calendarName);
  for (const event of input.events) {
    const written = calendar.createEvent({
      ...eventData(event, input.now),
      ...eventTimes(event.timeZone, event.start, event.end),
      ...(input.organizer !== null ? { organizer: organizerOf(input.organizer) } : {}),
    });
    // A cancelled meeting stays in the file to take it out of calendars; it needs no reminder.
    if (!event.cancelled) addReminders(written, input.remindersMinutes, event.summary);
  }
  return fileText(calendar);
}
