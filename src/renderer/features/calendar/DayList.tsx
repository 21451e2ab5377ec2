import { AlertTriangle, Ban } from 'lucide-react';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { CalendarList, CalendarListMeeting } from '../../../shared/calendar-views';
import { routes } from '../../app/routes';
import { clashPhrase, dayHeading, shortDay, zonePlace } from './labels';

// The list view: one heading per day that has meetings, each meeting with its
// time on the coach's clock, its group, the group's own local time where that
// differs, and whether it is cancelled or clashes.

function ListMeeting({ meeting, coachZone, coachDate }: { meeting: CalendarListMeeting; coachZone: string; coachDate: string }) {
  const cancelled = meeting.status === 'cancelled';
  const ends = meeting.endsOn ? ` (ends ${shortDay(meeting.endsOn)})` : '';
  return (
    <li
      className={['cal-list__meeting', cancelled ? 'cal-list__meeting--cancelled' : '', meeting.past ? 'cal-list__meeting--past' : ''].filter(Boolean).join(' ')}
      style={{ '--group-color': meeting.group.color } as CSSProperties}
    >
      <p className="cal-list__time">
        {meeting.localStart}–{meeting.localEnd}
        {ends}
        <span className="visually-hidden"> your time ({zonePlace(coachZone)})</span>
      </p>
      <div className="cal-list__body">
        <Link to={routes.meeting(meeting.group.id, meeting.id)} className="cal-list__group">
          {meeting.group.name}
        </Link>
        {meeting.groupTime ? (
          <p className="cal-list__zone">
            {meeting.groupTime.startTime}–{meeting.groupTime.endTime}
            {meeting.groupTime.date !== coachDate ? ` on ${shortDay(meeting.groupTime.date)}` : ''} in {zonePlace(meeting.groupTime.timeZone)}
          </p>
        ) : null}
        {cancelled ? (
          <p className="cal-list__status cal-list__status--cancelled">
            <Ban size={14} aria-hidden="true" />
            Cancelled{meeting.cancelledReason ? `: ${meeting.cancelledReason}` : ''}
          </p>
        ) : null}
        {meeting.clashesWith.length > 0 ? (
          <p className="cal-list__status cal-list__status--clash">
            <AlertTriangle size={14} aria-hidden="true" />
            {clashPhrase(meeting.clashesWith).replace(/^c/, 'C')}
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function DayList({ list }: { list: CalendarList }) {
  return (
    <div className="cal-list">
      {list.days.map((day) => (
        <section key={day.date} className="cal-list__day" aria-labelledby={`cal-day-${day.date}`}>
          <h3 id={`cal-day-${day.date}`} className="cal-list__heading">
            {dayHeading(day.date)}
            {day.isToday ? <span className="cal-day__today">Today</span> : null}
          </h3>
          <ul className="cal-list__meetings">
            {day.meetings.map((meeting) => (
              <ListMeeting key={meeting.id} meeting={meeting} coachZone={list.timeZone} coachDate={day.date} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
