import type { CalendarEvent, CalendarPerson, CalendarSeries } from './calendar-event';
import { dayAndMonth, dayAndTime, monthAndYear, readClock, shortDayAndTime } from './reader-clock';

// The subject and plain-text part of an invitation email. The calendar part is
// what the recipient's calendar acts on; this text is what they read first, so
// it gives every time on THEIR clock (their calendar converts the calendar part
// itself, but a person reading "18:00" in an email from a London coach should
// not have to do the sum). Times are read from the UTC instants, never through
// the machine's zone, so the text is the same wherever the app runs.
// Only what the calendar part already says goes in: titles, times, place, link.

/** The same shape as InvitationItem in invitation.ts, written out so this file does not depend on the writer. */
export type InvitationTextItem = { type: 'event'; event: CalendarEvent } | { type: 'series'; series: CalendarSeries };

export interface InvitationTextInput {
  recipient: CalendarPerson & { timeZone: string };
  coachName: string;
  method: 'REQUEST' | 'CANCEL';
  item: InvitationTextItem;
  /**
   * Whether the recipient already holds an earlier version. Defaults to "the
   * SEQUENCE has risen" (sequence > 0); the export ledger knows better for a
   * person added after a change, whose first invitation should not say "Updated".
   */
  update?: boolean;
}

// Both are asked for every meeting of every member's series (thousands per
// export, measured as the largest cost of the drafts): the answers are pure, so
// they are remembered, bounded.
const knownZones = new Map<string, boolean>();
function isZone(zone: string): boolean {
  const known = knownZones.get(zone);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    ok = zone !== '';
  } catch {
    ok = false;
  }
  if (knownZones.size > 1_000) knownZones.clear();
  knownZones.set(zone, ok);
  return ok;
}

const sameInstant = (a: string, b: string): boolean => {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a === b : x === y;
};

/** "Tue 12 Jan 2027, 13:00–14:30"; a meeting that ends after midnight on the reader's clock says when. */
const timeLines = new Map<string, string>();
function timeLine(event: CalendarEvent, zone: string): string {
  const key = `${event.start} ${event.end} ${zone}`;
  const known = timeLines.get(key);
  if (known !== undefined) return known;
  if (timeLines.size > 100_000) timeLines.clear();
  const line = readTimeLine(event, zone);
  timeLines.set(key, line);
  return line;
}

function readTimeLine(event: CalendarEvent, zone: string): string {
  const start = readClock(event.start, zone);
  const end = readClock(event.end, zone);
  return `${dayAndTime(start)}–${start.date === end.date ? end.time : shortDayAndTime(end)}`;
}

function meetingLine(event: CalendarEvent, zone: string, callingOff: boolean): string {
  const notes: string[] = [];
  const moved = event.series !== null && !sameInstant(event.start, event.series.originalStart);
  if (moved && event.series && !Number.isNaN(Date.parse(event.series.originalStart))) {
    notes.push(`moved from ${dayAndTime(readClock(event.series.originalStart, zone))}`);
  } else if (moved) {
    notes.push('moved');
  }
  if (event.cancelled || callingOff) notes.push('CANCELLED');
  return `- ${timeLine(event, zone)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/** "monthly" from FREQ=MONTHLY, "fortnightly" from FREQ=WEEKLY;INTERVAL=2; '' when the rule says something rarer. */
function cadence(rule: string): string {
  const freq = /FREQ=([A-Z]+)/.exec(rule)?.[1];
  const interval = Number(/INTERVAL=(\d+)/.exec(rule)?.[1] ?? '1');
  if (freq === 'MONTHLY' && interval === 1) return 'monthly';
  if (freq === 'WEEKLY' && interval === 1) return 'weekly';
  if (freq === 'WEEKLY' && interval === 2) return 'fortnightly';
  return '';
}

/** "Jan to Dec 2027", "Sep 2026 to Aug 2027", "Mar 2027": the months the meetings span on the reader's clock. */
function monthSpan(firstStart: string, lastStart: string, zone: string): string {
  const first = readClock(firstStart, zone);
  const last = readClock(lastStart, zone);
  if (first.year === last.year && first.month === last.month) return monthAndYear(first);
  if (first.year === last.year) return `${first.month} to ${monthAndYear(last)}`;
  return `${monthAndYear(first)} to ${monthAndYear(last)}`;
}

function seriesTitle(series: CalendarSeries, zone: string, callingOff: boolean): string {
  const held = callingOff ? series.meetings : series.meetings.filter((m) => !m.cancelled);
  const counted = held.length > 0 ? held : series.meetings;
  const [first, last] = [counted[0], counted[counted.length - 1]];
  if (!first || !last) return series.summary;
  const kind = cadence(series.rule);
  const noun = counted.length === 1 ? 'meeting' : 'meetings';
  return `${series.summary}: ${counted.length} ${kind ? `${kind} ` : ''}${noun}, ${monthSpan(first.start, last.start, zone)}`;
}

export function invitationText(input: InvitationTextInput): { subject: string; text: string } {
  const { recipient, coachName, method, item } = input;
  const callingOff = method === 'CANCEL';
  const plannedZone = item.type === 'event' ? item.event.timeZone : item.series.timeZone;
  // A zone the runtime does not know would make every time "Invalid Date": read
  // them where the event is planned instead, and say so.
  const ownZone = isZone(recipient.timeZone);
  const zone = ownZone ? recipient.timeZone : plannedZone;
  const sequence = item.type === 'event' ? item.event.sequence : item.series.sequence;
  const update = input.update ?? sequence > 0;

  const events = item.type === 'event' ? [item.event] : item.series.meetings;
  const title = item.type === 'event' ? item.event.summary : seriesTitle(item.series, zone, callingOff);
  const location = item.type === 'event' ? item.event.location : item.series.location;
  const url = item.type === 'event' ? item.event.url : item.series.url;

  let subject: string;
  if (callingOff) {
    subject = item.type === 'event' ? `Cancelled: ${title} on ${dayAndMonth(readClock(item.event.start, zone))}` : `Cancelled: ${title}`;
  } else if (update) {
    subject = `Updated: ${title}`;
  } else {
    subject = item.type === 'event' ? `${title} on ${dayAndMonth(readClock(item.event.start, zone))}` : title;
  }

  const opening = callingOff
    ? `${coachName} has cancelled ${item.type === 'series' ? 'these meetings' : 'this'}:`
    : update
      ? `${coachName} has updated this invitation:`
      : `${coachName} has invited you to:`;
  const zoneLine = ownZone
    ? `Times are in your time zone, ${zone}.`
    : `Times are in ${zone}, where ${item.type === 'series' ? 'the meetings are' : 'it is'} planned.`;
  const plannedLine = ownZone && plannedZone !== zone ? [`(Planned in ${plannedZone} time; your calendar shows your own.)`] : [];
  const place = callingOff ? [] : [...(location && location !== url ? [`Where: ${location}`] : []), ...(url ? [`Join: ${url}`] : [])];
  const closing = callingOff
    ? 'This cancellation updates the event already in your calendar: it is marked cancelled or removed, and no copy is left behind.'
    : 'If this is already in your calendar, this invitation updates it in place; it does not add a second copy.';

  const lines = [
    `Hello ${recipient.name},`,
    '',
    opening,
    title,
    '',
    zoneLine,
    ...plannedLine,
    '',
    ...events.map((event) => meetingLine(event, zone, callingOff)),
    ...(place.length > 0 ? ['', ...place] : []),
    '',
    closing,
    '',
  ];
  return { subject, text: lines.join('\n') };
}
