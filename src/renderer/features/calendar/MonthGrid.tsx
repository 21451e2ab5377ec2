import type { CalendarMonth } from '../../../shared/calendar-views';
import { dayHeading, monthLabel, WEEKDAYS } from './labels';
import { MeetingChip } from './MeetingChip';

// The month as a table: weeks are rows, days are cells, Monday first. Each
// meeting is a link, so Tab walks the month in reading order, day by day.

export function MonthGrid({ month }: { month: CalendarMonth }) {
  return (
    <table className="cal-month" aria-label={`Meetings in ${monthLabel(month.month)}`}>
      <thead>
        <tr>
          {WEEKDAYS.map((day) => (
            <th key={day.short} scope="col" className="cal-month__weekday">
              <abbr title={day.long}>{day.short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {month.weeks.map((week) => (
          <tr key={week[0]!.date}>
            {week.map((day) => (
              <td
                key={day.date}
                className={['cal-day', day.inMonth ? '' : 'cal-day--outside', day.isToday ? 'cal-day--today' : ''].filter(Boolean).join(' ')}
                aria-current={day.isToday ? 'date' : undefined}
              >
                <div className="cal-day__head">
                  <span className="cal-day__number" aria-hidden="true">
                    {Number(day.date.slice(8))}
                  </span>
                  <span className="visually-hidden">{dayHeading(day.date)}</span>
                  {day.isToday ? <span className="cal-day__today">Today</span> : null}
                </div>
                {day.meetings.length > 0 ? (
                  <ul className="cal-day__meetings">
                    {day.meetings.map((meeting) => (
                      <li key={meeting.id}>
                        <MeetingChip meeting={meeting} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
