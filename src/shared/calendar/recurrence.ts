import { RRuleTemporal } from 'rrule-temporal';
import { addDaysToDate, isoWeekday } from './days';
import { resolveLocalTime, type LocalTimeResolution } from './zoned';

// A meeting series: "the 2nd Tuesday of every month at 18:00 London time, from
// the group's start to its planned end". The dates come from rrule-temporal, an
// RFC 5545 implementation, so "last Thursday", "every 3 weeks" and the rest mean
// what every calendar program means by them.
//
// The dates are generated in floating time (as wall-clock readings with no zone,
// RFC 5545 §3.3.5), and only then placed in the group's zone by resolveLocalTime.
// Generated in the zone itself, the library does what RFC 5545 asks and leaves
// out an occurrence whose time the clocks skip, or moves a first meeting out of
// the gap: both silent. This way every planned meeting is there, and the few that
// land in a gap or a repeated hour are flagged for the coach to move.

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which week of the month: 1st to 4th, or the last (-1). A "5th Tuesday" is left out: most months have none. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;
export const WEEKS_OF_MONTH: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];

export type SeriesPattern =
  | { type: 'monthly-weekday'; week: WeekOfMonth; weekday: Weekday }
  /**
   * The same day each month. Days 29 to 31 fall on the month's last day when the
   * month is shorter (the 31st is 30 April and 28 February), so no month is
   * skipped; RFC 5545 alone would skip those months.
   */
  | { type: 'monthly-day'; day: number }
  | { type: 'weekly'; everyWeeks: number; weekday: Weekday };

export type SeriesEnd = { type: 'until'; lastDate: string } | { type: 'count'; count: number };

export interface SeriesRule {
  pattern: SeriesPattern;
  /** The first day a meeting may fall on, often the group's start date; the first meeting is the first match from it. */
  fromDate: string;
  /** Local start time in the group's zone, 'HH:mm'. */
  startTime: string;
  timeZone: string;
  /** Length of each meeting in minutes. */
  minutes: number;
  end: SeriesEnd;
}

/** Past this, expansion stops: a series is a programme's meetings, not an endless calendar. */
export const MAX_SERIES_MEETINGS = 200;

interface SpanInstants {
  start: string;
  end: string;
}

/** One meeting of a series, as planned (local date and time) and, where there is one, as a UTC start and end. */
export type PlannedOccurrence = {
  /** 0 for the first meeting of the series. */
  index: number;
  /** The local date and time it was planned as, in `timeZone`. */
  date: string;
  time: string;
  timeZone: string;
  minutes: number;
} & (
  | ({ status: 'ok'; offsetMinutes: number } & SpanInstants)
  /** The local time does not exist that day; `movedForward` is where calendar programs would put it, if the coach agrees. */
  | { status: 'gap'; message: string; movedForward: SpanInstants & { time: string } }
  /** The local time happens twice that day; the coach picks one. */
  | { status: 'twice'; message: string; earlier: SpanInstants; later: SpanInstants }
  | { status: 'invalid'; message: string }
);

// ---------- RRULE parts ----------

/** The RRULE parts (without UNTIL/COUNT) that say which days a pattern falls on. */
export function patternParts(pattern: SeriesPattern): string[] {
  switch (pattern.type) {
    case 'monthly-weekday':
      return ['FREQ=MONTHLY', `BYDAY=${pattern.week}${pattern.weekday}`];
    case 'monthly-day':
      if (pattern.day <= 28) return ['FREQ=MONTHLY', `BYMONTHDAY=${pattern.day}`];
      // "The 30th, or the month's last day when it has fewer": the last of 28..30 that the month has.
      return ['FREQ=MONTHLY', `BYMONTHDAY=${range(28, pattern.day).join(',')}`, 'BYSETPOS=-1'];
    case 'weekly':
      return ['FREQ=WEEKLY', ...(pattern.everyWeeks > 1 ? [`INTERVAL=${pattern.everyWeeks}`] : []), `BYDAY=${pattern.weekday}`];
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function libraryOptions(pattern: SeriesPattern) {
  switch (pattern.type) {
    case 'monthly-weekday':
      return { freq: 'MONTHLY' as const, byDay: [`${pattern.week}${pattern.weekday}`] };
    case 'monthly-day':
      return pattern.day <= 28
        ? { freq: 'MONTHLY' as const, byMonthDay: [pattern.day] }
        : { freq: 'MONTHLY' as const, byMonthDay: range(28, pattern.day), bySetPos: [-1] };
    case 'weekly':
      return { freq: 'WEEKLY' as const, interval: pattern.everyWeeks, byDay: [pattern.weekday] };
  }
}

/** A floating (zone-less) wall-clock reading in the form the library reads: Temporal's, pinned to UTC, which has no DST. */
const floating = (date: string, time: string) => {
  const text = `${date}T${time}:00+00:00[UTC]`;
  return { timeZoneId: 'UTC', toString: () => text };
};

// ---------- expansion ----------

/**
 * The day expansion starts from. For "every N weeks" it is the first matching
 * weekday on or after the first date: RFC 5545 counts the N weeks from DTSTART's
 * own week, so starting on a Thursday for a Wednesday series would skip to the
 * week N weeks later, not the Wednesday six days on that a coach expects.
 */
function firstCandidate(rule: Pick<SeriesRule, 'pattern' | 'fromDate'>): string {
  if (rule.pattern.type !== 'weekly') return rule.fromDate;
  const target = WEEKDAYS.indexOf(rule.pattern.weekday) + 1;
  return addDaysToDate(rule.fromDate, (target - isoWeekday(rule.fromDate) + 7) % 7);
}

/**
 * The local dates of the series' meetings, in order: at most MAX_SERIES_MEETINGS
 * (check seriesProblems first to tell the coach when a rule asks for more).
 */
export function seriesDates(rule: Pick<SeriesRule, 'pattern' | 'fromDate' | 'startTime' | 'end'>): string[] {
  const limit = rule.end.type === 'count' ? Math.min(rule.end.count, MAX_SERIES_MEETINGS) : MAX_SERIES_MEETINGS;
  const recurrence = new RRuleTemporal({
    ...libraryOptions(rule.pattern),
    dtstart: floating(firstCandidate(rule), rule.startTime),
    ...(rule.end.type === 'count' ? { count: limit } : { until: floating(rule.end.lastDate, '23:59') }),
    // Without a COUNT the library's own guard would allow far more; a cap of ours keeps a bad rule cheap.
    maxIterations: 10_000,
  });
  const dates: string[] = [];
  recurrence.all((occurrence) => {
    dates.push(occurrence.toPlainDate().toString());
    return dates.length < limit;
  });
  return dates;
}

/**
 * True when the rule asks for more than MAX_SERIES_MEETINGS meetings, so
 * seriesDates would stop short of its end.
 */
export function seriesIsTooLong(rule: Pick<SeriesRule, 'pattern' | 'fromDate' | 'startTime' | 'end'>): boolean {
  if (rule.end.type === 'count') return rule.end.count > MAX_SERIES_MEETINGS;
  const dates = seriesDates(rule);
  if (dates.length < MAX_SERIES_MEETINGS) return false;
  // Exactly the cap is fine; one more date within the end means too long.
  const after = seriesDates({ ...rule, fromDate: addDaysToDate(dates[dates.length - 1]!, 1), end: { type: 'count', count: 1 } });
  return after.length === 1 && after[0]! <= rule.end.lastDate;
}

const MINUTE = 60_000;
const span = (instant: string, minutes: number): SpanInstants => ({
  start: instant,
  end: new Date(Date.parse(instant) + minutes * MINUTE).toISOString(),
});

/**
 * One meeting at a local date and time in a zone, with its UTC start and end or
 * the reason it has none. Shared by series expansion and by moving or adding a
 * single meeting, so all three treat a DST edge alike.
 */
export function planOccurrence(date: string, time: string, timeZone: string, minutes: number, index = 0): PlannedOccurrence {
  const base = { index, date, time, timeZone, minutes };
  const resolved: LocalTimeResolution = resolveLocalTime({ date, time }, timeZone);
  switch (resolved.kind) {
    case 'exact':
      return { ...base, status: 'ok', offsetMinutes: resolved.offsetMinutes, ...span(resolved.instant, minutes) };
    case 'gap':
      return {
        ...base,
        status: 'gap',
        message: resolved.message,
        movedForward: { ...span(resolved.movedForward.instant, minutes), time: resolved.movedForward.time },
      };
    case 'twice':
      return {
        ...base,
        status: 'twice',
        message: resolved.message,
        earlier: span(resolved.earlier.instant, minutes),
        later: span(resolved.later.instant, minutes),
      };
    case 'invalid':
      return { ...base, status: 'invalid', message: resolved.message };
  }
}

/** Every meeting of the series, each with its UTC start and end in the group's zone or a flag saying why not. */
export function expandSeries(rule: SeriesRule): PlannedOccurrence[] {
  return seriesDates(rule).map((date, index) => planOccurrence(date, rule.startTime, rule.timeZone, rule.minutes, index));
}
