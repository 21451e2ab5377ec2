import { z } from 'zod';
import { MAX_SERIES_MEETINGS } from '../calendar/recurrence';
import { LocalTimeSchema, SeriesRuleSchema } from '../calendar/series-schema';
import { MeetingModeSchema } from '../entities';
import type { GroupMeetingsView, PlannedMeetingPreview, SeriesChanged, SeriesPlanned, SeriesPreviewView } from '../meeting-plan-views';
import type { Meeting } from '../meetings';
import { IdSchema, TimeZoneSchema, requiredDate, trimmed } from '../primitives';
import { command, query } from './method';
import { tags } from './tags';

// Planning a group's meetings: a series from a repeat rule, then each meeting
// moved, cancelled, reinstated, or an extra one added. Every time a coach picks
// is checked against the whole calendar before saving (the previews), and a
// time on a daylight-saving edge is never saved without the coach's choice.

export const MeetingMinutesSchema = z
  .number({ error: 'Enter the meeting length in minutes.' })
  .int('Use whole minutes.')
  .min(15, 'Meetings last at least 15 minutes.')
  .max(480, 'Meetings last at most 8 hours (480 minutes).');

/** Which of a local time that happens twice (the clocks go back over it) the coach means. */
export const RepeatedHourSchema = z.enum(['earlier', 'later'], { error: 'Choose the first or the second time.' });
export type RepeatedHour = z.infer<typeof RepeatedHourSchema>;

const occurrenceIndex = z.number().int().min(0).max(MAX_SERIES_MEETINGS - 1);

/**
 * What the coach decided for one date of a series before saving it: leave it
 * out, take the first or second of a repeated hour, accept the time calendars
 * move a skipped hour to, or move it to another date and time.
 */
export const SeriesAdjustmentSchema = z.discriminatedUnion(
  'choice',
  [
    z.strictObject({ index: occurrenceIndex, choice: z.literal('skip') }),
    z.strictObject({ index: occurrenceIndex, choice: z.literal('earlier') }),
    z.strictObject({ index: occurrenceIndex, choice: z.literal('later') }),
    z.strictObject({ index: occurrenceIndex, choice: z.literal('moved-forward') }),
    z.strictObject({
      index: occurrenceIndex,
      choice: z.literal('move'),
      date: requiredDate('Date'),
      time: LocalTimeSchema,
      repeatedHour: RepeatedHourSchema.optional(),
    }),
  ],
  { error: 'Choose what to do with this meeting.' },
);
export type SeriesAdjustment = z.infer<typeof SeriesAdjustmentSchema>;

const AdjustmentsSchema = z
  .array(SeriesAdjustmentSchema)
  .max(MAX_SERIES_MEETINGS)
  .refine((list) => new Set(list.map((a) => a.index)).size === list.length, 'Each meeting can be adjusted only once.');

/** Dates of a series the coach has moved in the preview, checked before saving like every other date. */
const PreviewMovesSchema = z
  .array(z.strictObject({ index: occurrenceIndex, date: requiredDate('Date'), time: LocalTimeSchema }))
  .max(MAX_SERIES_MEETINGS)
  .refine((list) => new Set(list.map((a) => a.index)).size === list.length, 'Each meeting can be moved only once.');

/** One meeting's new date, time and length, as the move and extra-meeting forms send them. */
export const MeetingTimeFields = {
  date: requiredDate('Date'),
  time: LocalTimeSchema,
  minutes: MeetingMinutesSchema,
  /** Null or left out: the group's usual place and link. */
  place: MeetingModeSchema.nullable().optional(),
  repeatedHour: RepeatedHourSchema.optional(),
};

export const MoveMeetingSchema = z.strictObject({ groupId: IdSchema, meetingId: IdSchema, ...MeetingTimeFields });
export const AddExtraMeetingSchema = z.strictObject({ groupId: IdSchema, ...MeetingTimeFields });
export const CancelMeetingSchema = z.strictObject({ groupId: IdSchema, meetingId: IdSchema, reason: trimmed('Reason', 1, 300) });

const inGroup = ({ groupId }: { groupId: string }) => [tags.meetings(groupId)];

/** A preview compares with every group's meetings, the coach's 1:1s (named by member) and busy times, on the coach's clock. */
const clashSources = () => [tags.meetings(), tags.oneToOnes(), tags.person(), tags.coachCalendar(), tags.group(), tags.settings()];

export const meetingMethods = {
  /** The group's Meetings tab. `viewerZone` adds each meeting's time on that clock (a member's). */
  'meetings.forGroup': query<GroupMeetingsView>()(
    z.strictObject({ groupId: IdSchema, viewerZone: TimeZoneSchema.optional() }),
    ({ groupId }) => [...clashSources(), tags.meetingRecords(groupId), tags.members(groupId), tags.person()],
  ),
  /**
   * Every meeting a rule would plan, with its clashes. With `replacing`, the
   * meetings of that series from the rule's first date on are left out of the
   * clashes (the change replaces them), and those with records are listed.
   * `moves` are dates the coach moved in the preview: each is checked at its
   * new time (clashes, clock changes) and counted instead of the date it moves.
   */
  'meetings.previewSeries': query<SeriesPreviewView>()(
    z.strictObject({ groupId: IdSchema, rule: SeriesRuleSchema, replacingSeriesId: IdSchema.optional(), moves: PreviewMovesSchema.optional() }),
    ({ groupId }) => [...clashSources(), tags.meetingRecords(groupId)],
  ),
  /** One meeting at a date and time (a move when `meetingId` is given, else an extra meeting): its times and clashes. */
  'meetings.previewAt': query<PlannedMeetingPreview>()(
    z.strictObject({ groupId: IdSchema, meetingId: IdSchema.optional(), date: requiredDate('Date'), time: LocalTimeSchema, minutes: MeetingMinutesSchema }),
    clashSources,
  ),
  'meetings.planSeries': command<SeriesPlanned>()(
    z.strictObject({ groupId: IdSchema, rule: SeriesRuleSchema, adjustments: AdjustmentsSchema }),
    inGroup,
  ),
  /**
   * The series from `fromDate` on follows a new rule (which starts on or after
   * it). Meetings before it stay as they are; later ones with records are kept
   * as one-offs; the rest are replaced by the new series' meetings.
   */
  'meetings.changeSeriesFrom': command<SeriesChanged>()(
    z.strictObject({ groupId: IdSchema, seriesId: IdSchema, fromDate: requiredDate('Change from'), rule: SeriesRuleSchema, adjustments: AdjustmentsSchema }),
    inGroup,
  ),
  'meetings.move': command<Meeting>()(MoveMeetingSchema, inGroup),
  'meetings.cancel': command<Meeting>()(CancelMeetingSchema, inGroup),
  'meetings.reinstate': command<Meeting>()(z.strictObject({ groupId: IdSchema, meetingId: IdSchema }), inGroup),
  'meetings.addExtra': command<Meeting>()(AddExtraMeetingSchema, inGroup),
} as const;
