import { z } from 'zod';
import { BusyImportInputSchema, CalendarSettingsInputSchema, type BusyImportSummary, type CalendarSettingsInput } from '../busy-import';
import { isMonth } from '../calendar/month-grid';
import type { BusyCleared, CalendarClashes, CalendarList, CalendarMonth, CalendarSettings } from '../calendar-views';
import { requiredDate } from '../primitives';
import { none } from './inputs';
import { command, query } from './method';
import { tags } from './tags';

// The coach's calendar across every group, and their own calendar settings:
// the break they want between meetings and the busy times imported from the
// calendar they keep elsewhere. Every view here names groups (names, colours,
// archived ones left out), places meetings and the coach's 1:1s on the
// coach's clock and marks clashes, so each reads the meetings and 1:1s of every
// group, the groups, the people the 1:1s are with (names, zones), the coach's
// settings (zone) and their own calendar.

/** The most days one list asks for: about a quarter. */
export const MAX_LIST_DAYS = 92;

const MonthSchema = z
  .string({ error: 'Choose a month.' })
  .refine(isMonth, 'Use a month such as 2027-03.')
  .refine((m) => m >= '1900-01' && m <= '2199-12', 'Choose a month between 1900 and 2199.');

const everyGroupsCalendar = () => [tags.settings(), tags.group(), tags.meetings(), tags.oneToOnes(), tags.person(), tags.coachCalendar()];

export const calendarMethods = {
  /** The month grid on the coach's clock; without a month, the month it is now where the coach is. */
  'calendar.month': query<CalendarMonth>()(z.strictObject({ month: MonthSchema.optional() }), everyGroupsCalendar),
  'calendar.agenda': query<CalendarList>()(
    z.strictObject({
      from: requiredDate('From'),
      days: z
        .number({ error: 'Enter a number of days.' })
        .int('Use whole days.')
        .min(1, 'Show at least one day.')
        .max(MAX_LIST_DAYS, `Show at most ${MAX_LIST_DAYS} days at a time.`),
    }),
    everyGroupsCalendar,
  ),
  /** Every clash from now on, calendar-wide. */
  'calendar.conflicts': query<CalendarClashes>()(none, everyGroupsCalendar),
  'calendar.settings': query<CalendarSettings>()(none, () => [tags.settings(), tags.coachCalendar()]),
  'calendar.updateSettings': command<CalendarSettingsInput>()(CalendarSettingsInputSchema, () => [tags.coachCalendar()]),
  /** Replaces the busy times of an earlier import; the file's text is read and dropped. */
  'calendar.importBusy': command<BusyImportSummary>()(BusyImportInputSchema, () => [tags.coachCalendar()]),
  'calendar.clearBusy': command<BusyCleared>()(none, () => [tags.coachCalendar()]),
} as const;
