import { isActiveOn } from '../../shared/calendar/periods';
import { localTimeAt } from '../../shared/calendar/zoned';
import type { Membership } from '../../shared/entities';
import type { Meeting, MeetingRecord, MeetingSeries } from '../../shared/meetings';
import type { Problem } from './invariants';

// The rules meetings must keep that their schemas cannot say alone: a meeting's
// times agree with each other, it belongs to a series the group has, and what
// happened at it is recorded once, in the right year's file, only for members of
// the group who were members that day. Shared by `cli verify`, the live
// data-problems notice (group file rules only: records are not read at open)
// and the tests.

export interface MeetingsOfGroup {
  file: string;
  name: string;
  memberships: readonly Membership[];
  meetingSeries: readonly MeetingSeries[];
  meetings: readonly Meeting[];
}

const MINUTE = 60_000;

/** Rules of the group file alone: ids, series, and each meeting's times. */
export function checkGroupMeetings(group: MeetingsOfGroup): Problem[] {
  const problems: Problem[] = [];
  const where = `${group.file} (${group.name})`;
  const add = (message: string) => problems.push({ file: where, message });
  const series = new Set(group.meetingSeries.map((s) => s.id));
  const seen = new Set<string>();
  for (const m of group.meetings) {
    if (seen.has(m.id)) add(`Meeting id ${m.id} is used more than once.`);
    seen.add(m.id);
    if (m.seriesId !== null && !series.has(m.seriesId)) add(`The meeting on ${m.date} belongs to series ${m.seriesId}, which the group does not have.`);
    const span = Date.parse(m.end) - Date.parse(m.start);
    if (span !== m.minutes * MINUTE) add(`The meeting on ${m.date} lasts ${m.minutes} minutes, but its start and end are ${span / MINUTE} minutes apart.`);
    const local = localTimeAt(m.start, m.timeZone);
    if (local.date !== m.date || local.time !== m.startTime) {
      add(`The meeting on ${m.date} at ${m.startTime} (${m.timeZone}) starts at ${local.date} ${local.time} by its UTC time.`);
    }
  }
  return problems;
}

export interface RecordsYear {
  file: string;
  year: number;
  records: readonly MeetingRecord[];
}

/** Rules across a group file and its records files: every record belongs to one of the group's meetings, once, in its year. */
export function checkMeetingRecords(group: MeetingsOfGroup, years: readonly RecordsYear[]): Problem[] {
  const problems: Problem[] = [];
  const meetings = new Map(group.meetings.map((m) => [m.id, m]));
  const memberships = new Map(group.memberships.map((m) => [m.id, m]));
  const recorded = new Set<string>();
  const stepIds = new Set(years.flatMap((y) => y.records.flatMap((r) => r.nextSteps.map((s) => s.id))));
  for (const { file, year, records } of years) {
    const add = (message: string) => problems.push({ file, message });
    for (const record of records) {
      const meeting = meetings.get(record.meetingId);
      if (!meeting) {
        add(`Records for meeting ${record.meetingId}, which is not one of ${group.name}'s meetings.`);
        continue;
      }
      const about = `The meeting on ${meeting.date}`;
      if (recorded.has(record.meetingId)) add(`${about} has records more than once.`);
      recorded.add(record.meetingId);
      if (meeting.recordsYear !== year) add(`${about} keeps its records in ${meeting.recordsYear}, but they are in the ${year} file.`);
      if (meeting.status === 'cancelled' && record.heldAt !== null) add(`${about} is cancelled but recorded as held.`);
      const members = [
        ...record.coachees.map((id) => ['coachee', id] as const),
        ...record.attendance.map((a) => ['attendance', a.membershipId] as const),
        ...record.checkIns.map((c) => ['check-in', c.membershipId] as const),
        ...record.nextSteps.map((s) => ['next step', s.membershipId] as const),
      ];
      for (const [what, id] of members) {
        const membership = memberships.get(id);
        if (!membership) add(`${about} has a ${what} for membership ${id}, which is not in this group.`);
        else if (what !== 'next step' && !isActiveOn(membership, meeting.date)) add(`${about} has a ${what} for a member who was not in the group that day.`);
      }
      for (const kind of ['attendance', 'checkIns'] as const) {
        const ids = record[kind].map((a) => a.membershipId);
        if (new Set(ids).size !== ids.length) add(`${about} lists a member twice in its ${kind === 'attendance' ? 'attendance' : 'check-ins'}.`);
      }
      for (const step of record.nextSteps) {
        if (step.carriedFromId !== null && !stepIds.has(step.carriedFromId)) add(`${about} has a next step carried over from ${step.carriedFromId}, which does not exist.`);
        if (step.reviewedInMeetingId !== null && !meetings.has(step.reviewedInMeetingId)) add(`${about} has a next step reviewed at meeting ${step.reviewedInMeetingId}, which is not one of the group's.`);
        if ((step.status === 'open') !== (step.reviewedAt === null)) add(`${about} has a next step whose status (${step.status}) and review time disagree.`);
      }
    }
  }
  return problems;
}
