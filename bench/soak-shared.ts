import type { CalendarLedgerDoc } from '../src/main/store/calendar-ledger-doc';
import type { GroupDoc } from '../src/main/store/documents';
import { CURRENT_SCHEMA_VERSION, noMeetingsYet } from '../src/main/store/documents';
import type { MeetingRecord } from '../src/shared/meetings';
import type { NoteFileDoc } from '../src/main/store/notes/note-file-doc';
import { sampleGroup } from '../tests/support/sample-records';

export const SOAK_GROUP_NAME = 'Soak Circle';

export const soakGroup = (id: string, name = SOAK_GROUP_NAME): GroupDoc => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  group: sampleGroup(id, { name, purpose: 'Soak write 0' }),
  memberships: [],
  norms: [{ id: '5e1f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b', text: 'What is said here stays here.' }],
  normsRevision: 1,
  normAgreements: [],
  anonymisedMembers: [],
  ...noMeetingsYet(),
});

/** The sequence number a soak write left in a text field ("Soak write 12" / "Soak 12"). */
export function soakSeqOf(text: string): number {
  const match = /(\d+)$/.exec(text);
  return match ? Number(match[1]) : 0;
}

/** The one meeting record every soak write changes (a check-in's summary carries the sequence number). */
export const SOAK_MEETING_ID = '6a2f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b';
export const SOAK_RECORDS_YEAR = 2026;

export const soakRecord = (meetingId: string, n: number): MeetingRecord => ({
  meetingId,
  agenda: null,
  coachees: [],
  attendance: [],
  heldAt: null,
  checkIns: [{ membershipId: '7b3f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b', progress: 'on-track', summary: `Soak write ${n}` }],
  nextSteps: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** The one note every soak write saves again; its (stand-in) sealed text carries the sequence number. */
export const SOAK_NOTE_ID = '8c4f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b';

/**
 * A note file as the store keeps it. The store never opens what is sealed, so
 * the soak seals nothing: the base64 of "Soak write n" stands in for the
 * ciphertext, and lets the check read the sequence number back.
 */
export const soakNote = (id: string, revision: number, n: number): NoteFileDoc => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id,
  kind: 'member',
  date: '2026-01-01',
  groupId: null,
  meetingId: null,
  personIds: [],
  templateId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision,
  sealed: Buffer.from(`Soak write ${n}`).toString('base64'),
  history: [],
});

export const soakNoteSeq = (doc: { sealed: string }): number => soakSeqOf(Buffer.from(doc.sealed, 'base64').toString('utf8'));

/** The export ledger as a write step leaves it: its last export is n seconds after the start of 2026. */
const LEDGER_EPOCH = Date.UTC(2026, 0, 1);
export const soakLedger = (n: number): CalendarLedgerDoc => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  events: [],
  sent: [],
  lastExportAt: new Date(LEDGER_EPOCH + n * 1000).toISOString(),
});

export const soakLedgerSeq = (doc: { lastExportAt: string | null }): number =>
  doc.lastExportAt === null ? 0 : Math.round((Date.parse(doc.lastExportAt) - LEDGER_EPOCH) / 1000);
