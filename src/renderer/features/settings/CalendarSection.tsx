import { useApiQuery } from '../../app/query';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { BufferForm } from './BufferForm';
import { BusyTimesSection } from './BusyTimesSection';

/** The coach's own calendar: the break they want between meetings, and their busy times from elsewhere. */
export function CalendarSection() {
  const settings = useApiQuery('calendar.settings', {});
  return (
    <>
      <Card title="Between meetings" description="How much free time you want between two meetings, in any of your groups.">
        <QueryBoundary query={settings} loadingLabel="Loading your calendar settings…">
          {/* Keyed by the saved value so a restore refreshes the form. */}
          {(data) => <BufferForm key={data.bufferMinutes} bufferMinutes={data.bufferMinutes} />}
        </QueryBoundary>
      </Card>
      <Card title="Busy times from your own calendar" description="Other commitments your meetings should not clash with.">
        <QueryBoundary query={settings} loadingLabel="Loading your busy times…">
          {(data) => <BusyTimesSection settings={data} />}
        </QueryBoundary>
      </Card>
    </>
  );
}
