import { AlertTriangle } from 'lucide-react';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { CalendarMeetingItem } from '../../../shared/calendar-views';
import { routes } from '../../app/routes';
import { clashPhrase, shortDay } from './labels';

// One meeting in a day of the month grid: its time and group in text (the
// group's colour only helps), a warning sign and words for a clash, a line
// through and words for a cancelled meeting. The link's name reads in full.

export function MeetingChip({ meeting }: { meeting: CalendarMeetingItem }) {
  const clashing = meeting.clashesWith.length > 0;
  const cancelled = meeting.status === 'cancelled';
  const ends = meeting.endsOn ? ` (ends ${shortDay(meeting.endsOn)})` : '';
  const details = [
    `${meeting.localStart} to ${meeting.localEnd}${ends}`,
    meeting.group.name,
    cancelled ? 'cancelled' : null,
    clashing ? clashPhrase(meeting.clashesWith) : null,
  ].filter(Boolean);
  const className = ['cal-chip', clashing ? 'cal-chip--clash' : '', cancelled ? 'cal-chip--cancelled' : '', meeting.past ? 'cal-chip--past' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Link
      to={routes.meeting(meeting.group.id, meeting.id)}
      className={className}
      style={{ '--group-color': meeting.group.color } as CSSProperties}
      title={details.join(' · ')}
      // The chip shows only the start; its name says the whole of it.
      aria-label={details.join(', ')}
    >
      <span className="cal-chip__line">
        <span className="cal-chip__time">{meeting.localStart}</span>
        {clashing ? (
          <span className="cal-chip__clash">
            <AlertTriangle size={12} aria-hidden="true" />
            Clash
          </span>
        ) : null}
        {cancelled ? <span className="cal-chip__note">Cancelled</span> : null}
      </span>
      {/* Two lines at most: a day is narrow, and the full name is in the link's name and title. */}
      <span className="cal-chip__group">{meeting.group.name}</span>
    </Link>
  );
}
