import { todayIn } from '../../shared/calendar/days';
import { isActiveOn } from '../../shared/calendar/periods';
import type { Membership } from '../../shared/entities';
import type { PersonMeeting, PersonMeetingHistory } from '../../shared/meeting-views';
import type { Meeting } from '../../shared/meetings';
import { attendanceOf, meetingState } from '../domain/meetings/programme';
import { clone, requirePerson, type ServiceContext } from './context';
import type { Handlers } from './handlers';
import { loadProgramme, type LoadedProgramme } from './meeting-programme';

// A person's meetings for the timeline on their page: what happened at each
// meeting of their groups while they were a member, across every group,
// archived ones included (a finished programme is still their history). Only
// dates, marks and turns: no note text, so it answers with the notes locked.

/** The person's membership on the meeting's day; a rejoined member has several, which never overlap. */
function membershipOn(mine: readonly Membership[], date: string): Membership | undefined {
  return mine.find((m) => isActiveOn(m, date));
}

function personMeeting(loaded: LoadedProgramme, meeting: Readonly<Meeting>, membershipId: string, today: string): PersonMeeting | null {
  const record = loaded.records.get(meeting.id);
  const state = meetingState(meeting, record);
  // Still to come (or today's, not yet recorded): the plan, not the history.
  if (state !== 'held' && meeting.date >= today) return null;
  const mark = attendanceOf(record)[membershipId] ?? null;
  const { group } = loaded.doc;
  return {
    groupId: group.id,
    groupName: group.name,
    groupColor: group.color,
    meetingId: meeting.id,
    date: meeting.date,
    startTime: meeting.startTime,
    timeZone: meeting.timeZone,
    state: state === 'planned' ? 'not-recorded' : state,
    attendance: state === 'cancelled' ? null : mark,
    coachee: state === 'held' && (record?.coachees.includes(membershipId) ?? false),
    cancelledReason: state === 'cancelled' ? meeting.cancelledReason : '',
  };
}

export async function personMeetingHistory(ctx: ServiceContext, personId: string): Promise<PersonMeetingHistory> {
  requirePerson(ctx, personId);
  const groups = ctx.store
    .groups()
    .filter((d) => d.memberships.some((m) => m.personId === personId))
    .sort((a, b) => (a.group.id < b.group.id ? -1 : 1));
  const starts = new Map<string, string>();
  const meetings: PersonMeeting[] = [];
  for (const doc of groups) {
    const mine = doc.memberships.filter((m) => m.personId === personId).sort((a, b) => (a.joinedOn !== b.joinedOn ? (a.joinedOn < b.joinedOn ? -1 : 1) : a.id < b.id ? -1 : 1));
    const today = todayIn(doc.group.timeZone, ctx.now());
    const loaded = await loadProgramme(ctx, doc.group.id);
    for (const meeting of doc.meetings) {
      const membership = membershipOn(mine, meeting.date);
      if (!membership) continue;
      const entry = personMeeting(loaded, meeting, membership.id, today);
      if (!entry) continue;
      starts.set(meeting.id, meeting.start);
      meetings.push(entry);
    }
  }
  // Newest first by the instant it began, so groups in different zones interleave as they were lived.
  const startOf = (m: PersonMeeting) => starts.get(m.meetingId)!;
  meetings.sort((a, b) => (startOf(a) !== startOf(b) ? (startOf(a) < startOf(b) ? 1 : -1) : a.meetingId < b.meetingId ? -1 : 1));
  return clone({ groupIds: groups.map((d) => d.group.id), meetings });
}

export function personMeetingServices(ctx: ServiceContext): Handlers<'meetings.personHistory'> {
  return {
    'meetings.personHistory': ({ id }) => personMeetingHistory(ctx, id),
  };
}
