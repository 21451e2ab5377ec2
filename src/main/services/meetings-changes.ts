import type { Meeting, MeetingRecord } from '../../shared/meetings';
import { formerMemberNames } from '../domain/anonymise';
import { cancelRefusal, moveRefusal, type MemberOnRecord } from '../domain/meetings/change-refusals';
import type { GroupDoc } from '../store/documents';
import { clone, currentPeople, requireGroup, type ServiceContext } from './context';
import { conflict } from './errors';
import type { Handlers } from './handlers';
import { byStart, ensurePlannable, exactTime, meetingIn, newMeeting, touched } from './meetings-shared';

// One meeting at a time: move it, cancel it (kept, with the reason), reinstate
// it, or add a one-off. Each change bumps the meeting's sequence so calendars
// that received it pick up the change; the records year never changes, so
// moving a meeting into January keeps its records where they are. A move or a
// cancel never rewrites records, so one they would contradict is refused.

type ChangeMethods = 'meetings.move' | 'meetings.cancel' | 'meetings.reinstate' | 'meetings.addExtra';

export function meetingChangeServices(ctx: ServiceContext): Handlers<ChangeMethods> {
  /** Changes one meeting inside the group's write, re-checking the group and the meeting there, and answers with it as stored. */
  async function changeMeeting(groupId: string, meetingId: string, mutate: (meeting: Meeting) => void): Promise<Meeting> {
    requireGroup(ctx, groupId);
    const doc = await ctx.store.updateGroup(groupId, (draft) => {
      ensurePlannable(draft);
      const meeting = meetingIn(draft, meetingId);
      mutate(meeting);
      touched(ctx, meeting);
      // Only this meeting is copied for the change, not the programme's other meetings.
    }, [meetingId]);
    return clone(meetingIn(doc, meetingId));
  }

  /** The meeting's record, read from the one year file that holds it (not the group's whole history). */
  async function recordOf(groupId: string, meetingId: string): Promise<MeetingRecord | undefined> {
    const meeting = meetingIn(requireGroup(ctx, groupId), meetingId);
    const year = await ctx.store.meetingRecords(groupId, meeting.recordsYear);
    return year.records.find((r) => r.meetingId === meetingId);
  }

  return {
    'meetings.move': async ({ groupId, meetingId, date, time, minutes, place, repeatedHour }) => {
      const record = await recordOf(groupId, meetingId);
      return changeMeeting(groupId, meetingId, (meeting) => {
        if (meeting.status === 'cancelled') throw conflict('This meeting is cancelled. Reinstate it before moving it.');
        const span = exactTime({ date, time, minutes, repeatedHour }, meeting.timeZone);
        const refusal = moveRefusal(record, membersOnRecord(ctx, requireGroup(ctx, groupId)), { date, start: span.start, now: ctx.now().toISOString() });
        if (refusal) throw conflict(refusal);
        meeting.date = date;
        meeting.startTime = time;
        meeting.minutes = minutes;
        meeting.start = span.start;
        meeting.end = span.end;
        if (place !== undefined) meeting.place = place;
      });
    },

    'meetings.cancel': async ({ groupId, meetingId, reason }) => {
      const refusal = cancelRefusal(await recordOf(groupId, meetingId));
      return changeMeeting(groupId, meetingId, (meeting) => {
        if (meeting.status === 'cancelled') throw conflict('This meeting is already cancelled.');
        if (refusal) throw conflict(refusal);
        meeting.status = 'cancelled';
        meeting.cancelledReason = reason;
      });
    },

    'meetings.reinstate': async ({ groupId, meetingId }) =>
      changeMeeting(groupId, meetingId, (meeting) => {
        if (meeting.status !== 'cancelled') throw conflict('This meeting is not cancelled, so there is nothing to reinstate.');
        meeting.status = 'planned';
        meeting.cancelledReason = '';
      }),

    'meetings.addExtra': async ({ groupId, date, time, minutes, place, repeatedHour }) => {
      requireGroup(ctx, groupId);
      let added: Meeting | undefined;
      await ctx.store.updateGroup(groupId, (draft) => {
        ensurePlannable(draft);
        const span = exactTime({ date, time, minutes, repeatedHour }, draft.group.timeZone);
        added = newMeeting(ctx, {
          seriesId: null,
          date,
          time,
          timeZone: draft.group.timeZone,
          minutes,
          ...span,
          seriesStart: null,
          place: place ?? null,
        });
        draft.meetings = [...draft.meetings, added].sort(byStart);
      });
      return clone(added as Meeting);
    },
  };
}

/** The group's members as the move rule names them: the person's name, or "Former member". */
function membersOnRecord(ctx: ServiceContext, doc: Readonly<GroupDoc>): Map<string, MemberOnRecord> {
  const people = currentPeople(ctx);
  const former = formerMemberNames(doc.anonymisedMembers);
  return new Map(
    doc.memberships.map((m) => [m.id, { id: m.id, joinedOn: m.joinedOn, leftOn: m.leftOn, name: people.get(m.personId)?.name ?? former.get(m.personId) ?? 'Former member' }]),
  );
}
