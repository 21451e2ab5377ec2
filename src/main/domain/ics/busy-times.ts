import ICAL from 'ical.js';
import { RRuleTemporal } from 'rrule-temporal';
import { addDaysToDate, addMonthsToDate, todayIn } from '../../../shared/calendar/days';
import { startOfDayIn } from '../../../shared/calendar/zoned';
import {
  BUSY_MONTHS_AHEAD,
  BUSY_MONTHS_BACK,
  BUSY_SKIP_REASONS,
  MAX_BUSY_DAYS,
  MAX_BUSY_FILE_EVENTS,
  MAX_BUSY_TIMES,
  type BusySkipReason,
} from '../../../shared/busy-import';
import type { ImportScheduler } from '../address-book/scheduler';
import { utcZone, wallOf, zoneReader, type EventZone, type ZoneReader } from './event-zones';

// The coach's other commitments, read from a calendar file they exported
// (Google Calendar, Outlook, Apple Calendar). ical.js reads the file (folded
// lines, escapes, parameters, values); repeating events are expanded with
// rrule-temporal, the RFC 5545 library the app's own series use, because
// ical.js's expansion loops forever on some rules (FREQ=DAILY;BYMONTH=2;
// BYMONTHDAY=30) and gets others wrong. Only what a conflict check needs
// survives: each busy time's start, end and title. Times the coach is not
// really busy (free, cancelled, all-day) are left out and counted, so the
// coach can see why an event is missing.

export interface BusyTimeRead {
  start: string;
  end: string;
  label: string;
}

export type BusyReadOutcome =
  | {
      ok: true;
      busy: BusyTimeRead[];
      fromDate: string;
      toDate: string;
      skipped: { reason: BusySkipReason; count: number }[];
      readInCoachZone: number;
    }
  | { ok: false; message: string };

export interface BusyReadOptions {
  now: Date;
  coachTimeZone: string;
}

const DAY = 86_400_000;
/** A real repeating commitment has at most a few occurrences a day over the window; more is not a busy time. */
const MAX_RULE_ITERATIONS = 3_000;
/** Past this many events that repeat every few minutes, the file is not a calendar anyone keeps. */
const MAX_TOO_FREQUENT = 50;
const LABEL_MAX = 200;

const NOT_A_CALENDAR =
  'This is not a calendar file. Export your calendar as an .ics file (it starts with BEGIN:VCALENDAR) and choose that.';
const UNREADABLE = 'This calendar file could not be read: it is damaged or not in the iCalendar format. Export it again from your calendar.';
const NO_EVENTS = 'This calendar file has no events in it, so there are no busy times to add.';

const fail = (message: string): BusyReadOutcome => ({ ok: false, message });
const fmt = (n: number): string => n.toLocaleString('en');

interface ParsedFile {
  /** Where VTIMEZONE definitions are looked up. */
  calendars: ICAL.Component[];
  events: ICAL.Component[];
  /** Events that could not be parsed at all (a damaged line in one of them). */
  unreadable: number;
}

type JCal = [string, unknown[], JCal[]];

/**
 * The calendars in a text, as one calendar of their VTIMEZONEs and the events
 * on their own. Events are built without a parent on purpose: ical.js looks a
 * TZID up by walking every sibling of the event, which over 20,000 events
 * took 11 s (measured); an event alone keeps each lookup instant, and zones
 * are this file's own business anyway (event-zones.ts).
 */
const parseOne = (text: string): { zones: ICAL.Component; events: ICAL.Component[] } | null => {
  try {
    const parsed: unknown = ICAL.parse(text);
    if (!Array.isArray(parsed) || parsed.length === 0) return null;
    // ical.js answers one component, or a list when the text holds several.
    const list = ((Array.isArray(parsed[0]) ? parsed : [parsed]) as JCal[]).filter((c) => c[0] === 'vcalendar');
    if (list.length === 0) return null;
    const children = list.flatMap((c) => c[2]);
    return {
      zones: new ICAL.Component(['vcalendar', [], children.filter((c) => c[0] === 'vtimezone')] as never),
      events: children.filter((c) => c[0] === 'vevent').map((c) => new ICAL.Component(c as never)),
    };
  } catch {
    return null;
  }
};

const blocks = (text: string, name: 'VEVENT' | 'VTIMEZONE'): string[] =>
  [...text.matchAll(new RegExp(`^BEGIN:${name}[ \\t]*\\r?$[\\s\\S]*?^END:${name}[ \\t]*\\r?$`, 'gim'))].map((m) => m[0]);

const wrap = (body: string): string => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body}\r\nEND:VCALENDAR\r\n`;

/**
 * The file's calendars and events. ical.js refuses a whole file over one bad
 * value (an RRULE it cannot read, say), so when the file as a whole fails,
 * each event is read on its own and only the damaged ones are lost.
 */
function parseFile(text: string): ParsedFile | null {
  const whole = parseOne(text);
  if (whole !== null) return { calendars: [whole.zones], events: whole.events, unreadable: 0 };
  const zones = blocks(text, 'VTIMEZONE').flatMap((block) => parseOne(wrap(block))?.zones ?? []);
  const events: ICAL.Component[] = [];
  let unreadable = 0;
  for (const block of blocks(text, 'VEVENT')) {
    const event = parseOne(wrap(block))?.events[0];
    if (event) events.push(event);
    else unreadable += 1;
  }
  if (events.length === 0 && unreadable === 0) return null;
  return { calendars: zones, events, unreadable };
}

function labelOf(event: ICAL.Component): string {
  const summary = event.getFirstPropertyValue('summary');
  // eslint-disable-next-line no-control-regex
  const text = typeof summary === 'string' ? summary.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim() : '';
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

const textOf = (event: ICAL.Component, name: string): string => {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim().toUpperCase() : '';
};

/** A time property's instant, on its own clock; null when it has none (a DATE, or a wall time that cannot be placed). */
function instantOf(property: ICAL.Property, value: unknown, zones: ZoneReader): number | null {
  if (!(value instanceof ICAL.Time) || value.isDate) return null;
  return zones.zoneOf(property, value).toInstant(wallOf(value));
}

/** Every instant an EXDATE (or RDATE) list names; one property may carry several, separated by commas. */
function instantsOf(event: ICAL.Component, name: 'exdate' | 'rdate', zones: ZoneReader): number[] {
  const out: number[] = [];
  for (const property of event.getAllProperties(name)) {
    for (const value of property.getValues()) {
      // An RDATE may be a PERIOD; its start is the occurrence.
      const time = value instanceof ICAL.Period ? value.start : value;
      const ms = instantOf(property, time, zones);
      if (ms !== null) out.push(ms);
    }
  }
  return out;
}

interface Timed {
  zone: EventZone;
  startWall: number;
  startMs: number;
  lengthMs: number;
}

/** Start and length of a timed event; 'all-day' for a DATE start, null when the dates cannot be read. */
function timingOf(event: ICAL.Component, zones: ZoneReader): Timed | 'all-day' | null {
  const startProperty = event.getFirstProperty('dtstart');
  const start = startProperty?.getFirstValue();
  if (!startProperty || !(start instanceof ICAL.Time)) return null;
  if (start.isDate) return 'all-day';
  const zone = zones.zoneOf(startProperty, start);
  const startWall = wallOf(start);
  const startMs = zone.toInstant(startWall);
  if (startMs === null) return null;
  const endProperty = event.getFirstProperty('dtend');
  const duration = event.getFirstPropertyValue('duration');
  let endMs: number | null = startMs;
  if (endProperty) endMs = instantOf(endProperty, endProperty.getFirstValue(), zones);
  else if (duration instanceof ICAL.Duration) endMs = startMs + duration.toSeconds() * 1000;
  if (endMs === null || !Number.isFinite(endMs)) return null;
  return { zone, startWall, startMs, lengthMs: endMs - startMs };
}

/** The RRULE without UNTIL, and UNTIL as a test on each occurrence (UNTIL is UTC, a date, or wall time). */
function ruleOf(event: ICAL.Component, timed: Timed): { rule: string; before: (wallMs: number, ms: number) => boolean } | null {
  const property = event.getFirstProperty('rrule');
  const recur = property?.getFirstValue();
  if (!property || !(recur instanceof ICAL.Recur)) return null;
  const until = recur.until;
  recur.until = null;
  const rule = recur.toString();
  if (!until) return { rule, before: () => true };
  if (until.isDate) {
    const lastWall = Date.UTC(until.year, until.month - 1, until.day) + DAY;
    return { rule, before: (wallMs) => wallMs < lastWall };
  }
  // UNTIL is UTC when DTSTART has a zone, and wall time when DTSTART floats.
  const untilMs = until.zone === ICAL.Timezone.utcTimezone ? utcZone.toInstant(wallOf(until)) : timed.zone.toInstant(wallOf(until));
  return { rule, before: (_wall, ms) => untilMs === null || ms <= untilMs };
}

type Occurrences = number[] | 'repeats-too-often' | 'unreadable';

/** Start instants of a repeating event whose wall time falls between the wall bounds. */
function expand(event: ICAL.Component, timed: Timed, zones: ZoneReader, wallFrom: number, wallTo: number): Occurrences {
  const parsed = ruleOf(event, timed);
  const starts = new Set<number>();
  if (parsed) {
    const text = new Date(timed.startWall).toISOString().slice(0, 19);
    let walls: number[];
    try {
      const rule = new RRuleTemporal({
        rruleString: parsed.rule,
        // Floating: wall time pinned to UTC, which has no DST, so the rule steps in local time.
        dtstart: { timeZoneId: 'UTC', toString: () => `${text}+00:00[UTC]` } as never,
        maxIterations: MAX_RULE_ITERATIONS,
      });
      walls = rule.between(new Date(wallFrom), new Date(wallTo), true).map((o) => o.epochMilliseconds);
    } catch (err) {
      return err instanceof Error && /Maximum iterations/.test(err.message) ? 'repeats-too-often' : 'unreadable';
    }
    // RFC 5545: DTSTART is always the first occurrence, even when the rule would not produce it.
    if (timed.startWall >= wallFrom && timed.startWall <= wallTo) walls.push(timed.startWall);
    for (const wall of walls) {
      const ms = timed.zone.toInstant(wall);
      if (ms !== null && parsed.before(wall, ms)) starts.add(ms);
    }
  } else {
    starts.add(timed.startMs);
  }
  for (const ms of instantsOf(event, 'rdate', zones)) starts.add(ms);
  for (const ms of instantsOf(event, 'exdate', zones)) starts.delete(ms);
  return [...starts];
}

interface Counter {
  skipped: Map<BusySkipReason, number>;
  tooFrequent: number;
}

const skip = (counter: Counter, reason: BusySkipReason): void => {
  counter.skipped.set(reason, (counter.skipped.get(reason) ?? 0) + 1);
};

/** Never gives way: for callers with nothing else to serve (tests, the CLI). */
const uninterrupted: ImportScheduler = { shouldYield: () => false, yieldNow: () => Promise.resolve() };

/**
 * The busy times in a calendar file between a month before today and two years
 * after it (today in the coach's zone), or why the file is refused. Pure: the
 * clock and zone are passed in, the file's text goes nowhere. Between events it
 * gives way when the scheduler asks, so a file of thousands of events does not
 * hold up the main process (about 0.15 ms an event, measured).
 */
export async function readBusyTimes(
  text: string,
  options: BusyReadOptions,
  scheduler: ImportScheduler = uninterrupted,
): Promise<BusyReadOutcome> {
  if (!/^\uFEFF?\s*BEGIN:VCALENDAR\b/i.test(text)) return fail(NOT_A_CALENDAR);
  // Counted before parsing, so a file of a million events is refused without building them.
  const eventCount = text.match(/^BEGIN:VEVENT[ \t]*\r?$/gim)?.length ?? 0;
  if (eventCount > MAX_BUSY_FILE_EVENTS) {
    return fail(
      `This file has ${fmt(eventCount)} events; Circlekeeper reads at most ${fmt(MAX_BUSY_FILE_EVENTS)}. ` +
        'Export a shorter range of dates (the next two years are enough).',
    );
  }
  const file = parseFile(text);
  if (file === null) return fail(UNREADABLE);
  const { calendars, events } = file;
  if (events.length === 0 && file.unreadable === 0) return fail(NO_EVENTS);
  if (events.length === 0) return fail(UNREADABLE);

  const today = todayIn(options.coachTimeZone, options.now);
  const fromDate = addMonthsToDate(today, -BUSY_MONTHS_BACK);
  const toDate = addMonthsToDate(today, BUSY_MONTHS_AHEAD);
  const fromMs = Date.parse(startOfDayIn(fromDate, options.coachTimeZone));
  const toMs = Date.parse(startOfDayIn(addDaysToDate(toDate, 1), options.coachTimeZone));
  // Wall readings anywhere in the window, whatever the event's zone (offsets stay within a day).
  const wallFrom = fromMs - 2 * DAY;
  const wallTo = toMs + 2 * DAY;
  const zones = zoneReader(calendars, options.coachTimeZone);

  // Occurrences replaced by an override (RECURRENCE-ID): the override stands in for them, as its own event.
  const replaced = new Set<string>();
  for (const event of events) {
    const property = event.getFirstProperty('recurrence-id');
    if (!property) continue;
    const ms = instantOf(property, property.getFirstValue(), zones);
    if (ms !== null) replaced.add(`${textOf(event, 'uid')} ${ms}`);
  }

  const counter: Counter = { skipped: new Map(file.unreadable > 0 ? [['unreadable', file.unreadable]] : []), tooFrequent: 0 };
  const busy = new Map<string, BusyTimeRead>();
  let readInCoachZone = 0;
  for (const event of events) {
    if (scheduler.shouldYield()) await scheduler.yieldNow();
    let timed: Timed | 'all-day' | null;
    try {
      timed = timingOf(event, zones);
    } catch {
      timed = null;
    }
    if (timed === null) {
      skip(counter, 'unreadable');
      continue;
    }
    if (timed === 'all-day') {
      skip(counter, 'all-day');
      continue;
    }
    if (textOf(event, 'status') === 'CANCELLED') {
      skip(counter, 'cancelled');
      continue;
    }
    if (textOf(event, 'transp') === 'TRANSPARENT' || textOf(event, 'x-microsoft-cdo-busystatus') === 'FREE') {
      skip(counter, 'free');
      continue;
    }
    if (timed.lengthMs <= 0) {
      skip(counter, 'no-length');
      continue;
    }
    if (timed.lengthMs > MAX_BUSY_DAYS * DAY) {
      skip(counter, 'too-long');
      continue;
    }
    const isOverride = event.hasProperty('recurrence-id');
    let starts: Occurrences;
    try {
      starts = isOverride ? [timed.startMs] : expand(event, timed, zones, wallFrom, wallTo);
    } catch {
      starts = 'unreadable';
    }
    if (starts === 'repeats-too-often') {
      skip(counter, 'repeats-too-often');
      counter.tooFrequent += 1;
      if (counter.tooFrequent > MAX_TOO_FREQUENT) {
        return fail(`This file has more than ${MAX_TOO_FREQUENT} events that repeat every few minutes or hours; it does not look like a calendar export.`);
      }
      continue;
    }
    if (starts === 'unreadable') {
      skip(counter, 'unreadable');
      continue;
    }
    const uid = textOf(event, 'uid');
    const label = labelOf(event);
    let kept = 0;
    for (const startMs of starts) {
      const endMs = startMs + timed.lengthMs;
      if (endMs <= fromMs || startMs >= toMs) continue;
      if (!isOverride && replaced.has(`${uid} ${startMs}`)) continue;
      const start = new Date(startMs).toISOString();
      const end = new Date(endMs).toISOString();
      // The same time with the same title twice (a file exported from two calendars) is one busy time.
      busy.set(`${start} ${end} ${label}`, { start, end, label });
      kept += 1;
      if (busy.size > MAX_BUSY_TIMES) {
        return fail(
          `This file has more than ${fmt(MAX_BUSY_TIMES)} busy times between ${fromDate} and ${toDate}, ` +
            `more than Circlekeeper keeps. Export only the calendar you need, or a shorter range of dates.`,
        );
      }
    }
    if (kept === 0) skip(counter, 'outside-dates');
    else if (timed.zone.kind === 'coach') readInCoachZone += 1;
  }

  const list = [...busy.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.label.localeCompare(b.label));
  const skipped = BUSY_SKIP_REASONS.filter((reason) => counter.skipped.has(reason)).map((reason) => ({ reason, count: counter.skipped.get(reason)! }));
  return { ok: true, busy: list, fromDate, toDate, skipped, readInCoachZone };
}
