import { z } from 'zod';

// Busy times from the coach's own calendar: an .ics file they export from
// Google Calendar, Outlook or Apple Calendar, read in main, of which only each
// busy time's start, end and title are kept. Both sides use these rules, so the
// settings page refuses what main would refuse, with the same words.

/** A calendar export of a few busy years is well under this; a larger file is refused before it is read. */
export const MAX_BUSY_FILE_CHARS = 5_000_000;
/** Events in one file: far more than years of a busy diary, far fewer than would stall the app. */
export const MAX_BUSY_FILE_EVENTS = 20_000;
/** Busy times kept from one import (the stored calendar holds at most this many). */
export const MAX_BUSY_TIMES = 5_000;
/** The dates busy times are read for: from this many months back to this many ahead of today. */
export const BUSY_MONTHS_BACK = 1;
export const BUSY_MONTHS_AHEAD = 24;

export const BUSY_TOO_LARGE_MESSAGE = 'That file is too large to import (limit 5 MB). Export a shorter range of dates from your calendar.';
export const BUSY_EMPTY_MESSAGE = 'That file is empty. Choose the .ics file you exported from your calendar.';

export const BufferMinutesSchema = z
  .number({ error: 'Enter the break in minutes.' })
  .int('Use whole minutes.')
  .min(0, 'The break cannot be negative; use 0 for none.')
  .max(240, 'Use at most 240 minutes (4 hours).');

export const CalendarSettingsInputSchema = z.strictObject({ bufferMinutes: BufferMinutesSchema });
export type CalendarSettingsInput = z.infer<typeof CalendarSettingsInputSchema>;

export const BusyImportInputSchema = z.strictObject({
  fileName: z.string({ error: 'The file needs a name.' }).max(255, 'That file name is too long (limit 255 characters).'),
  text: z
    .string({ error: 'The file must be text.' })
    // Aborts here so an oversized string is not scanned by the check below.
    .max(MAX_BUSY_FILE_CHARS, { error: BUSY_TOO_LARGE_MESSAGE, abort: true })
    .refine((text) => text.trim() !== '', BUSY_EMPTY_MESSAGE),
});
export type BusyImportInput = z.infer<typeof BusyImportInputSchema>;

/** Why an event in the file did not become a busy time. */
export const BUSY_SKIP_REASONS = [
  'all-day',
  'free',
  'cancelled',
  'outside-dates',
  'no-length',
  'too-long',
  'repeats-too-often',
  'unreadable',
] as const;
export type BusySkipReason = (typeof BUSY_SKIP_REASONS)[number];

/** Longer than this, a timed event is a trip or a placeholder rather than a time the coach cannot meet. */
export const MAX_BUSY_DAYS = 14;

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "3 all-day events (they do not block a time of day)": one line per reason, as the import's summary shows it. */
export function skipReasonText(reason: BusySkipReason, count: number): string {
  switch (reason) {
    case 'all-day':
      return `${plural(count, 'all-day event', 'all-day events')} (they do not block a time of day)`;
    case 'free':
      return `${plural(count, 'event', 'events')} marked as free`;
    case 'cancelled':
      return `${plural(count, 'cancelled event', 'cancelled events')}`;
    case 'outside-dates':
      return `${plural(count, 'event', 'events')} outside the dates Circlekeeper checks`;
    case 'no-length':
      return `${plural(count, 'event', 'events')} with no length (they end when they start)`;
    case 'too-long':
      return `${plural(count, 'event', 'events')} longer than ${MAX_BUSY_DAYS} days`;
    case 'repeats-too-often':
      return `${plural(count, 'repeating event', 'repeating events')} that ${count === 1 ? 'repeats' : 'repeat'} too often to check (every few minutes or hours)`;
    case 'unreadable':
      return `${plural(count, 'event', 'events')} whose dates could not be read`;
  }
}

/** What an import found, as the import answers and the settings page shows it. */
export interface BusyImportSummary {
  fileName: string;
  importedAt: string;
  busyCount: number;
  /** The calendar days (in the coach's zone) busy times were read for. */
  fromDate: string;
  toDate: string;
  skipped: { reason: BusySkipReason; count: number }[];
  /** Events with a local time but no time zone (or one Circlekeeper does not know), read in the coach's zone. */
  readInCoachZone: number;
}

/** The file's own name without any folder part, safe to show: a browser sends only the name, but main trusts nothing. */
export function displayFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base === '' ? 'calendar.ics' : base;
}
