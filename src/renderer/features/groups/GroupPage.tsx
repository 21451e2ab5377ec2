import { Link, useParams } from 'react-router';
import type { GroupDetail } from '../../../shared/views';
import { ApiCallError } from '../../api';
import { useApiQuery } from '../../app/query';
import { usePageTitle } from '../../app/page-title';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Spinner';
import { GroupHeader } from './GroupHeader';
import { GroupOverview } from './GroupOverview';
import { MembersSection } from './MembersSection';
import { NormsSection } from './NormsSection';
import { todayIn } from '../../../shared/calendar/days';
import './groups.css';

/** One group: its set-up, its members and their goals, and its norms. */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const detail = useApiQuery('groups.get', { id: groupId });
  usePageTitle(detail.data?.group.name);

  if (detail.isPending) return <Loading label="Loading the group…" />;
  if (detail.isError) {
    const err = detail.error;
    // An id that does not parse is as missing as one that was deleted.
    if (err instanceof ApiCallError && (err.code === 'not_found' || err.code === 'invalid_input')) {
      return <GroupNotFound />;
    }
    return (
      <div className="groups-page">
        <PageHeader title="Group" back={{ to: routes.groups(), label: 'All groups' }} />
        <Notice
          tone="danger"
          title="This group could not be loaded"
          actions={<Button onClick={() => void detail.refetch()}>Try again</Button>}
        >
          {err.message}
        </Notice>
      </div>
    );
  }
  return <GroupView detail={detail.data} />;
}

function GroupView({ detail }: { detail: GroupDetail }) {
  const today = todayIn(detail.group.timeZone, new Date());
  return (
    <div className="groups-page groups-detail" style={{ ['--group-color' as string]: detail.group.color }}>
      <GroupHeader group={detail.group} />
      <GroupOverview summary={detail} />
      <MembersSection detail={detail} today={today} />
      {/* Norms, then who has agreed to them, each full width: norms read best on one line. */}
      <NormsSection detail={detail} today={today} />
    </div>
  );
}

function GroupNotFound() {
  return (
    <div className="groups-page">
      <EmptyState
        title="This group could not be found"
        action={
          <Link to={routes.groups()} className="groups-link-button">
            Back to all groups
          </Link>
        }
      >
        <p>It may have been deleted, or the link is out of date.</p>
      </EmptyState>
    </div>
  );
}
