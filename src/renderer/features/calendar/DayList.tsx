import { AlertTriangle, Ban } from 'lucide-react';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { CalendarList, CalendarListMeeting, CalendarListOneToOne, LocalTimes } from '../../../shared/calendar-views';
import { routes } from '../../app/routes';
import { clashPhrase, dayHeading, oneToOneName, shortDay, zonePlace } from './labels';

// The list view: one heading per day that has meetings or 1:1s, each with its
// time on the coach's clock, its group (and for a 1:1, the member), the
// group's or member's own local time where that differs, and whether it is
// cancelled or clashes.

/** "14:00–15:00 in New York", with the other zone's day when it is not the coach's. */
function ElsewhereTime({ at, coachDate, whose }: { at: LocalTimes; coachDate: string; whose: string }) {
  return (
    <p className="cal-list__zone">
      {at.startTime}–{at.endTime}
      {at.date !== coachDate ? ` on ${shortDay(at.date)}` : ''} in {zonePlace(at.timeZone)}
      {whose}
    </p>
  );
}

function ClashStatus({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <p className="cal-list__status cal-list__status--clash">
      <AlertTriangle size={14} aria-hidden="true" />
      {clashPhrase(names).replace(/^c/, 'C')}
    </p>
  );
}

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
        {meeting.groupTime ? <ElsewhereTime at={meeting.groupTime} coachDate={coachDate} whose="" /> : null}
        {cancelled ? (
          <p className="cal-list__status cal-list__status--cancelled">
            <Ban size={14} aria-hidden="true" />
            Cancelled{meeting.cancelledReason ? `: ${meeting.cancelledReason}` : ''}
          </p>
        ) : null}
        <ClashStatus names={meeting.clashesWith} />
      </div>
    </li>
  );
}

function ListOneToOne({ oneToOne, coachZone, coachDate }: { oneToOne: CalendarListOneToOne; coachZone: string; coachDate: string }) {
  const cancelled = oneToOne.status === 'cancelled';
  const ends = oneToOne.endsOn ? ` (ends ${shortDay(oneToOne.endsOn)})` : '';
  return (
    <li
      className={['cal-list__meeting', 'cal-list__meeting--one-to-one', cancelled ? 'cal-list__meeting--cancelled' : '', oneToOne.past ? 'cal-list__meeting--past' : '']
        .filter(Boolean)
        .join(' ')}
      style={{ '--group-color': oneToOne.group.color } as CSSProperties}
    >
      <p className="cal-list__time">
        {oneToOne.localStart}–{oneToOne.localEnd}
        {ends}
        <span className="visually-hidden"> your time ({zonePlace(coachZone)})</span>
      </p>
      <div className="cal-list__body">
        <Link to={routes.groupTab(oneToOne.group.id, 'between')} className="cal-list__group">
          {oneToOneName(oneToOne.personName)}
        </Link>
        <p className="cal-list__zone">{oneToOne.group.name}</p>
        {oneToOne.memberTime ? <ElsewhereTime at={oneToOne.memberTime} coachDate={coachDate} whose={`, ${oneToOne.personName}’s time`} /> : null}
        {cancelled ? (
          <p className="cal-list__status cal-list__status--cancelled">
            <Ban size={14} aria-hidden="true" />
            Cancelled
          </p>
        ) : null}
        <ClashStatus names={oneToOne.clashesWith} />
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
            {day.items.map((item) =>
              item.kind === 'meeting' ? (
                <ListMeeting key={item.id} meeting={item} coachZone={list.timeZone} coachDate={day.date} />
              ) : (
                <ListOneToOne key={item.id} oneToOne={item} coachZone={list.timeZone} coachDate={day.date} />
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}
