import type { Meeting } from '../../shared/meetings';
import { clone, requireGroup, type ServiceContext } from './context';
import { conflict } from './errors';
import type { Handlers } from './handlers';
import { byStart, ensurePlannable, exactTime, meetingIn, newMeeting, touched } from './meetings-shared';

// One meeting at a time: move it, cancel it (kept, with the reason), reinstate
// it, or add a one-off. Each change bumps the meeting's sequence so calendars
// that received it pick up the change; the records year never changes, so
// moving a meeting into January keeps its records where they are.

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
    });
    return clone(meetingIn(doc, meetingId));
  }

  return {
    'meetings.move': async ({ groupId, meetingId, date, time, minutes, place, repeatedHour }) =>
      changeMeeting(groupId, meetingId, (meeting) => {
        if (meeting.status === 'cancelled') throw conflict('This meeting is cancelled. Reinstate it before moving it.');
        const span = exactTime({ date, time, minutes, repeatedHour }, meeting.timeZone);
        meeting.date = date;
        meeting.startTime = time;
        meeting.minutes = minutes;
        meeting.start = span.start;
        meeting.end = span.end;
        if (place !== undefined) meeting.place = place;
      }),

    'meetings.cancel': async ({ groupId, meetingId, reason }) =>
      changeMeeting(groupId, meetingId, (meeting) => {
        if (meeting.status === 'cancelled') throw conflict('This meeting is already cancelled.');
        meeting.status = 'cancelled';
        meeting.cancelledReason = reason;
      }),

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
