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
import { BetweenSettingsSchema, OneToOneSchema, PairingRoundSchema, type BetweenSettings, type OneToOne, type PairingRound } from '../../shared/between';
import { BusyCalendarSchema, MeetingRecordSchema, MeetingSchema, MeetingSeriesSchema, MeetingSettingsSchema, type Meeting, type MeetingRecord, type MeetingSeries, type MeetingSettings } from '../../shared/meetings';
import { NoteKindSchema, NoteLinksSchema, type NoteMeta } from '../../shared/notes';
import { IdSchema, InstantSchema } from '../../shared/primitives';
import type { GroupRecord } from './group-health';
import type { IndexRecord } from './invariants';

// The coach's records as one documented, versioned JSON file (docs/export-format.md):
// no lock-in, whatever happens to the app. The shape is fixed by this schema;
// `formatVersion` rises whenever a field is renamed or removed (adding one
// does not), so a reader can tell what it is holding. Confidential note text
// is never part of an export.

export const EXPORT_FORMAT = 'circlekeeper-export';
export const EXPORT_FORMAT_VERSION = 1;

export const ExportGroupSchema = z.strictObject({
  group: GroupSchema,
  memberships: z.array(MembershipSchema),
  norms: z.array(NormSchema),
  normsRevision: z.number().int().min(1),
  normAgreements: z.array(NormAgreementSchema),
  /** People deleted from Circlekeeper whose part in this group's history is kept without their details. */
  anonymisedMembers: z.array(AnonymisedMemberSchema),
  /** How the group runs its meetings (coachees per meeting, its agenda template; null is the method's own). */
  meetingSettings: MeetingSettingsSchema,
  /** Series as RFC 5545 DTSTART and RRULE text. */
  meetingSeries: z.array(MeetingSeriesSchema),
  /** Every meeting, held, to come or cancelled: UTC start and end, the IANA zone it was planned in, and its status. */
  meetings: z.array(MeetingSchema),
  /** What happened at the meetings: agenda, attendance, check-ins and next steps, by meeting. */
  meetingRecords: z.array(MeetingRecordSchema),
  /** The group's rules for pairs (odd member, pairs never made, team preference), members' teams and its 1:1 cadence. */
  between: BetweenSettingsSchema,
  /** Pairing rounds, oldest first: each period, its pair sessions (lists of person ids) and the rules it was planned under. */
  pairingRounds: z.array(PairingRoundSchema),
  /** The coach's 1:1s with the group's members, by start. */
  oneToOnes: z.array(OneToOneSchema),
});

/** A confidential note as the export knows it: where it belongs and when it changed. Its title and text stay in the vault. */
export const ExportNoteSchema = z.strictObject({
  id: IdSchema,
  kind: NoteKindSchema,
  ...NoteLinksSchema.shape,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  revision: z.number().int().min(1),
});
export type ExportNote = z.infer<typeof ExportNoteSchema>;

export const DataExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: false }),
  appVersion: z.string(),
  /** The data format of the folder it came from (the store's schemaVersion). */
  dataSchemaVersion: z.number().int().min(1),
  settings: SettingsSchema,
  people: z.array(PersonSchema),
  /** The coach's buffer between meetings and the busy times they imported from their own calendar. */
  calendar: z.strictObject({ bufferMinutes: z.number().int().min(0), busy: BusyCalendarSchema.nullable() }),
  groups: z.array(ExportGroupSchema),
  /** Every confidential note's metadata (never its title or text), ordered by id. */
  notes: z.array(ExportNoteSchema),
  /** Files whose live copy was damaged, so their content here comes from a backup (or is missing). */
  recoveredFiles: z.array(z.strictObject({ file: z.string(), problem: z.string(), backupId: z.string().nullable() })),
});
export type DataExport = z.infer<typeof DataExportSchema>;

export interface ExportGroupSource extends GroupRecord {
  meetingSettings: MeetingSettings;
  meetingSeries: readonly MeetingSeries[];
  meetings: readonly Meeting[];
  between: BetweenSettings;
  pairingRounds: readonly PairingRound[];
  oneToOnes: readonly OneToOne[];
}

export interface ExportSource {
  index: IndexRecord & { settings: DataExport['settings']; calendar: DataExport['calendar'] };
  groups: readonly ExportGroupSource[];
  /** Every year of records, of any group; records of a group not exported are left out. */
  meetingRecords: readonly { groupId: string; records: readonly MeetingRecord[] }[];
  exportedAt: Date;
  appVersion: string;
  dataSchemaVersion: number;
  recoveredFiles?: DataExport['recoveredFiles'];
  /** The notes' metadata; anything else a note holds is dropped here, field by field. */
  notes?: readonly NoteMeta[];
}

/** Named fields only, so text added to a note's metadata one day cannot slip into the export unnoticed. */
const noteForExport = (m: NoteMeta): ExportNote => ({
  id: m.id,
  kind: m.kind,
  date: m.date,
  groupId: m.groupId,
  meetingId: m.meetingId,
  personIds: [...m.personIds],
  createdAt: m.createdAt,
  updatedAt: m.updatedAt,
  revision: m.revision,
});

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the export; records are ordered by id so two exports of the same data are byte-identical. */
export function buildDataExport(source: ExportSource): DataExport {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: source.exportedAt.toISOString(),
    appVersion: source.appVersion,
    dataSchemaVersion: source.dataSchemaVersion,
    settings: structuredClone(source.index.settings),
    people: [...source.index.people].sort((a, b) => byText(a.id, b.id)).map((p) => structuredClone(p)),
    calendar: structuredClone(source.index.calendar),
    groups: [...source.groups]
      .sort((a, b) => byText(a.group.id, b.group.id))
      .map((g) => ({
        group: structuredClone(g.group),
        memberships: structuredClone(g.memberships),
        norms: structuredClone(g.norms),
        normsRevision: g.normsRevision,
        normAgreements: structuredClone(g.normAgreements),
        anonymisedMembers: structuredClone(g.anonymisedMembers),
        meetingSettings: structuredClone(g.meetingSettings),
        meetingSeries: structuredClone([...g.meetingSeries]),
        meetings: [...g.meetings].sort((a, b) => byText(a.start, b.start) || byText(a.id, b.id)).map((m) => structuredClone(m)),
        meetingRecords: source.meetingRecords
          .filter((y) => y.groupId === g.group.id)
          .flatMap((y) => y.records)
          .sort((a, b) => byText(a.meetingId, b.meetingId))
          .map((r) => structuredClone(r)),
        between: structuredClone(g.between),
        pairingRounds: [...g.pairingRounds].sort((a, b) => byText(a.from, b.from) || byText(a.id, b.id)).map((r) => structuredClone(r)),
        oneToOnes: [...g.oneToOnes].sort((a, b) => byText(a.start, b.start) || byText(a.id, b.id)).map((o) => structuredClone(o)),
      })),
    notes: [...(source.notes ?? [])].sort((a, b) => byText(a.id, b.id)).map(noteForExport),
    recoveredFiles: [...(source.recoveredFiles ?? [])],
  };
}

/** A file name for the export on the coach's disk, dated in their zone's day (given). */
export const exportFileName = (day: string): string => `circlekeeper-export-${day}.json`;
