import { tzOffset } from '@date-fns/tz';
import ICAL from 'ical.js';
import { resolveLocalTime } from '../../../shared/calendar/zoned';
import { canonicalTimeZone } from '../../../shared/primitives';

// Which clock a time in a calendar file is read on. A DATE-TIME in an .ics file
// is UTC (a trailing Z), local to a named zone (TZID=...), or floating (no zone:
// the reader's own clock, RFC 5545 §3.3.5). Times are handled here as "wall"
// milliseconds, the local reading counted as if it were UTC, so repeating
// events step in local time (18:00 every Tuesday stays 18:00 across DST) and
// only then become instants.
//
// A TZID that names an IANA zone (Google, Apple, Thunderbird) is read with the
// runtime's own zone rules, the ones the rest of the app uses; the file's
// VTIMEZONE for it is then ignored, which also keeps a hostile definition out.
// A TZID that does not (Outlook's "W. Europe Standard Time", or a made-up name)
// is read with the file's VTIMEZONE through ical.js, if that definition looks
// like a real zone's. Anything else falls back to the coach's own zone.

export interface EventZone {
  kind: 'utc' | 'iana' | 'file' | 'coach';
  /** The instant of a wall reading; a time the clocks skip is read as RFC 5545 says (with the offset before the jump). */
  toInstant(wallMs: number): number | null;
  /** The wall reading of an instant. */
  toWall(instantMs: number): number;
}

const MINUTE = 60_000;
const two = (n: number): string => String(n).padStart(2, '0');

export const utcZone: EventZone = { kind: 'utc', toInstant: (ms) => ms, toWall: (ms) => ms };

function ianaZone(zone: string, kind: 'iana' | 'coach'): EventZone {
  return {
    kind,
    toInstant(wallMs) {
      const d = new Date(wallMs);
      const seconds = wallMs - Math.floor(wallMs / MINUTE) * MINUTE;
      const local = {
        date: `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`,
        time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
      };
      const resolved = resolveLocalTime(local, zone);
      switch (resolved.kind) {
        case 'exact':
          return Date.parse(resolved.instant) + seconds;
        case 'gap':
          return Date.parse(resolved.movedForward.instant) + seconds;
        case 'twice':
          // RFC 5545 §3.3.5: a local time that happens twice means the first of them.
          return Date.parse(resolved.earlier.instant) + seconds;
        case 'invalid':
          return null;
      }
    },
    toWall: (instantMs) => instantMs + tzOffset(zone, new Date(instantMs)) * MINUTE,
  };
}

/** The wall milliseconds of an ical.js time's own fields, whatever zone it carries. */
export function wallOf(time: ICAL.Time): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

const YEAR_MIN = 1583;
const YEAR_MAX = 2199;

/**
 * A VTIMEZONE ical.js can expand safely: every rule yearly, as real zones' are.
 * ical.js expands a definition's rules lazily up to the year asked for, so a
 * "zone" that changes every second would hold the main process forever.
 */
function looksLikeAZone(vtimezone: ICAL.Component): boolean {
  const parts = vtimezone.getAllSubcomponents();
  if (parts.length === 0 || parts.length > 400) return false;
  return parts.every((part) => {
    if (part.name !== 'standard' && part.name !== 'daylight') return false;
    const start = part.getFirstPropertyValue('dtstart');
    if (!(start instanceof ICAL.Time) || start.year < YEAR_MIN || start.year > YEAR_MAX) return false;
    if (!part.hasProperty('tzoffsetto') || !part.hasProperty('tzoffsetfrom')) return false;
    if (part.getAllProperties('rdate').length > 400) return false;
    return part.getAllProperties('rrule').every((p) => {
      const rule = p.getFirstValue();
      return rule instanceof ICAL.Recur && rule.freq === 'YEARLY' && (rule.interval ?? 1) === 1;
    });
  });
}

function fileZone(vtimezone: ICAL.Component): EventZone {
  const zone = new ICAL.Timezone(vtimezone);
  return {
    kind: 'file',
    toInstant(wallMs) {
      const d = new Date(wallMs);
      const time = ICAL.Time.fromData(
        {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
          second: d.getUTCSeconds(),
          isDate: false,
        },
        zone,
      );
      const ms = time.toUnixTime() * 1000;
      return Number.isFinite(ms) ? ms : null;
    },
    toWall(instantMs) {
      return wallOf(ICAL.Time.fromJSDate(new Date(instantMs), true).convertToZone(zone));
    },
  };
}

/** The IANA zone a TZID names, including old Thunderbird ids such as "/mozilla.org/20050126_1/Europe/London". */
function ianaName(tzid: string): string | null {
  const direct = canonicalTimeZone(tzid.trim());
  if (direct !== null) return direct;
  const parts = tzid.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i += 1) {
    const tail = canonicalTimeZone(parts.slice(i).join('/'));
    if (tail !== null) return tail;
  }
  return null;
}

export interface ZoneReader {
  /** The clock a DATE-TIME property (DTSTART, DTEND, EXDATE ...) is read on. */
  zoneOf(property: ICAL.Property, time: ICAL.Time): EventZone;
}

export function zoneReader(calendars: readonly ICAL.Component[], coachTimeZone: string): ZoneReader {
  const definitions = new Map<string, ICAL.Component>();
  for (const calendar of calendars) {
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = vtimezone.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string' && !definitions.has(tzid)) definitions.set(tzid, vtimezone);
    }
  }
  const coach = ianaZone(coachTimeZone, 'coach');
  const zones = new Map<string, EventZone>();

  const named = (tzid: string): EventZone => {
    let zone = zones.get(tzid);
    if (zone === undefined) {
      const iana = ianaName(tzid);
      const definition = definitions.get(tzid);
      if (iana !== null) zone = ianaZone(iana, 'iana');
      else if (definition !== undefined && looksLikeAZone(definition)) zone = fileZone(definition);
      else zone = coach;
      zones.set(tzid, zone);
    }
    return zone;
  };

  return {
    zoneOf(property, time) {
      if (time.zone === ICAL.Timezone.utcTimezone) return utcZone;
      const tzid = property.getParameter('tzid');
      // Floating, or a zone nobody could name: the coach's own clock (kind 'coach' tells the caller).
      return typeof tzid === 'string' && tzid.trim() !== '' ? named(tzid) : coach;
    },
  };
}
