import { z } from 'zod';
import { TimeZoneSchema, requiredDate } from '../primitives';
import { addMonthsToDate, dayLabel } from './days';
import { MAX_SERIES_MEETINGS, WEEKDAYS, seriesDates, seriesIsTooLong, type SeriesRule } from './recurrence';
import { isLocalTime } from './zoned';

// What a series form sends, checked the same way in the form (react-hook-form
// with this schema) and again in main (dispatch), with messages a coach can act
// on. The rule-level checks expand the series, so "no meeting falls in these
// dates" is caught before anything is saved.

/** The longest span a series may cover: a programme is months, rarely years. */
export const MAX_SERIES_YEARS = 5;

export const LocalTimeSchema = z
  .string({ error: 'Enter a start time.' })
  .refine((t) => t.trim() !== '', { message: 'Enter a start time.', abort: true })
  .refine(isLocalTime, 'Enter the time as HH:mm on a 24-hour clock, such as 18:00.');

const WeekdaySchema = z.enum(WEEKDAYS, { error: 'Choose a day of the week.' });

const whole = (label: string, min: number, max: number, outside: string) =>
  z.number({ error: `Enter ${label}.` }).int(`Use a whole number. ${outside}`).min(min, outside).max(max, outside);

export const SeriesPatternSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('monthly-weekday'),
      week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
        error: 'Choose the week of the month: 1st, 2nd, 3rd, 4th or last.',
      }),
      weekday: WeekdaySchema,
    }),
    z.strictObject({ type: z.literal('monthly-day'), day: whole('a day of the month', 1, 31, 'Choose a day from 1 to 31.') }),
    z.strictObject({ type: z.literal('weekly'), everyWeeks: whole('a number of weeks', 1, 12, 'Meetings can repeat every 1 to 12 weeks.'), weekday: WeekdaySchema }),
  ],
  { error: 'Choose how the meetings repeat.' },
);

export const SeriesEndSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('until'), lastDate: requiredDate('Last date') }),
    z.strictObject({ type: z.literal('count'), count: whole('a number of meetings', 1, MAX_SERIES_MEETINGS, `A series has from 1 to ${MAX_SERIES_MEETINGS} meetings.`) }),
  ],
  { error: 'Choose when the series ends.' },
);

const SeriesFieldsSchema = z.strictObject({
  pattern: SeriesPatternSchema,
  fromDate: requiredDate('First date'),
  startTime: LocalTimeSchema,
  timeZone: TimeZoneSchema,
  minutes: z
    .number({ error: 'Enter the meeting length in minutes.' })
    .int('Use whole minutes.')
    .min(15, 'Meetings last at least 15 minutes.')
    .max(480, 'Meetings last at most 8 hours (480 minutes).'),
  end: SeriesEndSchema,
});

// The rule-level check expands the series, so it runs only on fields that all
// passed (zod would otherwise run it beside a field's own error).
export const SeriesRuleSchema = SeriesFieldsSchema.pipe(
  z.custom<z.output<typeof SeriesFieldsSchema>>().superRefine((rule, ctx) => {
    const problem = seriesRuleProblem(rule);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }),
);

export type SeriesRuleInput = z.input<typeof SeriesRuleSchema>;
export type SeriesRuleValues = z.output<typeof SeriesRuleSchema>;

/** Why a well-formed rule still cannot be planned (and which field to mark), or null. */
export function seriesRuleProblem(rule: SeriesRule): { path: string[]; message: string } | null {
  if (rule.end.type === 'until') {
    const { lastDate } = rule.end;
    if (lastDate < rule.fromDate) return { path: ['end', 'lastDate'], message: `The last date must be on or after the first date (${dayLabel(rule.fromDate)}).` };
    if (lastDate > addMonthsToDate(rule.fromDate, 12 * MAX_SERIES_YEARS)) {
      return { path: ['end', 'lastDate'], message: `A series can run for at most ${MAX_SERIES_YEARS} years; choose an earlier last date.` };
    }
    if (seriesDates({ ...rule, end: { type: 'until', lastDate } }).length === 0) {
      return { path: ['end', 'lastDate'], message: `No meeting of this pattern falls between ${dayLabel(rule.fromDate)} and ${dayLabel(lastDate)}; choose a later last date.` };
    }
  }
  if (seriesIsTooLong(rule)) {
    return { path: ['end'], message: `This series would have more than ${MAX_SERIES_MEETINGS} meetings; choose an earlier last date or a number of meetings.` };
  }
  return null;
}
