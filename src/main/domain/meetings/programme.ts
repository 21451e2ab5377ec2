import type { Membership } from '../../../shared/entities';
import type { Meeting, MeetingRecord, MeetingSettings } from '../../../shared/meetings';
import type { AttendanceMark, RotationInput } from './rotation';

// A group's programme as the rules of running meetings read it: every meeting
// in calendar order with what its record says happened. A meeting's place in
// the calendar lives in the group file and what happened in the records files,
// so this is the one place the two halves are joined.

/** Planned until recorded as held; cancelled whatever its record holds (a cancelled meeting keeps its records). */
export type MeetingState = 'planned' | 'held' | 'cancelled';

export function meetingState(meeting: Pick<Meeting, 'status'>, record: Pick<MeetingRecord, 'heldAt'> | undefined): MeetingState {
  if (meeting.status === 'cancelled') return 'cancelled';
  return record?.heldAt ? 'held' : 'planned';
}

export type RecordsByMeeting = ReadonlyMap<string, MeetingRecord>;

/** Every record of a group, by meeting, from its year files. */
export function recordsByMeeting(years: readonly { records: readonly MeetingRecord[] }[]): Map<string, MeetingRecord> {
  const out = new Map<string, MeetingRecord>();
  for (const year of years) for (const record of year.records) out.set(record.meetingId, record);
  return out;
}

/** Meetings by their start instant (then id), as the coach lives them: a meeting moved earlier comes earlier. */
export function inCalendarOrder<T extends Pick<Meeting, 'start' | 'id'>>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function attendanceOf(record: Pick<MeetingRecord, 'attendance'> | undefined): Record<string, AttendanceMark> {
  const marks: Record<string, AttendanceMark> = {};
  for (const a of record?.attendance ?? []) marks[a.membershipId] = a.mark;
  return marks;
}

export interface Programme {
  memberships: readonly Membership[];
  meetings: readonly Meeting[];
  meetingSettings: MeetingSettings;
}

/** The rotation's view of a programme: held meetings with their coachees and attendance, planned ones with any fixed by hand. */
export function rotationInput(programme: Programme, records: RecordsByMeeting, today?: string): RotationInput {
  return {
    today,
    coacheesPerMeeting: programme.meetingSettings.coacheesPerMeeting,
    members: programme.memberships.map((m) => ({ membershipId: m.id, joinedOn: m.joinedOn, leftOn: m.leftOn })),
    meetings: programme.meetings.map((meeting) => {
      const record = records.get(meeting.id);
      return {
        id: meeting.id,
        date: meeting.date,
        status: meetingState(meeting, record),
        coachees: record?.coachees ?? [],
        attendance: attendanceOf(record),
      };
    }),
  };
}

/** Planned meetings before today never recorded as held: each was either held and not yet recorded, or did not happen. */
export function unrecordedMeetings<M extends Pick<Meeting, 'status' | 'date' | 'id' | 'start'>>(meetings: readonly M[], records: RecordsByMeeting, today: string): M[] {
  return inCalendarOrder(meetings).filter((m) => m.date < today && meetingState(m, records.get(m.id)) === 'planned');
}
