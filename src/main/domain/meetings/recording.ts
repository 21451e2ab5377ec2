import { dayLabel } from '../../../shared/calendar/days';
import { isActiveOn } from '../../../shared/calendar/periods';
import type { MeetingState } from './programme';

// When a meeting can take which records. What happened at a meeting (who was
// there, check-ins, next steps, their review, that it was held) can be recorded
// once it has begun; before that only what is known ahead can be: apologies,
// the agenda and who will be in the hot seat. A cancelled meeting keeps what it
// has but takes nothing new. Each rule answers with the coach's reason, or null.

export interface MeetingMoment {
  state: MeetingState;
  /** The meeting's start is past. */
  started: boolean;
  /** Its local date in the group's zone. */
  date: string;
}

export function happenedRefusal(moment: MeetingMoment, what: string): string | null {
  if (moment.state === 'cancelled') return `This meeting was cancelled, so it takes no ${what}.`;
  if (!moment.started) return `This meeting has not begun yet. ${what[0]!.toUpperCase()}${what.slice(1)} can be recorded once it has.`;
  return null;
}

export function aheadRefusal(moment: MeetingMoment, what: string): string | null {
  return moment.state === 'cancelled' ? `This meeting was cancelled, so it takes no ${what}.` : null;
}

/** Only members in the group on the meeting's date take part in it. */
export function memberRefusal(member: { joinedOn: string; leftOn: string | null }, name: string, date: string): string | null {
  if (isActiveOn(member, date)) return null;
  return member.joinedOn > date
    ? `${name} joined on ${dayLabel(member.joinedOn)}, after this meeting on ${dayLabel(date)}.`
    : `${name} had left the group before this meeting on ${dayLabel(date)}.`;
}

/** Before a meeting only apologies can be known; presence is recorded once it has begun. */
export function attendanceRefusal(moment: MeetingMoment, mark: 'present' | 'absent' | 'excused' | 'not-recorded'): string | null {
  const ahead = aheadRefusal(moment, 'attendance');
  if (ahead) return ahead;
  if (mark === 'present' && !moment.started) return 'This meeting has not begun yet. Before it, you can record apologies (absent or excused); mark who came once it has begun.';
  return null;
}
