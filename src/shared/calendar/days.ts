import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import type { PlannedEnd } from '../entities';

// Calendar days are plain 'YYYY-MM-DD' strings on both sides of the app, so
// they compare correctly as text. Arithmetic on them happens in UTC, which has
// no daylight-saving gaps, so the machine's own zone never leaks in. This is
// the one home of these rules: the renderer's previews and main's services
// import them from here, so they cannot reckon a day differently.

/** The calendar day it is in `zone` at the instant `now`. */
export function todayIn(zone: string, now: Date): string {
  return format(new TZDate(now.getTime(), zone), 'yyyy-MM-dd');
}

export function utcDay(isoDate: string): TZDate {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 'UTC');
}

const dayText = (date: TZDate): string => format(date, 'yyyy-MM-dd');

/** `months` calendar months after `isoDate`; 31 January + 1 month is 28/29 February. */
export function addMonthsToDate(isoDate: string, months: number): string {
  return dayText(addMonths(utcDay(isoDate), months));
}

export function addDaysToDate(isoDate: string, days: number): string {
  return dayText(addDays(utcDay(isoDate), days));
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(utcDay(to), utcDay(from));
}

/** A calendar day as the coach reads it in a message: "3 Feb 2027". */
export function dayLabel(isoDate: string): string {
  let label = dayLabels.get(isoDate);
  if (label === undefined) {
    label = format(utcDay(isoDate), 'd MMM yyyy');
    // Lists name the same few dates over and over, and each format builds a TZDate (tens of microseconds).
    if (dayLabels.size >= 2_000) dayLabels.clear();
    dayLabels.set(isoDate, label);
  }
  return label;
}

const dayLabels = new Map<string, string>();

/** With its weekday, for meeting dates: "Tuesday 9 June 2026". */
export function longDayLabel(isoDate: string): string {
  return format(utcDay(isoDate), 'EEEE d MMMM yyyy');
}

/** ISO weekday of a calendar day: 1 is Monday, 7 is Sunday. */
export function isoWeekday(isoDate: string): number {
  const day = utcDay(isoDate).getDay();
  return day === 0 ? 7 : day;
}

/** The later of two calendar days. */
export const laterDay = (a: string, b: string): string => (a > b ? a : b);

/** The day a programme is planned to end, whether it was entered as a date or a duration. */
export function plannedEndDate(startDate: string, plannedEnd: PlannedEnd): string {
  return plannedEnd.type === 'date' ? plannedEnd.endDate : addMonthsToDate(startDate, plannedEnd.months);
}
