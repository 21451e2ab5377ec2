import { RRuleTemporal } from 'rrule-temporal';
import { addDaysToDate } from './days';
import { seriesDates, WEEKS_OF_MONTH, patternParts, type SeriesPattern, type SeriesRule, type Weekday, type WeekOfMonth } from './recurrence';
import { localTimeAt, startOfDayIn } from './zoned';

// A series is kept as RFC 5545 text, the form calendar files use, so it can be
// edited later (read back into a SeriesRule) and exported to ICS as it is:
//
//   DTSTART;TZID=Europe/London:20260113T180000
//   RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261231T235959Z
//
// DTSTART is the first meeting (RFC 5545 wants it to match the rule) at its
// planned local time, written as planned even if that time falls in a DST gap:
// the text records the intent, and expansion flags the gap. UNTIL is the last
// second of the last day in the group's zone, in UTC as RFC 5545 requires when
// DTSTART carries a zone. Only the RRULE line is read by the library; the
// DTSTART line is read here, because the library resolves a gap time to another
// time as it parses.

const two = (n: number): string => String(n).padStart(2, '0');
const compactDate = (date: string): string => date.replaceAll('-', '');

function utcStamp(instant: string): string {
  const d = new Date(instant);
  return (
    `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}` +
    `T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`
  );
}

/** The last second of `date` in `zone`, as a UTC instant. */
function endOfDayIn(date: string, zone: string): string {
  return new Date(Date.parse(startOfDayIn(addDaysToDate(date, 1), zone)) - 1000).toISOString();
}

/**
 * The series as RFC 5545 DTSTART and RRULE lines, or null when the rule has no
 * meeting at all (the form refuses such a rule before it gets here).
 */
export function seriesToText(rule: SeriesRule): string | null {
  const [first] = seriesDates({ ...rule, end: { type: 'count', count: 1 } });
  if (first === undefined || (rule.end.type === 'until' && first > rule.end.lastDate)) return null;
  const end = rule.end.type === 'count' ? `COUNT=${rule.end.count}` : `UNTIL=${utcStamp(endOfDayIn(rule.end.lastDate, rule.timeZone))}`;
  const dtstart = `DTSTART;TZID=${rule.timeZone}:${compactDate(first)}T${rule.startTime.replace(':', '')}00`;
  return `${dtstart}\nRRULE:${[...patternParts(rule.pattern), end].join(';')}`;
}

export type SeriesFromText = { ok: true; rule: SeriesRule } | { ok: false; message: string };

const DTSTART = /^DTSTART;TZID=([A-Za-z0-9_+\-/]+):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})00$/;
const ORDINAL_DAY = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/;

const unsupported = (what: string): SeriesFromText => ({
  ok: false,
  message: `This repeat rule (${what}) is not one Circlekeeper can edit: use monthly on a weekday, monthly on a day, or every few weeks.`,
});

interface ParsedOptions {
  freq: string;
  interval?: number;
  byDay?: string[];
  byMonthDay?: number[];
  bySetPos?: number[];
  count?: number;
  until?: { toInstant(): { toString(): string } };
  [other: string]: unknown;
}

/** Parts the patterns never use; a rule that has any came from elsewhere and is not edited here. */
const FOREIGN_PARTS = ['byHour', 'byMinute', 'bySecond', 'byMonth', 'byYearDay', 'byWeekNo', 'rDate', 'exDate', 'rscale'];

function patternOf(o: ParsedOptions): SeriesPattern | string {
  const foreign = FOREIGN_PARTS.find((key) => o[key] !== undefined && !(Array.isArray(o[key]) && o[key].length === 0));
  if (foreign) return foreign.replace(/^by/, 'BY').toUpperCase();
  const days = (o.byDay ?? []).map((token) => ORDINAL_DAY.exec(token));
  if (days.some((d) => d === null)) return `BYDAY=${o.byDay?.join(',')}`;
  const interval = o.interval ?? 1;
  if (o.freq === 'WEEKLY') {
    const day = days[0];
    if (days.length !== 1 || !day || day[1] !== undefined || o.byMonthDay || o.bySetPos) return 'a weekly rule on several days';
    if (interval < 1 || interval > 12) return `every ${interval} weeks`;
    return { type: 'weekly', everyWeeks: interval, weekday: day[2] as Weekday };
  }
  if (o.freq !== 'MONTHLY' || interval !== 1) return `FREQ=${o.freq}${interval === 1 ? '' : `;INTERVAL=${interval}`}`;
  if (days.length === 1 && !o.byMonthDay && !o.bySetPos) {
    const week = Number(days[0]![1]) as WeekOfMonth;
    if (!WEEKS_OF_MONTH.includes(week)) return `BYDAY=${o.byDay?.join(',')}`;
    return { type: 'monthly-weekday', week, weekday: days[0]![2] as Weekday };
  }
  const monthDays = o.byMonthDay ?? [];
  if (days.length > 0 || monthDays.length === 0) return 'a monthly rule without one day';
  if (monthDays.length === 1 && monthDays[0] === -1 && !o.bySetPos) return { type: 'monthly-day', day: 31 };
  if (monthDays.length === 1 && monthDays[0]! >= 1 && monthDays[0]! <= 28 && !o.bySetPos) return { type: 'monthly-day', day: monthDays[0]! };
  // The "29th to 31st, or the last day" form this module writes: BYMONTHDAY=28,...,d;BYSETPOS=-1.
  const last = Math.max(...monthDays);
  const clamped = o.bySetPos?.length === 1 && o.bySetPos[0] === -1 && last >= 29 && last <= 31;
  if (clamped && monthDays.slice().sort((a, b) => a - b).join(',') === Array.from({ length: last - 27 }, (_, i) => 28 + i).join(',')) {
    return { type: 'monthly-day', day: last };
  }
  return `BYMONTHDAY=${monthDays.join(',')}`;
}

/** A series read back from its RFC 5545 text, or a message saying why it cannot be edited here. */
export function seriesFromText(text: string, minutes: number): SeriesFromText {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const start = lines.length === 2 ? DTSTART.exec(lines[0]!) : null;
  if (!start || !lines[1]!.startsWith('RRULE:')) return { ok: false, message: 'The repeat rule must be a DTSTART line with a time zone followed by an RRULE line.' };
  const [, timeZone, y, mo, d, h, mi] = start as unknown as [string, string, string, string, string, string, string];
  let options: ParsedOptions;
  try {
    // The library reads the RRULE line; a plain DTSTART at noon keeps its gap handling out of the way.
    const probe = `DTSTART;TZID=${timeZone}:${y}${mo}${d}T120000\n${lines[1]}`;
    options = new RRuleTemporal({ rruleString: probe }).options() as unknown as ParsedOptions;
  } catch (err) {
    return { ok: false, message: `The repeat rule could not be read: ${err instanceof Error ? err.message : String(err)}.` };
  }
  const pattern = patternOf(options);
  if (typeof pattern === 'string') return unsupported(pattern);
  const end =
    options.count !== undefined
      ? ({ type: 'count', count: options.count } as const)
      : options.until !== undefined
        ? ({ type: 'until', lastDate: localTimeAt(options.until.toInstant().toString(), timeZone).date } as const)
        : null;
  if (end === null) return { ok: false, message: 'The repeat rule has no end: it needs an UNTIL date or a COUNT of meetings.' };
  return {
    ok: true,
    rule: { pattern, fromDate: `${y}-${mo}-${d}`, startTime: `${h}:${mi}`, timeZone, minutes, end },
  };
}
