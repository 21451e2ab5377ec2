import { z } from 'zod';
import type { MeetingSettings, NextStep } from '../meetings';
import { AgendaItemKindSchema, ProgressSchema } from '../meetings';
import type { MeetingPage, MemberStatsView, PersonMeetingHistory, PersonNextSteps, SwapPreview } from '../meeting-views';
import { composed } from '../text';
import { IdSchema, optionalDate, trimmed } from '../primitives';
import { byId } from './inputs';
import { command, query } from './method';
import { tags, type Tag } from './tags';

// Running a meeting: its page, and what the coach records at it (attendance,
// check-ins, who is in the hot seat, the agenda, next steps and their review),
// plus how a group runs its meetings (coachees per meeting, its own agenda
// template). Everything recorded lands in the meeting's records file, so these
// commands change `meeting-records` only; the group's settings are part of
// `meetings` (the group file).

const inMeeting = { groupId: IdSchema, meetingId: IdSchema };

/** A check-in summary is one line: a headline, not minutes (confidential notes come with the vault). */
export const CheckInSummarySchema = z
  .string({ error: 'The summary must be text.' })
  .max(800, 'Keep the summary to 200 characters.')
  .transform((raw, ctx) => {
    const text = composed(raw).trim();
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(text)) ctx.addIssue({ code: 'custom', message: 'Keep the summary to one line.' });
    else if (text.length > 200) ctx.addIssue({ code: 'custom', message: 'Keep the summary to 200 characters.' });
    else return text;
    return z.NEVER;
  });

export const NOT_RECORDED = 'not-recorded';

export const AttendanceInputMarkSchema = z.enum(['present', 'absent', 'excused', NOT_RECORDED], { error: 'Choose present, absent or excused.' });
export const CheckInProgressInputSchema = z.union([ProgressSchema, z.literal(NOT_RECORDED)], { error: 'Choose how it is going.' });

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const AttendanceInputSchema = z.strictObject({
  ...inMeeting,
  marks: z
    .array(z.strictObject({ membershipId: IdSchema, mark: AttendanceInputMarkSchema }))
    .min(1, 'Mark at least one member.')
    .max(50, 'Mark at most 50 members at a time.')
    .refine((marks) => distinct(marks.map((m) => m.membershipId)), 'Each member can be marked only once.'),
});

export const CheckInInputSchema = z.strictObject({
  ...inMeeting,
  membershipId: IdSchema,
  progress: CheckInProgressInputSchema,
  summary: CheckInSummarySchema,
});

export const CoacheesInputSchema = z.discriminatedUnion('type', [
  /** Back to the rotation's choice. */
  z.strictObject({ type: z.literal('rotation') }),
  z.strictObject({
    type: z.literal('by-hand'),
    membershipIds: z
      .array(IdSchema)
      .min(1, 'Choose a coachee.')
      .max(2, 'A meeting has at most two coachees.')
      .refine(distinct, 'Each member can be in the hot seat only once.'),
  }),
]);

export const EditedAgendaItemSchema = z.strictObject({
  kind: AgendaItemKindSchema,
  title: trimmed('Title', 1, 120),
  minutes: z
    .number({ error: 'Enter the minutes.' })
    .int('Use whole minutes.')
    .min(0, 'Use 0 minutes or more.')
    .max(480, 'A part can last at most 480 minutes.'),
});

export const AgendaInputSchema = z.discriminatedUnion('type', [
  /** Follow the group's template again, timed for this meeting. */
  z.strictObject({ type: z.literal('template') }),
  z.strictObject({
    type: z.literal('edited'),
    items: z.array(EditedAgendaItemSchema).min(1, 'An agenda needs at least one part.').max(40, 'An agenda can have at most 40 parts.'),
  }),
]);

export const NextStepValuesSchema = z.strictObject({
  text: trimmed('Next step', 1, 300),
  dueOn: optionalDate,
});

export const ReviewOutcomeInputSchema = z.enum(['done', 'carried-over', 'dropped', 'open'], { error: 'Choose done, carried over or dropped.' });

const TemplateTimingInputSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fixed'), minutes: z.number().int('Use whole minutes.').min(0).max(480) }),
  z.strictObject({
    type: z.literal('per-member'),
    minutesPerMember: z.number().min(0).max(60, 'At most 60 minutes per member.'),
    minMinutes: z.number().int('Use whole minutes.').min(0).max(480),
  }),
  z.strictObject({ type: z.literal('remainder') }),
]);

export const TemplateItemInputSchema = z.strictObject({
  kind: AgendaItemKindSchema,
  title: trimmed('Title', 1, 120),
  timing: TemplateTimingInputSchema,
  included: z.boolean(),
});

export const MeetingSettingsInputSchema = z.strictObject({
  groupId: IdSchema,
  coacheesPerMeeting: z.union([z.literal(1), z.literal(2)], { error: 'Choose one or two coachees.' }),
  agendaTemplate: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('method') }),
    z.strictObject({
      type: z.literal('own'),
      items: z.array(TemplateItemInputSchema).min(1, 'A template needs at least one part.').max(20, 'A template can have at most 20 parts.'),
    }),
  ]),
});

/** What a recording command answers with: the meeting's record as stored. */
export interface MeetingRecordChanged {
  meetingId: string;
  recordsYear: number;
}

export interface NextStepChanged {
  step: NextStep;
}

export interface NextStepReviewed {
  step: NextStep;
  /** The open copy at the reviewing meeting, when carried over. */
  carried: NextStep | null;
}

const records = ({ groupId }: { groupId: string }): Tag[] => [tags.meetingRecords(groupId)];

/** A view of one group's meetings names its members, so it reads their people too. */
const groupMeetingsView = (groupId: string, personIds: readonly (string | null)[] | undefined): Tag[] => [
  tags.group(groupId),
  tags.members(groupId),
  tags.meetings(groupId),
  tags.meetingRecords(groupId),
  ...(personIds ? personIds.flatMap((id) => (id ? [tags.person(id)] : [])) : [tags.person()]),
];

export const meetingRecordMethods = {
  // Times on the coach's clock as well as the group's, so the coach's settings too.
  'meetings.page': query<MeetingPage>()(z.strictObject(inMeeting), ({ groupId }, page) => [
    ...groupMeetingsView(groupId, page?.members.map((m) => m.personId)),
    tags.settings(),
  ]),
  'meetings.memberStats': query<MemberStatsView>()(z.strictObject({ groupId: IdSchema }), ({ groupId }, stats) =>
    groupMeetingsView(groupId, stats?.members.map((m) => m.personId)),
  ),
  /** What putting `in` in the hot seat instead of `out` does to everyone's turns; saves nothing. */
  'meetings.previewSwap': query<SwapPreview>()(
    z.strictObject({ ...inMeeting, out: IdSchema, in: IdSchema }),
    ({ groupId }) => groupMeetingsView(groupId, undefined),
  ),
  // The person's groups come from their memberships, so joining a group is seen too.
  'meetings.personNextSteps': query<PersonNextSteps>()(byId, ({ id }, answer) => [
    tags.memberships(id),
    ...(answer ? answer.groupIds.flatMap((g) => [tags.group(g), tags.meetings(g), tags.meetingRecords(g)]) : [tags.group(), tags.meetings(), tags.meetingRecords()]),
  ]),
  // Every group the person was ever in, archived ones too: it is their history.
  'meetings.personHistory': query<PersonMeetingHistory>()(byId, ({ id }, answer) => [
    tags.memberships(id),
    ...(answer ? answer.groupIds.flatMap((g) => [tags.group(g), tags.meetings(g), tags.meetingRecords(g)]) : [tags.group(), tags.meetings(), tags.meetingRecords()]),
  ]),
  /** Attendance for some or all members; apologies (absent, excused) can be sent before the meeting. */
  'meetings.recordAttendance': command<MeetingRecordChanged>()(AttendanceInputSchema, records),
  'meetings.recordCheckIn': command<MeetingRecordChanged>()(CheckInInputSchema, records),
  'meetings.markHeld': command<MeetingRecordChanged>()(z.strictObject({ ...inMeeting, held: z.boolean() }), records),
  'meetings.setCoachees': command<MeetingRecordChanged>()(z.strictObject({ ...inMeeting, coachees: CoacheesInputSchema }), records),
  'meetings.saveAgenda': command<MeetingRecordChanged>()(z.strictObject({ ...inMeeting, agenda: AgendaInputSchema }), records),
  'meetings.addNextStep': command<NextStepChanged>()(
    z.strictObject({ ...inMeeting, membershipId: IdSchema, ...NextStepValuesSchema.shape }),
    records,
  ),
  /** meetingId: the meeting the step was agreed at. */
  'meetings.updateNextStep': command<NextStepChanged>()(
    z.strictObject({ ...inMeeting, stepId: IdSchema, ...NextStepValuesSchema.shape }),
    records,
  ),
  'meetings.removeNextStep': command<{ removed: string }>()(z.strictObject({ ...inMeeting, stepId: IdSchema }), records),
  /** meetingId: the reviewing meeting; stepMeetingId: where the step was agreed. 'open' undoes a review. */
  'meetings.reviewNextStep': command<NextStepReviewed>()(
    z.strictObject({ ...inMeeting, stepMeetingId: IdSchema, stepId: IdSchema, outcome: ReviewOutcomeInputSchema }),
    records,
  ),
  'groups.updateMeetingSettings': command<MeetingSettings>()(MeetingSettingsInputSchema, ({ groupId }) => [tags.meetings(groupId)]),
} as const;
