import { dayLabel } from './days';
import type { SeriesEnd, SeriesPattern, Weekday, WeekOfMonth } from './recurrence';

// How a series reads to the coach, the same in the form's preview and on the
// group page: "Monthly on the 2nd Tuesday", "Every 3 weeks on Wednesday".

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
};

export const WEEK_OF_MONTH_NAMES: Record<WeekOfMonth, string> = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', '-1': 'last' };

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

export function patternLabel(pattern: SeriesPattern): string {
  switch (pattern.type) {
    case 'monthly-weekday':
      return `Monthly on the ${WEEK_OF_MONTH_NAMES[pattern.week]} ${WEEKDAY_NAMES[pattern.weekday]}`;
    case 'monthly-day':
      return pattern.day <= 28
        ? `Monthly on the ${ordinal(pattern.day)}`
        : `Monthly on the ${ordinal(pattern.day)}, or the last day of shorter months`;
    case 'weekly':
      return pattern.everyWeeks === 1
        ? `Every week on ${WEEKDAY_NAMES[pattern.weekday]}`
        : `Every ${pattern.everyWeeks} weeks on ${WEEKDAY_NAMES[pattern.weekday]}`;
  }
}

export function endLabel(end: SeriesEnd): string {
  return end.type === 'count' ? `${end.count} ${end.count === 1 ? 'meeting' : 'meetings'}` : `until ${dayLabel(end.lastDate)}`;
}
