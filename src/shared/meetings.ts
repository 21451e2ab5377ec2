import { z } from 'zod';
import { BUSY_SKIP_REASONS } from './busy-import';
import { MeetingModeSchema } from './entities';
import { IdSchema, InstantSchema, IsoDateSchema, TimeZoneSchema } from './primitives';

// The stored shapes of meetings. A meeting has two halves kept in two places:
//
// - its place in the calendar (when, where, planned or cancelled, which series)
//   lives in the group's file, because every calendar view, conflict check and
//   dashboard needs every meeting's time, and those entries are small;
// - what happened at it (agenda, attendance, check-ins, next steps) lives in a
//   records file per group per year (meetings/<groupId>/<year>.json), read only
//   when a page needs it, so years of history neither slow the start nor make
//   every save rewrite a decade of records.
//
// `recordsYear` ties the halves: the year whose file holds the meeting's
// records, fixed when the meeting is created, so moving a meeting into another
// year never moves its records between files.

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const StoredLocalTimeSchema = z.string().regex(LOCAL_TIME, 'Not a local time (HH:mm).');

export const MeetingStatusSchema = z.enum(['planned', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

/** A repeating plan, kept as RFC 5545 DTSTART and RRULE text so it can be read back and edited. */
export const MeetingSeriesSchema = z.strictObject({
  id: IdSchema,
  rule: z.string().min(1).max(500),
  minutes: z.number().int().min(15).max(480),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type MeetingSeries = z.infer<typeof MeetingSeriesSchema>;

export const MeetingSchema = z.strictObject({
  id: IdSchema,
  /** The series it belongs to; null for a one-off extra meeting. */
  seriesId: IdSchema.nullable(),
  /** The year of meetings/<groupId>/<year>.json that holds its records; never changes. */
  recordsYear: z.number().int().min(1900).max(2199),
  /** Local date and start time in `timeZone`, as the coach planned (or moved) it. */
  date: IsoDateSchema,
  startTime: StoredLocalTimeSchema,
  timeZone: TimeZoneSchema,
  minutes: z.number().int().min(15).max(480),
  /** UTC instants of the start and end. */
  start: InstantSchema,
  end: InstantSchema,
  /** Where the series put it before any move (RECURRENCE-ID for calendars); null for an extra meeting. */
  seriesStart: InstantSchema.nullable(),
  /** Null: the group's usual place and link. */
  place: MeetingModeSchema.nullable(),
  status: MeetingStatusSchema,
  cancelledReason: z.string().max(300),
  /** Bumped on every change a participant's calendar must pick up (RFC 5545 SEQUENCE). */
  sequence: z.number().int().min(0),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Meeting = z.infer<typeof MeetingSchema>;

// ---------- agenda ----------

export const AgendaItemKindSchema = z.enum(['check-in', 'review', 'hot-seat', 'feedforward', 'pair-work', 'next-steps', 'check-out']);

export const AgendaTimingSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fixed'), minutes: z.number().int().min(0).max(480) }),
  z.strictObject({ type: z.literal('per-member'), minutesPerMember: z.number().min(0).max(60), minMinutes: z.number().int().min(0).max(480) }),
  z.strictObject({ type: z.literal('remainder') }),
]);

export const AgendaTemplateItemSchema = z.strictObject({
  kind: AgendaItemKindSchema,
  title: z.string().min(1).max(120),
  timing: AgendaTimingSchema,
  included: z.boolean(),
});

export const AgendaTemplateSchema = z.strictObject({ items: z.array(AgendaTemplateItemSchema).min(1).max(20) });

export const AgendaItemSchema = z.strictObject({
  kind: AgendaItemKindSchema,
  title: z.string().min(1).max(120),
  minutes: z.number().int().min(0).max(480),
  startsAt: z.number().int().min(0).max(480),
  coacheeId: IdSchema.optional(),
});
export type StoredAgendaItem = z.infer<typeof AgendaItemSchema>;

/** How a group runs its meetings; null template means the method's own. */
export const MeetingSettingsSchema = z.strictObject({
  coacheesPerMeeting: z.union([z.literal(1), z.literal(2)]),
  agendaTemplate: AgendaTemplateSchema.nullable(),
});
export type MeetingSettings = z.infer<typeof MeetingSettingsSchema>;

export const DEFAULT_MEETING_SETTINGS: MeetingSettings = { coacheesPerMeeting: 1, agendaTemplate: null };

// ---------- what happened at a meeting ----------

export const AttendanceMarkSchema = z.enum(['present', 'absent', 'excused'], { error: 'Choose present, absent or excused.' });

export const ProgressSchema = z.enum(['on-track', 'some-progress', 'stuck', 'achieved'], { error: 'Choose how it is going.' });
export type Progress = z.infer<typeof ProgressSchema>;

export const NextStepStatusSchema = z.enum(['open', 'done', 'carried-over', 'dropped']);
export type NextStepStatus = z.infer<typeof NextStepStatusSchema>;

export const NextStepSchema = z.strictObject({
  id: IdSchema,
  membershipId: IdSchema,
  text: z.string().min(1).max(300),
  dueOn: z.union([z.literal(''), IsoDateSchema]),
  status: NextStepStatusSchema,
  /** The meeting whose review closed it (done, carried over or dropped); null while open. */
  reviewedAt: InstantSchema.nullable(),
  reviewedInMeetingId: IdSchema.nullable(),
  /** The step this one continues, when it was carried over from an earlier meeting. */
  carriedFromId: IdSchema.nullable(),
  createdAt: InstantSchema,
});
export type NextStep = z.infer<typeof NextStepSchema>;

export const CheckInSchema = z.strictObject({
  membershipId: IdSchema,
  progress: ProgressSchema,
  summary: z.string().max(200),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

export const AttendanceSchema = z.strictObject({ membershipId: IdSchema, mark: AttendanceMarkSchema });
export type Attendance = z.infer<typeof AttendanceSchema>;

export const MeetingRecordSchema = z.strictObject({
  meetingId: IdSchema,
  /** Null until the coach edits it: the agenda is then built from the group's template for the day. */
  agenda: z.array(AgendaItemSchema).max(40).nullable(),
  /** Coachees fixed by hand for a planned meeting, or the ones who took the hot seat at a held one. */
  coachees: z.array(IdSchema).max(2),
  attendance: z.array(AttendanceSchema),
  /** When the coach recorded the meeting as held; null while it is still to come (or not recorded). */
  heldAt: InstantSchema.nullable(),
  checkIns: z.array(CheckInSchema),
  nextSteps: z.array(NextStepSchema),
  updatedAt: InstantSchema,
});
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;

// ---------- the coach's other commitments ----------

/** The least free time the coach wants between two meetings, unless they set another. */
export const DEFAULT_BUFFER_MINUTES = 15;

/** A busy time from a calendar file the coach imported; only times and a title are kept. */
export const BusyTimeSchema = z.strictObject({
  id: IdSchema,
  start: InstantSchema,
  end: InstantSchema,
  label: z.string().max(200),
});
export type StoredBusyTime = z.infer<typeof BusyTimeSchema>;

/** How many events of the file were left out, for one reason. */
export const BusySkipCountSchema = z.strictObject({ reason: z.enum(BUSY_SKIP_REASONS), count: z.number().int().min(1) });

export const BusyCalendarSchema = z.strictObject({
  fileName: z.string().max(255),
  importedAt: InstantSchema,
  busyTimes: z.array(BusyTimeSchema).max(5000),
  /**
   * The events the import left out, by reason (empty: none), so the coach can
   * still see them after a restart. Optional, with no migration: version 3 had
   * not been released when it was added, and an import stored without it
   * simply has no counts to show.
   */
  skipped: z
    .array(BusySkipCountSchema)
    .max(BUSY_SKIP_REASONS.length)
    .refine((list) => new Set(list.map((s) => s.reason)).size === list.length, 'Each reason is counted once.')
    .optional(),
});
export type BusyCalendar = z.infer<typeof BusyCalendarSchema>;
