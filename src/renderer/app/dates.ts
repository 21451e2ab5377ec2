import { TZDate } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';

// Dates as the coach reads them ("3 Feb 2027"). Calendar days (YYYY-MM-DD)
// carry no zone, so they are parsed as local days and formatted back without
// any shift; instants are shown in the coach's zone, not the machine's.

export function formatDay(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMM yyyy');
}

export function formatDayLong(isoDate: string): string {
  return format(parseISO(isoDate), 'EEEE d MMMM yyyy');
}

export function formatInstant(instant: string | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), 'd MMM yyyy, HH:mm');
}

/** With seconds, for lists where several entries share a minute (backups made in a row). */
export function formatInstantToSecond(instant: string | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), 'd MMM yyyy, HH:mm:ss');
}

/** Backup ids start with the moment they were taken, written file-name safe (2027-02-03T10-15-30-123Z-…). */
export function instantFromStamp(stamp: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(stamp);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!));
  return Number.isNaN(date.getTime()) ? null : date;
}
