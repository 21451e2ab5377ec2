import { CalendarDays } from 'lucide-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { ClashList } from '../calendar/ClashList';
import '../calendar/calendar.css';

/** Enough to act on; the rest is one click away. */
const FIRST_SHOWN = 5;

/** Every clash ahead in the coach's calendar, across all groups and their own busy times. */
export function ClashesCard() {
  const conflicts = useApiQuery('calendar.conflicts', {});
  const open = (
    <Link to={routes.calendar()} className="ui-button ui-button--secondary ui-button--sm">
      <CalendarDays size={14} aria-hidden="true" />
      Open calendar
    </Link>
  );
  return (
    <Card
      title="Clashes"
      description={
        conflicts.data && conflicts.data.clashes.length > 0
          ? 'Meetings ahead that overlap each other or your busy times, or leave less than your break between them.'
          : undefined
      }
      actions={open}
    >
      <QueryBoundary query={conflicts} loadingLabel="Checking your calendar…" errorTitle="Clashes could not be checked">
        {(data) =>
          data.clashes.length === 0 ? (
            <p className="dashboard-attention__clear">No clashes ahead. Every meeting has room around it.</p>
          ) : (
            <ClashList clashes={data.clashes} firstShown={FIRST_SHOWN} />
          )
        }
      </QueryBoundary>
    </Card>
  );
}
