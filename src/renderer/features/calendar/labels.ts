import { format } from 'date-fns';
import { utcDay } from '../../../shared/calendar/days';

// How the calendar names months, days and zones. Calendar days are plain
// 'YYYY-MM-DD' text read in UTC (shared/calendar/days), so the machine's own
// zone never moves a day.

/** "March 2027". */
export const monthLabel = (month: string): string => format(utcDay(`${month}-01`), 'MMMM yyyy');

/** "Tuesday 17 March 2026". */
export const dayHeading = (date: string): string => format(utcDay(date), 'EEEE d MMMM yyyy');

/** "Tue 17 Mar". */
export const shortDay = (date: string): string => format(utcDay(date), 'EEE d MMM');

/** Days in a month, for the list of a whole month. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "New York" for America/New_York: the place a coach recognises. */
export const zonePlace = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

export const WEEKDAYS = [
  { short: 'Mon', long: 'Monday' },
  { short: 'Tue', long: 'Tuesday' },
  { short: 'Wed', long: 'Wednesday' },
  { short: 'Thu', long: 'Thursday' },
  { short: 'Fri', long: 'Friday' },
  { short: 'Sat', long: 'Saturday' },
  { short: 'Sun', long: 'Sunday' },
] as const;

/** "1:1 with Amara Okafor": how the calendar names one of the coach's 1:1s. */
export const oneToOneName = (personName: string): string => `1:1 with ${personName}`;

/** "clashes with Founders and your busy time “Gym”". */
export function clashPhrase(names: readonly string[]): string {
  if (names.length <= 1) return `clashes with ${names[0] ?? 'another meeting'}`;
  return `clashes with ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
