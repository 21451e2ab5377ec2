import type { Meeting, MeetingRecord } from '../../shared/meetings';
import { formerMemberNames } from '../domain/anonymise';
import { meetingState, recordsByMeeting, type MeetingState } from '../domain/meetings/programme';
import type { GroupDoc, MeetingRecordsDoc } from '../store/documents';
import { currentPeople, requireGroup, type ServiceContext } from './context';
import { notFound } from './errors';
import { writeMeetingRecords } from './records-writes';

// Loading what the meeting services work on: a group's file and the records
// of its meetings, read only from the year files its meetings point at.

export interface LoadedProgramme {
  doc: Readonly<GroupDoc>;
  records: Map<string, MeetingRecord>;
  /** What the group page calls each membership: the person's name, or "Former member". */
  nameOf: (membershipId: string) => string;
  personOf: (membershipId: string) => string | null;
}

export async function loadProgramme(ctx: ServiceContext, groupId: string): Promise<LoadedProgramme> {
  const doc = requireGroup(ctx, groupId);
  const years = [...new Set(doc.meetings.map((m) => m.recordsYear))].sort();
  const files = await Promise.all(years.map((year) => ctx.store.meetingRecords(groupId, year)));
  const people = currentPeople(ctx);
  const former = formerMemberNames(doc.anonymisedMembers);
  const byMembership = new Map(doc.memberships.map((m) => [m.id, m]));
  return {
    doc,
    records: recordsByMeeting(files),
    nameOf: (id) => {
      const personId = byMembership.get(id)?.personId;
      if (personId === undefined) return 'Unknown member';
      return people.get(personId)?.name ?? former.get(personId) ?? 'Former member';
    },
    personOf: (id) => {
      const personId = byMembership.get(id)?.personId;
      return personId !== undefined && people.has(personId) ? personId : null;
    },
  };
}

export function requireMeeting(doc: Readonly<GroupDoc>, meetingId: string): Readonly<Meeting> {
  const meeting = doc.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw notFound('That meeting');
  return meeting;
}

export function requireMembership(doc: Readonly<GroupDoc>, membershipId: string) {
  const membership = doc.memberships.find((m) => m.id === membershipId);
  if (!membership) throw notFound('That member');
  return membership;
}

export interface MeetingMomentOf {
  state: MeetingState;
  started: boolean;
  date: string;
}

export const momentOf = (ctx: ServiceContext, meeting: Readonly<Meeting>, record: MeetingRecord | undefined): MeetingMomentOf => ({
  state: meetingState(meeting, record),
  started: ctx.now().getTime() >= Date.parse(meeting.start),
  date: meeting.date,
});

export const emptyRecord = (meetingId: string, now: string): MeetingRecord => ({
  meetingId,
  agenda: null,
  coachees: [],
  attendance: [],
  heldAt: null,
  checkIns: [],
  nextSteps: [],
  updatedAt: now,
});

/** The meeting's record in a year file being changed, made on first use; stamped as changed now. */
export function recordIn(draft: MeetingRecordsDoc, meetingId: string, now: string): MeetingRecord {
  let record = draft.records.find((r) => r.meetingId === meetingId);
  if (!record) {
    record = emptyRecord(meetingId, now);
    draft.records.push(record);
  }
  record.updatedAt = now;
  return record;
}

/**
 * Changes one meeting's record in its year file (creating the record on first
 * use). The mutator works on the stored draft; it may throw to refuse, and
 * then nothing is written.
 */
export async function updateRecord(
  ctx: ServiceContext,
  groupId: string,
  meeting: Readonly<Meeting>,
  mutate: (record: MeetingRecord) => void,
): Promise<MeetingRecord> {
  const now = ctx.now().toISOString();
  const doc = await writeMeetingRecords(ctx, groupId, meeting.recordsYear, [meeting.id], (draft) => mutate(recordIn(draft, meeting.id, now)));
  return structuredClone(doc.records.find((r) => r.meetingId === meeting.id)!);
}
