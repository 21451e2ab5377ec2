import { useApiQuery } from '../../app/query';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { ExportForm } from './ExportForm';
import './calendar-export.css';

// Calendar files for participants, written where the coach chooses. The
// first preview (from "today", which only main knows on the coach's clock)
// gives the form its start day.

const FROM_TODAY = { groupIds: null, personIds: null, from: null, to: null };

export function ExportPage() {
  const groups = useApiQuery('groups.list', { includeArchived: false });
  const start = useApiQuery('calendarExport.preview', FROM_TODAY);
  return (
    <>
      <PageHeader title="Calendar export" subtitle="Each participant’s own schedule, as files to import or invitations to send." />
      <QueryBoundary query={groups} loadingLabel="Loading your groups…" errorTitle="Your groups could not be loaded">
        {(list) => (
          <QueryBoundary query={start} loadingLabel="Loading the calendar export…" errorTitle="The calendar export could not be prepared">
            {(first) => <ExportForm today={first.from} groups={list} />}
          </QueryBoundary>
        )}
      </QueryBoundary>
    </>
  );
}
