import { z } from 'zod';
import {
  ColorSchema,
  EmailSchema,
  HttpUrlSchema,
  IdSchema,
  InstantSchema,
  IsoDateSchema,
  PhoneSchema,
  TimeZoneSchema,
  optionalDate,
  optionalText,
  required,
  requiredDate,
  trimmed,
} from './primitives';

// The coach's records. "Input" schemas are what a form sends; the stored
// shapes add ids and timestamps that only main assigns.

export const MAX_RECOMMENDED_MEMBERS = 8;

// ---------- groups ----------

export const GroupKindSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('standalone') }),
  z.strictObject({
    type: z.literal('internal'),
    organisation: trimmed('Organisation', 1, 120),
    sponsorName: trimmed('Sponsor name', 1, 120),
    sponsorEmail: required('Sponsor email', EmailSchema),
  }),
]);
export type GroupKind = z.infer<typeof GroupKindSchema>;

export const FacilitationSchema = z.enum(['coach', 'self'], { error: 'Choose who facilitates.' });
export type Facilitation = z.infer<typeof FacilitationSchema>;

const videoLink = required('Video link', HttpUrlSchema);

export const MeetingModeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('virtual'), videoLink }),
  z.strictObject({ type: z.literal('in-person'), address: trimmed('Address', 1, 300) }),
  z.strictObject({ type: z.literal('hybrid'), videoLink, address: trimmed('Address', 1, 300) }),
]);
export type MeetingMode = z.infer<typeof MeetingModeSchema>;

export const PlannedEndSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('date'), endDate: requiredDate('End date') }),
  z.strictObject({
    type: z.literal('duration'),
    months: z
      .number({ error: 'Enter a number of months.' })
      .int('Use whole months.')
      .min(1, 'A programme lasts at least 1 month.')
      .max(36, 'A programme lasts at most 36 months.'),
  }),
]);
export type PlannedEnd = z.infer<typeof PlannedEndSchema>;

const groupFields = {
  name: trimmed('Group name', 1, 80),
  purpose: optionalText('Purpose', 1000),
  kind: GroupKindSchema,
  facilitation: FacilitationSchema,
  startDate: requiredDate('Start date'),
  plannedEnd: PlannedEndSchema,
  timeZone: TimeZoneSchema,
  meetingMinutes: z
    .number({ error: 'Enter the meeting length in minutes.' })
    .int('Use whole minutes.')
    .min(15, 'Meetings last at least 15 minutes.')
    .max(480, 'Meetings last at most 8 hours (480 minutes).'),
  mode: MeetingModeSchema,
  color: ColorSchema,
};

export const GroupInputSchema = z.strictObject(groupFields).superRefine((g, ctx) => {
  if (g.plannedEnd.type === 'date' && g.plannedEnd.endDate <= g.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['plannedEnd', 'endDate'],
      message: 'The planned end must be after the start date.',
    });
  }
});
export type GroupInput = z.input<typeof GroupInputSchema>;
export type GroupValues = z.output<typeof GroupInputSchema>;

export const GroupSchema = z.strictObject({
  id: IdSchema,
  ...groupFields,
  archivedAt: InstantSchema.nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Group = z.infer<typeof GroupSchema>;

// ---------- people ----------

const personFields = {
  name: trimmed('Name', 1, 120),
  email: required('Email', EmailSchema),
  timeZone: TimeZoneSchema,
  organisation: optionalText('Organisation', 120),
  role: optionalText('Role', 120),
  phone: PhoneSchema,
};

export const PersonInputSchema = z.strictObject(personFields);
export type PersonInput = z.input<typeof PersonInputSchema>;
export type PersonValues = z.output<typeof PersonInputSchema>;

export const PersonSchema = z.strictObject({
  id: IdSchema,
  ...personFields,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Person = z.infer<typeof PersonSchema>;

// ---------- membership and goals ----------

export const GoalStatusSchema = z.enum(['not-started', 'in-progress', 'achieved', 'dropped'], {
  error: 'Choose a status.',
});
export type GoalStatus = z.infer<typeof GoalStatusSchema>;

export const GoalInputSchema = z.strictObject({
  text: trimmed('Goal', 3, 500),
  targetDate: optionalDate,
  status: GoalStatusSchema,
});
export type GoalInput = z.input<typeof GoalInputSchema>;

export const GoalSchema = z.strictObject({
  text: z.string().min(1).max(500),
  targetDate: optionalDate,
  status: GoalStatusSchema,
  setAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Goal = z.infer<typeof GoalSchema>;

export const MembershipSchema = z.strictObject({
  id: IdSchema,
  personId: IdSchema,
  joinedOn: IsoDateSchema,
  leftOn: IsoDateSchema.nullable(),
  goal: GoalSchema.nullable(),
});
export type Membership = z.infer<typeof MembershipSchema>;

/**
 * A member whose person record was deleted while the group's history was kept:
 * their memberships and agreement stay under `personId`, an id of this group's
 * own that points at no person, and the group shows them as "Former member".
 */
export const AnonymisedMemberSchema = z.strictObject({
  personId: IdSchema,
  anonymisedAt: InstantSchema,
});
export type AnonymisedMember = z.infer<typeof AnonymisedMemberSchema>;

// ---------- norms ----------

export const NormTextSchema = trimmed('Norm', 2, 300);

export const NormSchema = z.strictObject({
  id: IdSchema,
  text: z.string().min(1).max(300),
});
export type Norm = z.infer<typeof NormSchema>;

/** A member's agreement to the norms as they stood at `revision`. */
export const NormAgreementSchema = z.strictObject({
  personId: IdSchema,
  agreedOn: IsoDateSchema,
  revision: z.number().int().min(1),
});
export type NormAgreement = z.infer<typeof NormAgreementSchema>;

// ---------- settings ----------

/**
 * The coach's own address, which they may not have given yet ('' = not set);
 * otherwise held to the same rules as a member's email, with the same messages.
 */
const OptionalEmailSchema = z.string({ error: 'Enter an email address.' }).transform((value, ctx) => {
  if (value.trim() === '') return '';
  const checked = EmailSchema.safeParse(value);
  if (checked.success) return checked.data;
  for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
  return z.NEVER;
});

export const SettingsSchema = z.strictObject({
  coachName: optionalText('Your name', 120),
  coachTimeZone: TimeZoneSchema,
  /** The organiser of the calendar invitations the app drafts (since version 5). */
  coachEmail: OptionalEmailSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;
