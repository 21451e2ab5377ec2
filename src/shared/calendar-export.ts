import { z } from 'zod';
import { IdSchema, InstantSchema, IsoDateSchema, TimeZoneSchema } from './primitives';

// The calendar export: the entries of its ledger (stored in
// calendar-ledger.json, see src/main/store/calendar-ledger-doc.ts) and what
// the Export view shows before anything is written.

const FingerprintSchema = z.string().regex(/^[0-9a-f]{32}$/, 'Not a fingerprint.');
const UidSchema = z.string().min(1).max(200);

export const LedgerEventSchema = z.strictObject({
  uid: UidSchema,
  fingerprint: FingerprintSchema,
  sequence: z.number().int().min(0),
  snapshot: z.strictObject({
    groupId: IdSchema,
    date: IsoDateSchema,
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    timeZone: TimeZoneSchema,
    minutes: z.number().int().min(1).max(1440),
    start: InstantSchema,
    end: InstantSchema,
  }),
});
export type LedgerEvent = z.infer<typeof LedgerEventSchema>;

export const LedgerSentSchema = z.strictObject({
  personId: IdSchema,
  uid: UidSchema,
  sequence: z.number().int().min(0),
  /** The person's copy as drafted; 'cancelled' once a cancellation went out for it. */
  fingerprint: z.union([FingerprintSchema, z.literal('cancelled')]),
  sentAt: InstantSchema,
});
export type LedgerSent = z.infer<typeof LedgerSentSchema>;


// ---------- what the coach chooses ----------

/** Reminders the coach can add to every event (minutes before); calendar apps that ignore VALARM on import (Google) skip them. */
export const REMINDER_CHOICES = [10, 30, 60, 1440] as const;

export const ExportSelectionSchema = z
  .strictObject({
    /** Null: every group that still runs. */
    groupIds: z.array(IdSchema).max(200).nullable(),
    /** Null: every member of the chosen groups. */
    personIds: z.array(IdSchema).max(2000).nullable(),
    /** The coach's days; null from: today; null to: to the end of every programme. */
    from: IsoDateSchema.nullable(),
    to: IsoDateSchema.nullable(),
  })
  .superRefine((s, ctx) => {
    if (s.from !== null && s.to !== null && s.to < s.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be on or after its start.' });
    if (s.groupIds !== null && s.groupIds.length === 0) ctx.addIssue({ code: 'custom', path: ['groupIds'], message: 'Choose at least one group.' });
  });
export type ExportSelection = z.infer<typeof ExportSelectionSchema>;

export const ExportWriteSchema = z.strictObject({
  selection: ExportSelectionSchema,
  include: z
    .strictObject({ people: z.boolean(), groups: z.boolean(), coach: z.boolean(), drafts: z.boolean() })
    .refine((i) => i.people || i.groups || i.coach || i.drafts, 'Choose at least one kind of file to write.'),
  reminders: z
    .array(z.union(REMINDER_CHOICES.map((m) => z.literal(m)) as unknown as [z.ZodLiteral<10>, z.ZodLiteral<30>, z.ZodLiteral<60>, z.ZodLiteral<1440>], { error: 'Choose a reminder from the list.' }))
    .max(2, 'At most two reminders.'),
});
export type ExportWrite = z.infer<typeof ExportWriteSchema>;

// ---------- what the Export view shows ----------

export interface ExportEventLine {
  uid: string;
  kind: 'meeting' | 'pair-session' | 'one-to-one';
  summary: string;
  /** When, on the person's own clock (or the coach's, for the coach and groups): "Tue 12 Jan 2027, 18:00–19:30". */
  when: string;
  cancelled: boolean;
}

export interface PersonExportPreview {
  personId: string;
  name: string;
  email: string;
  timeZone: string;
  groups: string[];
  counts: { meetings: number; pairSessions: number; oneToOnes: number; cancelled: number };
  /** Their file's events in the period, in their own zone. */
  events: ExportEventLine[];
  /** Invitations their calendar lacks: everything the first time, then only what changed. */
  invitationsNeeded: number;
  neverInvited: boolean;
}

export interface ExportPreview {
  /** The period as chosen, on the coach's clock; `to` null = to the end of every programme. */
  from: string;
  to: string | null;
  coachTimeZone: string;
  /** Invitations need an organiser: the coach's email from Settings. */
  coachEmail: string;
  people: PersonExportPreview[];
  groups: { groupId: string; name: string; meetings: number }[];
  coachEvents: number;
  /** People with invitations to draft: "3 people have changes since their last invitation". */
  peopleWithChanges: number;
  lastExportAt: string | null;
}

export interface ExportWritten {
  /** Null: the coach closed the folder dialog, nothing was written. */
  folder: string | null;
  files: { path: string; kind: 'person' | 'group' | 'coach' | 'draft'; summary: string }[];
}
