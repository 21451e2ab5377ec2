import { tzOffset } from '@date-fns/tz';
import { longDayLabel } from './days';

// A meeting is planned as a local date and time in a group's zone ("Tuesday 18:00
// in London") and stored as a UTC instant with that zone. Turning one into the
// other is where daylight saving bites: once a year a local time does not exist
// (the clocks jump over it) and once a year it exists twice (the clocks go back
// over it). Date libraries quietly pick an answer in both cases; a coach whose
// 01:30 meeting moved to 02:30 without a word would rightly stop trusting the
// app. So the conversion returns a result the caller must handle, with a message
// the coach can read, and never shifts a time by itself.
//
// Offsets come from @date-fns/tz (the runtime's own zone data through Intl), so
// main and the renderer read the same rules.

/** A wall-clock time as planned: 'YYYY-MM-DD' and 24-hour 'HH:mm'. */
export interface LocalDateTime {
  date: string;
  time: string;
}

export interface ZonedInstant {
  /** The UTC instant, as Date.prototype.toISOString writes it. */
  instant: string;
  /** The zone's offset from UTC at that instant, in minutes (60 for UTC+01:00). */
  offsetMinutes: number;
}

export type LocalTimeResolution =
  | ({ kind: 'exact' } & ZonedInstant)
  | {
      kind: 'gap';
      message: string;
      /** The wall-clock times the clocks skip: from 'HH:mm' (inclusive) to 'HH:mm' (exclusive). */
      skipped: { from: string; to: string };
      /** The instant the clocks jump. */
      transition: string;
      /**
       * Where calendar programs put such a time (RFC 5545 reads it with the offset
       * before the change, so 01:30 becomes 02:30): offered, never applied silently.
       */
      movedForward: ZonedInstant & { time: string };
    }
  | {
      kind: 'twice';
      message: string;
      /** The wall-clock times that happen twice: from 'HH:mm' (inclusive) to 'HH:mm' (exclusive). */
      repeated: { from: string; to: string };
      /** The instant the clocks go back. */
      transition: string;
      earlier: ZonedInstant;
      later: ZonedInstant;
    }
  | { kind: 'invalid'; message: string };

const MINUTE = 60_000;
const DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const two = (n: number): string => String(n).padStart(2, '0');

/** 'UTC+05:30', 'UTC-03:00', 'UTC+00:00'. */
export function offsetLabel(offsetMinutes: number): string {
  const whole = Math.round(Math.abs(offsetMinutes));
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(whole / 60))}:${two(whole % 60)}`;
}

/** True for a 24-hour 'HH:mm' time such as '09:05' or '18:30'. */
export const isLocalTime = (time: string): boolean => TIME.test(time);

/** Milliseconds of the wall-clock reading, counted as if it were UTC; null for text that is no real date and time. */
function wallClockMs({ date, time }: LocalDateTime): number | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [y, mo, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const ms = Date.UTC(y, mo - 1, day, Number(t[1]), Number(t[2]));
  const probe = new Date(ms);
  // Date.UTC rolls 31 February over into March; a date that rolled is not a date.
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== day) return null;
  return ms;
}

/** The wall-clock reading of `ms` (as-if-UTC milliseconds) as 'HH:mm'. */
const wallTime = (ms: number): string => {
  const d = new Date(ms);
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
};

const offsetAt = (zone: string, ms: number): number => tzOffset(zone, new Date(ms));

// tzOffset reads an unknown name such as "Mars/Base+05" as a bare offset; ask Intl instead.
const knownZones = new Map<string, boolean>();
function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/**
 * The instant the zone's offset changes from `before`, searched between `lo`
 * (still `before`) and `hi` (already changed), to the millisecond.
 */
function transitionBetween(zone: string, lo: number, hi: number, before: number): number {
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The UTC instant of a local date and time in `zone`, or why there is no single
 * one: a time the clocks skip ('gap'), a time that happens twice ('twice'), or
 * text that is not a date, a time or a zone ('invalid').
 */
export function resolveLocalTime(local: LocalDateTime, zone: string): LocalTimeResolution {
  const wall = wallClockMs(local);
  if (wall === null) return { kind: 'invalid', message: `${local.date} ${local.time} is not a date and time (use YYYY-MM-DD and HH:mm).` };
  if (!isKnownZone(zone)) return { kind: 'invalid', message: `Unknown time zone "${zone}". Use a name such as Europe/London.` };
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);

  // A reading that exists is the wall clock shifted back by one of the offsets in
  // force within a day of it; try each, keeping those the zone agrees with.
  const fits: { ms: number; offset: number }[] = [];
  const tried = new Set<number>();
  const attempt = (offset: number): void => {
    if (tried.has(offset)) return;
    tried.add(offset);
    const ms = wall - offset * MINUTE;
    const actual = offsetAt(zone, ms);
    if (actual === offset) fits.push({ ms, offset });
    else attempt(actual);
  };
  attempt(before);
  attempt(after);
  fits.sort((a, b) => a.ms - b.ms);
  const at = ({ ms, offset }: { ms: number; offset: number }): ZonedInstant => ({ instant: new Date(ms).toISOString(), offsetMinutes: offset });

  if (fits.length === 1) return { kind: 'exact', ...at(fits[0]!) };
  const day = longDayLabel(local.date);
  if (fits.length >= 2) {
    const earlier = fits[0]!;
    const later = fits[fits.length - 1]!;
    const first = earlier.offset;
    const second = later.offset;
    const change = transitionBetween(zone, earlier.ms, later.ms, first);
    const backFrom = wallTime(change + first * MINUTE);
    const backTo = wallTime(change + second * MINUTE);
    return {
      kind: 'twice',
      message:
        `${local.time} on ${day} happens twice in ${zone}: the clocks go back from ${backFrom} to ${backTo}. ` +
        `Choose the first ${local.time} (${offsetLabel(first)}) or the second (${offsetLabel(second)}), or another time.`,
      repeated: { from: backTo, to: backFrom },
      transition: new Date(change).toISOString(),
      earlier: at(earlier),
      later: at(later),
    };
  }

  // No reading fits: the clocks jumped over this time. Find the jump.
  const change = transitionBetween(zone, wall - DAY, wall + DAY, before);
  const newOffset = offsetAt(zone, change);
  const from = wallTime(change + before * MINUTE);
  const to = wallTime(change + newOffset * MINUTE);
  const moved = wall - before * MINUTE;
  return {
    kind: 'gap',
    message:
      `${local.time} on ${day} does not exist in ${zone}: the clocks go forward from ${from} to ${to}. ` +
      `Choose a time before ${from} or from ${to} on.`,
    skipped: { from, to },
    transition: new Date(change).toISOString(),
    movedForward: { ...at({ ms: moved, offset: newOffset }), time: wallTime(moved + newOffset * MINUTE) },
  };
}

export interface LocalReading extends LocalDateTime {
  offsetMinutes: number;
}

/** The local date and time in `zone` at an instant (a Date or an ISO string). */
export function localTimeAt(instant: Date | string, zone: string): LocalReading {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const offsetMinutes = offsetAt(zone, ms);
  const wall = new Date(ms + offsetMinutes * MINUTE);
  const date = `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`;
  return { date, time: `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`, offsetMinutes };
}

/**
 * The first instant of a calendar day in `zone`: midnight, or, where the clocks
 * jump over midnight (as some zones do), the moment they land.
 */
export function startOfDayIn(date: string, zone: string): string {
  const midnight = resolveLocalTime({ date, time: '00:00' }, zone);
  switch (midnight.kind) {
    case 'exact':
      return midnight.instant;
    case 'twice':
      return midnight.earlier.instant;
    case 'gap':
      return midnight.transition;
    case 'invalid':
      throw new RangeError(midnight.message);
  }
}
