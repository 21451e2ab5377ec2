import { Link, Navigate, useParams } from 'react-router';
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
import { BetweenTab } from '../between/BetweenTab';
import { GroupHeader } from './GroupHeader';
import { GroupOverview } from './GroupOverview';
import { GroupTabs, isGroupTab, type GroupTab } from './GroupTabs';
import { MeetingsTab } from './meetings/MeetingsTab';
import { MembersSection } from './MembersSection';
import { NormsSection } from './NormsSection';
import { todayIn } from '../../../shared/calendar/days';
import './groups.css';

/** One group: its set-up, its members and their goals, its norms, its meetings and what happens between them, a tab each. */
export function GroupPage() {
  const { groupId = '', tab } = useParams();
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
  // An address with a tab the page does not have goes to the overview rather than a blank page.
  if (tab !== undefined && (!isGroupTab(tab) || tab === 'overview')) return <Navigate to={routes.group(groupId)} replace />;
  return <GroupView detail={detail.data} tab={tab ?? 'overview'} />;
}

function GroupView({ detail, tab }: { detail: GroupDetail; tab: GroupTab }) {
  const today = todayIn(detail.group.timeZone, new Date());
  return (
    <div className="groups-page groups-detail" style={{ ['--group-color' as string]: detail.group.color }}>
      <GroupHeader group={detail.group} />
      <GroupTabs
        groupId={detail.group.id}
        tab={tab}
        panels={{
          overview: () => <GroupOverview summary={detail} />,
          members: () => <MembersSection detail={detail} today={today} />,
          // Norms, then who has agreed to them, each full width: norms read best on one line.
          norms: () => <NormsSection detail={detail} today={today} />,
          meetings: () => <MeetingsTab group={detail.group} />,
          between: () => <BetweenTab groupId={detail.group.id} internal={detail.group.kind.type === 'internal'} />,
        }}
      />
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
