import { isActiveOn, type Period } from '../../../shared/calendar/periods';
import type { AttendanceMark } from './rotation';

// Attendance over a programme, counted only at meetings that were held and
// only while the member was in the group: a member who joined in June is not
// marked down for January, and a cancelled meeting was missed by nobody.

export interface AttendanceMember extends Period {
  membershipId: string;
}

export interface HeldMeeting {
  id: string;
  /** The meeting's local date in the group's zone. */
  date: string;
  attendance: Readonly<Record<string, AttendanceMark>>;
}

export interface AttendanceRate {
  membershipId: string;
  present: number;
  absent: number;
  excused: number;
  /** Held meetings while they were a member with no mark recorded for them. */
  unrecorded: number;
  /** Present out of the meetings with a mark, 0 to 1; null before any such meeting. */
  rate: number | null;
}

export function attendanceRates(members: readonly AttendanceMember[], held: readonly HeldMeeting[]): AttendanceRate[] {
  return members.map((member) => {
    const counts = { present: 0, absent: 0, excused: 0, unrecorded: 0 };
    for (const meeting of held) {
      if (!isActiveOn(member, meeting.date)) continue;
      const mark = meeting.attendance[member.membershipId];
      if (mark === undefined) counts.unrecorded += 1;
      else counts[mark] += 1;
    }
    const marked = counts.present + counts.absent + counts.excused;
    return { membershipId: member.membershipId, ...counts, rate: marked === 0 ? null : Math.round((counts.present / marked) * 1000) / 1000 };
  });
}

export interface MissedInARow {
  membershipId: string;
  /** The two meetings missed, earlier first. */
  meetings: [HeldMeeting, HeldMeeting];
}

const away = (meeting: HeldMeeting, membershipId: string): boolean => {
  const mark = meeting.attendance[membershipId];
  return mark === 'absent' || mark === 'excused';
};

/**
 * Members away (absent or excused) from both of the group's last two held
 * meetings, while a member at both, and still a member `today`: the coach
 * usually wants to reach out before a third. `held` must be in calendar order.
 */
export function missedLastTwo(members: readonly AttendanceMember[], held: readonly HeldMeeting[], today: string): MissedInARow[] {
  if (held.length < 2) return [];
  const earlier = held[held.length - 2]!;
  const last = held[held.length - 1]!;
  return members
    .filter((m) => isActiveOn(m, today) && isActiveOn(m, earlier.date) && isActiveOn(m, last.date))
    .filter((m) => away(earlier, m.membershipId) && away(last, m.membershipId))
    .map((m) => ({ membershipId: m.membershipId, meetings: [earlier, last] }));
}
