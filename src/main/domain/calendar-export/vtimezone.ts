import ICAL from 'ical.js';
import type { ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { localTimeAt, resolveLocalTime } from '../../../shared/calendar/zoned';

// How a time is written in a calendar file: on a zone's clock (TZID plus the
// zone's VTIMEZONE) or in UTC. The VTIMEZONE text comes from
// timezones-ical-library (current tz data), in the one-STANDARD/one-DAYLIGHT
// yearly RRULE form, which is all Outlook keeps of a definition anyway.
//
// ical-generator is handed zoned wall times as small Temporal-like objects it
// formats field by field, never a Date: a Date with a zone goes through the
// host machine's own zone inside the library (ICS.md, trap 1), so the file
// would depend on where the app runs.

/** UTC and its aliases need no VTIMEZONE: their times are written with Z. */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu', 'GMT', 'Etc/GMT', 'Etc/GMT0', 'GMT0', 'Etc/Greenwich', 'Greenwich']);

export const isUtcZone = (zone: string): boolean => UTC_ZONES.has(zone);

const two = (n: number): string => String(n).padStart(2, '0');

const cache = new Map<string, string | null>();
let libraryZones: Set<string> | null = null;

/** Asked first, because the library answers an unknown zone by writing to the console. */
function libraryKnows(zone: string): boolean {
  if (libraryZones === null) {
    const list = tzlib_get_timezones();
    libraryZones = new Set(Array.isArray(list) ? list : []);
  }
  return libraryZones.has(zone);
}

/** Only yearly rules: a definition that needs more than one rule per kind is not one every client reads alike. */
function isStandardForm(block: string): boolean {
  const standards = block.match(/^BEGIN:STANDARD$/gm)?.length ?? 0;
  const daylights = block.match(/^BEGIN:DAYLIGHT$/gm)?.length ?? 0;
  if (standards !== 1 || daylights > 1) return false;
  if (/^RDATE[;:]/m.test(block)) return false;
  const rules = block.match(/^RRULE:.*$/gm) ?? [];
  return rules.length === (daylights === 1 ? 2 : 0) && rules.every((rule) => rule.startsWith('RRULE:FREQ=YEARLY;') && !rule.includes('UNTIL='));
}

/**
 * The VTIMEZONE for `zone`, with TZID exactly `zone` (the library answers an
 * alias such as America/Montreal with its canonical zone's block, whose TZID
 * would then not match the events'), or null: UTC needs none, and an unknown
 * zone or a definition not in the standard form has none to give.
 */
export function vtimezoneFor(zone: string): string | null {
  if (isUtcZone(zone)) return null;
  const known = cache.get(zone);
  if (known !== undefined) return known;
  let block: string | null = null;
  try {
    if (!libraryKnows(zone)) throw new Error(`No VTIMEZONE for ${zone}.`);
    const answer = tzlib_get_ical_block(zone);
    const text = Array.isArray(answer) ? answer[0] : undefined;
    if (text && text.startsWith('BEGIN:VTIMEZONE')) {
      const lines = text.split(/\r?\n/).map((line) => line.replace(/^TZID:.*$/, `TZID:${zone}`).replace(/^X-LIC-LOCATION:.*$/, `X-LIC-LOCATION:${zone}`));
      const candidate = lines.join('\r\n');
      if (isStandardForm(lines.join('\n'))) block = candidate;
    }
  } catch {
    block = null;
  }
  cache.set(zone, block);
  return block;
}

/** ical-generator's VTIMEZONE hook: called once for each zone an event of the calendar uses. */
export const vtimezoneGenerator = (zone: string): string | null => vtimezoneFor(zone);

const readers = new Map<string, ICAL.Timezone | null>();

function readerFor(zone: string): ICAL.Timezone | null {
  const known = readers.get(zone);
  if (known !== undefined) return known;
  const block = vtimezoneFor(zone);
  const reader = block === null ? null : new ICAL.Timezone(ICAL.Component.fromString(block));
  readers.set(zone, reader);
  return reader;
}

/**
 * True when a reader of the file's VTIMEZONE gets the same wall time for this
 * instant as the app's own zone rules (the runtime's tz data). Checked per
 * time written, so a stale or simplified definition never shifts an event.
 */
export function vtimezoneAgrees(zone: string, instant: string): boolean {
  const reader = readerFor(zone);
  if (reader === null) return false;
  const read = ICAL.Time.fromJSDate(new Date(instant), true).convertToZone(reader);
  const local = localTimeAt(instant, zone);
  return `${read.year}-${two(read.month)}-${two(read.day)} ${two(read.hour)}:${two(read.minute)}` === `${local.date} ${local.time}`;
}

/**
 * True when the instant has a wall time in `zone` that names it and nothing
 * else. A time in the hour the clocks go back over names two instants, and
 * readers do not agree which one they take (ICS.md): such a time is written
 * in UTC instead, which every reader reads the same.
 */
export function isPlainWallTime(instant: string, zone: string): boolean {
  const local = localTimeAt(instant, zone);
  const resolved = resolveLocalTime(local, zone);
  return resolved.kind === 'exact' && Date.parse(resolved.instant) === Date.parse(instant);
}

/**
 * Remembered answers: the same meetings go into every member's file, and the
 * checks cost about 0.25 ms a time (measured), which over 300 files was seconds.
 * Pure functions of their arguments, so remembering changes nothing but speed.
 */
const MEMO_LIMIT = 100_000;
function remembered<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const value = compute();
  memo.set(key, value);
  return value;
}

const writable = new Map<string, boolean>();

/** True when every instant can go out on the zone's clock: a VTIMEZONE that agrees, and wall times that name one instant. */
export function canWriteInZone(zone: string, instants: readonly string[]): boolean {
  if (isUtcZone(zone) || vtimezoneFor(zone) === null) return false;
  return instants.every((i) => remembered(writable, `${zone} ${i}`, () => isPlainWallTime(i, zone) && vtimezoneAgrees(zone, i)));
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const walls = new Map<string, WallTime>();

/** The wall reading of an instant in a zone (seconds kept). */
export function wallTimeAt(instant: string, zone: string): WallTime {
  return remembered(walls, `${zone} ${instant}`, () => readWall(instant, zone));
}

function readWall(instant: string, zone: string): WallTime {
  const local = localTimeAt(instant, zone);
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = local.time.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute, second: new Date(instant).getUTCSeconds() };
}

/** 'YYYYMMDDTHHMMSS', the form of a DATE-TIME with TZID (RFC 5545 §3.3.5 form 3). */
export const wallText = (w: WallTime): string => `${String(w.year).padStart(4, '0')}${two(w.month)}${two(w.day)}T${two(w.hour)}${two(w.minute)}${two(w.second)}`;

/** 'YYYYMMDDTHHMMSSZ' (form 2). */
export const utcText = (instant: string): string => `${wallText(wallTimeAt(instant, 'UTC'))}Z`;

/**
 * A wall time on `zone`'s clock in the shape ical-generator formats field by
 * field (a Temporal.ZonedDateTime look-alike): the library writes exactly
 * these numbers after `TZID=zone:` and asks nothing of the host's zone.
 * `instant` is what the wall time means, for the library's start/end order check.
 */
const stubs = new Map<string, ICalTemporalZonedDateTimeStub>();
export function zonedForGenerator(wall: WallTime, zone: string, instant: string): ICalTemporalZonedDateTimeStub {
  // The same meeting's times go into every member's file and invitation; the library only reads these.
  return remembered(stubs, `${zone} ${instant} ${wallText(wall)}`, () => makeStub(wall, zone, instant));
}

function makeStub(wall: WallTime, zone: string, instant: string): ICalTemporalZonedDateTimeStub {
  const text = `${wall.year}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}`;
  const epochMilliseconds = Date.parse(instant);
  const plain = {
    ...wall,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => ({ year: wall.year, month: wall.month, day: wall.day, toJSON: () => text.slice(0, 10), toString: () => text.slice(0, 10) }),
    toZonedDateTime: (): ICalTemporalZonedDateTimeStub => zoned,
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...wall,
    timeZoneId: zone,
    toJSON: () => `${text}[${zone}]`,
    toString: () => `${text}[${zone}]`,
    toPlainDateTime: () => plain,
    toInstant: () => ({
      epochMilliseconds,
      toJSON: () => instant,
      toString: () => instant,
      toZonedDateTimeISO: () => zoned,
    }),
    withTimeZone: (other: string) => {
      // The library only asks for the zone the event is written in; anything else would be a silent shift.
      if (other !== zone) throw new Error(`A ${zone} time was asked for in ${other}.`);
      return zoned;
    },
  };
  return zoned;
}

/** An instant written on the zone's clock, from the app's own zone rules. */
export const zonedInstant = (instant: string, zone: string): ICalTemporalZonedDateTimeStub => zonedForGenerator(wallTimeAt(instant, zone), zone, instant);
