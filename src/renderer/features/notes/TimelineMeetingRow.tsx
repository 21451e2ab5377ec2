import { CalendarCheck, CalendarClock, CalendarX } from 'lucide-react';
import { Link } from 'react-router';
import type { PersonMeeting } from '../../../shared/meeting-views';
import { formatDay } from '../../app/dates';
import { routes } from '../../app/routes';
import { attendanceLabel } from '../meetings/labels';

/** What the meeting was for this person, in words (the icon only repeats it). */
export function meetingOutcome(meeting: PersonMeeting): string {
  if (meeting.state === 'cancelled') return meeting.cancelledReason ? `Cancelled: ${meeting.cancelledReason}` : 'Cancelled';
  if (meeting.state === 'not-recorded') {
    // Apologies can be noted before a meeting is recorded; presence cannot be known yet.
    const away = meeting.attendance === 'absent' || meeting.attendance === 'excused' ? ` · ${attendanceLabel[meeting.attendance]}` : '';
    return `Not recorded yet${away}`;
  }
  const mark = meeting.attendance ? attendanceLabel[meeting.attendance] : 'Attendance not recorded';
  if (!meeting.coachee) return mark;
  return `${mark} · ${meeting.attendance === 'present' ? 'In the hot seat' : 'Missed their hot-seat turn'}`;
}

const ICONS = { held: CalendarCheck, cancelled: CalendarX, 'not-recorded': CalendarClock } as const;

/** One of the person's meetings on their timeline, linking to the meeting's page. */
export function TimelineMeetingRow({ meeting }: { meeting: PersonMeeting }) {
  const Icon = ICONS[meeting.state];
  return (
    <li className={`note-row note-row--meeting note-row--${meeting.state}`}>
      <Icon size={16} aria-hidden="true" className="note-row__icon" />
      <div className="note-row__text">
        <Link to={routes.meeting(meeting.groupId, meeting.meetingId)} className="note-row__title">
          {meeting.groupName} meeting
        </Link>
        <p className="note-row__about">
          <time dateTime={meeting.date}>{formatDay(meeting.date)}</time> · {meetingOutcome(meeting)}
        </p>
      </div>
    </li>
  );
}
