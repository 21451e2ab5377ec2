import { AlertTriangle } from 'lucide-react';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { CalendarOneToOneItem } from '../../../shared/calendar-views';
import { routes } from '../../app/routes';
import { clashPhrase, oneToOneName, shortDay } from './labels';

// One of the coach's 1:1s in a day of the month grid, beside the meetings: the
// member named in words ("1:1 with Amara Okafor"), the group's colour on a
// dashed edge so it reads apart from a meeting without colour, struck through
// when cancelled, like a cancelled meeting. It opens the group's 1:1s.

export function OneToOneChip({ oneToOne }: { oneToOne: CalendarOneToOneItem }) {
  const clashing = oneToOne.clashesWith.length > 0;
  const cancelled = oneToOne.status === 'cancelled';
  const ends = oneToOne.endsOn ? ` (ends ${shortDay(oneToOne.endsOn)})` : '';
  const name = oneToOneName(oneToOne.personName);
  const details = [
    `${oneToOne.localStart} to ${oneToOne.localEnd}${ends}`,
    name,
    oneToOne.group.name,
    cancelled ? 'cancelled' : null,
    clashing ? clashPhrase(oneToOne.clashesWith) : null,
  ].filter(Boolean);
  const className = [
    'cal-chip',
    'cal-chip--one-to-one',
    clashing ? 'cal-chip--clash' : '',
    cancelled ? 'cal-chip--cancelled' : '',
    oneToOne.past ? 'cal-chip--past' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Link
      to={routes.groupTab(oneToOne.group.id, 'between')}
      className={className}
      style={{ '--group-color': oneToOne.group.color } as CSSProperties}
      title={details.join(' · ')}
      aria-label={details.join(', ')}
    >
      <span className="cal-chip__line">
        <span className="cal-chip__time">{oneToOne.localStart}</span>
        {clashing ? (
          <span className="cal-chip__clash">
            <AlertTriangle size={12} aria-hidden="true" />
            Clash
          </span>
        ) : null}
        {cancelled ? <span className="cal-chip__note">Cancelled</span> : null}
      </span>
      <span className="cal-chip__group">{name}</span>
    </Link>
  );
}
