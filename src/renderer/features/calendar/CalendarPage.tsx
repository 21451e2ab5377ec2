import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { isMonth, shiftMonth } from '../../../shared/calendar/month-grid';
import type { CalendarMonth } from '../../../shared/calendar-views';
import { useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { ClashList } from './ClashList';
import { DayList } from './DayList';
import { daysInMonth, monthLabel, zonePlace } from './labels';
import { MonthGrid } from './MonthGrid';
import './calendar.css';

// Every group's meetings in one calendar, on the coach's clock: a month grid
// or a list of days, a month at a time. The month and the view live in the
// address (/calendar/2027-03?view=list), so Back, a reload and a link all
// land on the same page.

type View = 'month' | 'list';

function Toolbar({ month, today, view }: { month: string; today: string; view: View }) {
  const current = today.slice(0, 7);
  return (
    <div className="cal-toolbar">
      <h2 className="cal-toolbar__title" id="cal-month-title">
        {monthLabel(month)}
      </h2>
      <nav className="cal-toolbar__moves" aria-label="Months">
        <Link to={routes.calendar(shiftMonth(month, -1), view)} className="ui-button ui-button--secondary ui-button--sm">
          <ChevronLeft size={14} aria-hidden="true" />
          <span className="visually-hidden">Previous month, </span>
          {monthLabel(shiftMonth(month, -1)).split(' ')[0]}
        </Link>
        <Link
          to={routes.calendar(current, view)}
          className="ui-button ui-button--secondary ui-button--sm"
          aria-current={month === current ? 'date' : undefined}
        >
          Today
        </Link>
        <Link to={routes.calendar(shiftMonth(month, 1), view)} className="ui-button ui-button--secondary ui-button--sm">
          <span className="visually-hidden">Next month, </span>
          {monthLabel(shiftMonth(month, 1)).split(' ')[0]}
          <ChevronRight size={14} aria-hidden="true" />
        </Link>
      </nav>
      <nav className="cal-toolbar__views" aria-label="Calendar view">
        <Link to={routes.calendar(month, 'month')} className="cal-view-link" aria-current={view === 'month' ? 'page' : undefined}>
          Month
        </Link>
        <Link to={routes.calendar(month, 'list')} className="cal-view-link" aria-current={view === 'list' ? 'page' : undefined}>
          List
        </Link>
      </nav>
    </div>
  );
}

function MonthClashes({ month }: { month: CalendarMonth }) {
  return (
    <Card
      title={month.clashes.length > 0 ? `Clashes in ${monthLabel(month.month)}` : 'No clashes this month'}
      description={
        month.clashes.length > 0
          ? 'Meetings and 1:1s that overlap each other or your busy times, or leave less than your break between them.'
          : 'Every meeting and 1:1 this month has room around it.'
      }
    >
      {month.clashes.length > 0 ? <ClashList clashes={month.clashes} /> : null}
    </Card>
  );
}

function ListOfMonth({ month }: { month: string }) {
  const list = useApiQuery('calendar.agenda', { from: `${month}-01`, days: daysInMonth(month) });
  return (
    <QueryBoundary query={list} loadingLabel="Loading the meetings…" errorTitle="The meetings could not be loaded">
      {(data) =>
        data.days.length === 0 ? (
          <EmptyState title={`No meetings in ${monthLabel(month)}`}>
            <p>Meetings you plan in any group, and your 1:1s with members, show here on your own clock.</p>
          </EmptyState>
        ) : (
          <DayList list={data} />
        )
      }
    </QueryBoundary>
  );
}

export function CalendarPage() {
  const { month } = useParams();
  const [search] = useSearchParams();
  const view: View = search.get('view') === 'list' ? 'list' : 'month';
  const known = month === undefined || isMonth(month);
  const monthQuery = useApiQuery('calendar.month', known && month ? { month } : {}, { enabled: known });
  if (!known) return <Navigate to={routes.calendar()} replace />;
  const zone = monthQuery.data?.timeZone;

  return (
    <>
      <PageHeader
        title="Calendar"
        subtitle={zone ? `Every group’s meetings and your 1:1s, on your clock (${zonePlace(zone)} time).` : 'Every group’s meetings and your 1:1s, on your clock.'}
      />
      <QueryBoundary query={monthQuery} loadingLabel="Loading your calendar…" errorTitle="The calendar could not be loaded">
        {(data) => (
          <div className="stack-lg">
            <section className="cal-panel" aria-labelledby="cal-month-title">
              <Toolbar month={data.month} today={data.today} view={view} />
              {view === 'month' ? <MonthGrid month={data} /> : <ListOfMonth month={data.month} />}
            </section>
            {view === 'month' ? <MonthClashes month={data} /> : null}
          </div>
        )}
      </QueryBoundary>
    </>
  );
}
