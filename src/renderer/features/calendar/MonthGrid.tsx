import type { CalendarMonth } from '../../../shared/calendar-views';
import { dayHeading, monthLabel, WEEKDAYS } from './labels';
import { MeetingChip } from './MeetingChip';
import { OneToOneChip } from './OneToOneChip';

// The month as a table: weeks are rows, days are cells, Monday first. Each
// meeting and 1:1 is a link, so Tab walks the month in reading order, day by day.

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
                {day.items.length > 0 ? (
                  <ul className="cal-day__meetings">
                    {day.items.map((item) => (
                      <li key={item.id}>{item.kind === 'meeting' ? <MeetingChip meeting={item} /> : <OneToOneChip oneToOne={item} />}</li>
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
