import type { MeetingRecordChanged } from '../../shared/contract/meeting-records';
import type { MeetingRecord } from '../../shared/meetings';
import { attendanceOf } from '../domain/meetings/programme';
import { aheadRefusal, attendanceRefusal, happenedRefusal, memberRefusal } from '../domain/meetings/recording';
import type { GroupDoc } from '../store/documents';
import { requireGroup, type ServiceContext } from './context';
import { conflict, invalidInput } from './errors';
import type { Handlers } from './handlers';
import { agendaFor, membersAt, turnsAt } from './meeting-page';
import { loadProgramme, momentOf, requireMeeting, requireMembership, updateRecord, type LoadedProgramme } from './meeting-programme';

type RecordMethods =
  | 'meetings.recordAttendance'
  | 'meetings.recordCheckIn'
  | 'meetings.markHeld'
  | 'meetings.setCoachees'
  | 'meetings.saveAgenda'
  | 'groups.updateMeetingSettings';

const refuse = (reason: string | null): void => {
  if (reason) throw conflict(reason);
};

const changed = (record: MeetingRecord, recordsYear: number): MeetingRecordChanged => ({ meetingId: record.meetingId, recordsYear });

export function meetingRecordServices(ctx: ServiceContext): Handlers<RecordMethods> {
  /** Loads the programme and the meeting; `then` checks and changes the meeting's record. */
  async function onMeeting(
    groupId: string,
    meetingId: string,
    then: (loaded: LoadedProgramme, record: MeetingRecord | undefined) => (draft: MeetingRecord) => void,
  ): Promise<MeetingRecordChanged> {
    const loaded = await loadProgramme(ctx, groupId);
    const meeting = requireMeeting(loaded.doc, meetingId);
    const mutate = then(loaded, loaded.records.get(meeting.id));
    const record = await updateRecord(ctx, groupId, meeting, mutate);
    return changed(record, meeting.recordsYear);
  }

  const memberAt = (loaded: LoadedProgramme, membershipId: string, date: string) => {
    const membership = requireMembership(loaded.doc, membershipId);
    refuse(memberRefusal(membership, loaded.nameOf(membershipId), date));
    return membership;
  };

  return {
    'meetings.recordAttendance': ({ groupId, meetingId, marks }) =>
      onMeeting(groupId, meetingId, (loaded, record) => {
        const meeting = requireMeeting(loaded.doc, meetingId);
        const moment = momentOf(ctx, meeting, record);
        for (const { membershipId, mark } of marks) {
          memberAt(loaded, membershipId, meeting.date);
          refuse(attendanceRefusal(moment, mark));
        }
        return (draft) => {
          for (const { membershipId, mark } of marks) {
            draft.attendance = draft.attendance.filter((a) => a.membershipId !== membershipId);
            if (mark !== 'not-recorded') draft.attendance.push({ membershipId, mark });
            // Someone who was not there did not check in.
            if (mark === 'absent' || mark === 'excused') draft.checkIns = draft.checkIns.filter((c) => c.membershipId !== membershipId);
          }
        };
      }),

    'meetings.recordCheckIn': ({ groupId, meetingId, membershipId, progress, summary }) =>
      onMeeting(groupId, meetingId, (loaded, record) => {
        const meeting = requireMeeting(loaded.doc, meetingId);
        refuse(happenedRefusal(momentOf(ctx, meeting, record), 'check-ins'));
        memberAt(loaded, membershipId, meeting.date);
        const mark = attendanceOf(record)[membershipId];
        if (progress !== 'not-recorded' && (mark === 'absent' || mark === 'excused')) {
          throw conflict(`${loaded.nameOf(membershipId)} is marked ${mark} at this meeting. Mark them present to record their check-in.`);
        }
        if (progress === 'not-recorded' && summary !== '') throw invalidInput('Choose how it is going to keep a summary.', { progress: 'Choose how it is going.' });
        return (draft) => {
          draft.checkIns = draft.checkIns.filter((c) => c.membershipId !== membershipId);
          if (progress === 'not-recorded') return;
          draft.checkIns.push({ membershipId, progress, summary });
          // A check-in is given in the room: it says they were there.
          if (!draft.attendance.some((a) => a.membershipId === membershipId)) draft.attendance.push({ membershipId, mark: 'present' });
        };
      }),

    'meetings.markHeld': ({ groupId, meetingId, held }) =>
      onMeeting(groupId, meetingId, (loaded, record) => {
        const meeting = requireMeeting(loaded.doc, meetingId);
        if (!held) {
          if (!record?.heldAt) throw conflict('This meeting is not recorded as held.');
          // Who sat in the hot seat stays fixed for it, as if chosen by hand.
          return (draft) => void (draft.heldAt = null);
        }
        refuse(happenedRefusal(momentOf(ctx, meeting, record), 'record of being held'));
        if (record?.heldAt) throw conflict('This meeting is already recorded as held.');
        const marks = attendanceOf(record);
        const unmarked = membersAt(loaded, meeting).filter((m) => marks[m.id] === undefined).map((m) => loaded.nameOf(m.id));
        if (unmarked.length > 0) {
          throw conflict(`Record attendance for ${listOf(unmarked)} first, so the group’s attendance and turns stay right.`);
        }
        // Held, the meeting keeps the coachees and agenda it had, whatever later changes to the rotation or template.
        const turns = turnsAt(loaded, meeting.id).turns.map((t) => t.membershipId);
        const agenda = agendaFor(loaded, meeting, record, turns.filter((id) => marks[id] === 'present'));
        const now = ctx.now().toISOString();
        return (draft) => {
          draft.heldAt = now;
          if (draft.coachees.length === 0) draft.coachees = turns;
          draft.agenda ??= agenda.items.map(({ coacheeName: _name, ...item }) => item);
        };
      }),

    'meetings.setCoachees': ({ groupId, meetingId, coachees }) =>
      onMeeting(groupId, meetingId, (loaded, record) => {
        const meeting = requireMeeting(loaded.doc, meetingId);
        const moment = momentOf(ctx, meeting, record);
        refuse(aheadRefusal(moment, 'coachees'));
        if (coachees.type === 'rotation') {
          if (moment.state === 'held') throw conflict('A held meeting keeps who was in the hot seat. Choose them by hand to correct it.');
          return (draft) => void (draft.coachees = []);
        }
        const marks = attendanceOf(record);
        for (const id of coachees.membershipIds) {
          memberAt(loaded, id, meeting.date);
          const mark = marks[id];
          if (moment.state === 'planned' && (mark === 'absent' || mark === 'excused')) {
            throw conflict(`${loaded.nameOf(id)} has sent apologies for this meeting, so cannot be in the hot seat.`);
          }
        }
        return (draft) => void (draft.coachees = [...coachees.membershipIds]);
      }),

    'meetings.saveAgenda': ({ groupId, meetingId, agenda }) =>
      onMeeting(groupId, meetingId, (loaded, record) => {
        const meeting = requireMeeting(loaded.doc, meetingId);
        const moment = momentOf(ctx, meeting, record);
        refuse(aheadRefusal(moment, 'agenda changes'));
        if (agenda.type === 'template') {
          if (moment.state === 'held') throw conflict('A held meeting keeps the agenda it had. Edit its parts instead.');
          return (draft) => void (draft.agenda = null);
        }
        // Times are saved as given, even when they do not add up: the page warns, it never fixes them silently.
        let startsAt = 0;
        const items = agenda.items.map((item) => {
          const stored = { kind: item.kind, title: item.title, minutes: item.minutes, startsAt: Math.min(startsAt, 480) };
          startsAt += item.minutes;
          return stored;
        });
        return (draft) => void (draft.agenda = items);
      }),

    'groups.updateMeetingSettings': async ({ groupId, coacheesPerMeeting, agendaTemplate }) => {
      requireGroup(ctx, groupId);
      const doc = await ctx.store.updateGroup(groupId, (draft: GroupDoc) => {
        draft.meetingSettings = {
          coacheesPerMeeting,
          agendaTemplate: agendaTemplate.type === 'method' ? null : { items: agendaTemplate.items },
        };
      });
      return structuredClone(doc.meetingSettings);
    },
  };
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
