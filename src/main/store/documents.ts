import { z } from 'zod';
import {
  AnonymisedMemberSchema,
  GroupSchema,
  MembershipSchema,
  NormAgreementSchema,
  NormSchema,
  PersonSchema,
  SettingsSchema,
} from '../../shared/entities';
import { BusyCalendarSchema, DEFAULT_BUFFER_MINUTES, DEFAULT_MEETING_SETTINGS, MeetingRecordSchema, MeetingSchema, MeetingSeriesSchema, MeetingSettingsSchema } from '../../shared/meetings';
import { IdSchema } from '../../shared/primitives';
import { BetweenSettingsSchema, DEFAULT_BETWEEN_SETTINGS, OneToOneSchema, PairingRoundSchema } from '../../shared/between';

/**
 * The shapes of the files on disk. The store keeps one small index file (people
 * and settings) and one file per group, so a change to one group rewrites only
 * that group's file however many years of history the others hold.
 */
export const CURRENT_SCHEMA_VERSION = 5;

export const IndexDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: SettingsSchema,
  people: z.array(PersonSchema),
  /** The coach's own calendar: the least free time between meetings, and busy times imported from elsewhere (since version 3). */
  calendar: z.strictObject({
    bufferMinutes: z.number().int().min(0).max(240),
    busy: BusyCalendarSchema.nullable(),
  }),
});
export type IndexDoc = z.infer<typeof IndexDocSchema>;

export const GroupDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  group: GroupSchema,
  memberships: z.array(MembershipSchema),
  norms: z.array(NormSchema),
  /** Bumped on every change to the norms, so older agreements can be told apart. */
  normsRevision: z.number().int().min(1),
  normAgreements: z.array(NormAgreementSchema),
  /** Members whose person was deleted with the history kept (since version 2). */
  anonymisedMembers: z.array(AnonymisedMemberSchema),
  /** Since version 3: how meetings run, their series, and every meeting's place in the calendar. */
  meetingSettings: MeetingSettingsSchema,
  meetingSeries: z.array(MeetingSeriesSchema),
  meetings: z.array(MeetingSchema),
  /** Since version 4: the rules for pairs and 1:1s, the pairing rounds and the coach's 1:1s. */
  between: BetweenSettingsSchema,
  pairingRounds: z.array(PairingRoundSchema),
  oneToOnes: z.array(OneToOneSchema),
});
export type GroupDoc = z.infer<typeof GroupDocSchema>;

/** A group file's meeting fields (and what lies between meetings) before any meeting is planned. */
export const noMeetingsYet = (): Pick<GroupDoc, 'meetingSettings' | 'meetingSeries' | 'meetings' | 'between' | 'pairingRounds' | 'oneToOnes'> => ({
  meetingSettings: structuredClone(DEFAULT_MEETING_SETTINGS),
  meetingSeries: [],
  meetings: [],
  between: structuredClone(DEFAULT_BETWEEN_SETTINGS),
  pairingRounds: [],
  oneToOnes: [],
});

export const defaultIndexDoc = (coachTimeZone: string): IndexDoc => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  settings: { coachName: '', coachTimeZone, coachEmail: '' },
  people: [],
  calendar: { bufferMinutes: DEFAULT_BUFFER_MINUTES, busy: null },
});

/**
 * What happened at a group's meetings of one year (meetings/<groupId>/<year>.json):
 * read when a page needs it, never at open, and rewritten alone.
 */
export const MeetingRecordsDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  groupId: IdSchema,
  year: z.number().int().min(1900).max(2199),
  records: z.array(MeetingRecordSchema),
});
export type MeetingRecordsDoc = z.infer<typeof MeetingRecordsDocSchema>;

export const emptyMeetingRecords = (groupId: string, year: number): MeetingRecordsDoc => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  groupId,
  year,
  records: [],
});
