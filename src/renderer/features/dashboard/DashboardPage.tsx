import { Plus } from 'lucide-react';
import { useNavigate } from 'react-router';
import type { Dashboard } from '../../../shared/views';
import { formatDayLong } from '../../app/dates';
import { useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { AttentionList } from './AttentionList';
import { DueOneToOnesCard } from '../one-to-ones/DueOneToOnesCard';
import { ClashesCard } from './ClashesCard';
import { DashboardStats } from './DashboardStats';
import { GroupCard } from './GroupCard';
import { WelcomeSteps } from './WelcomeSteps';
import './dashboard.css';

function isBrandNew(d: Dashboard): boolean {
  return d.activeGroups.length === 0 && d.archivedGroupCount === 0 && d.peopleCount === 0;
}

function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const navigate = useNavigate();
  if (isBrandNew(dashboard)) return <WelcomeSteps />;
  const newGroup = (
    <Button size="sm" onClick={() => navigate(`${routes.groups()}?new=1`)}>
      <Plus size={14} aria-hidden="true" />
      New group
    </Button>
  );
  return (
    <div className="stack-lg">
      <DashboardStats dashboard={dashboard} />
      <Card
        title="Needs attention"
        description={dashboard.attention.length > 0 ? 'Things to sort out in your active groups.' : undefined}
      >
        <AttentionList items={dashboard.attention} />
      </Card>
      <ClashesCard />
      <DueOneToOnesCard />
      <Card title="Active groups" actions={newGroup}>
        {dashboard.activeGroups.length === 0 ? (
          <EmptyState title="No active groups" action={newGroup}>
            <p>
              {dashboard.archivedGroupCount > 0
                ? 'All your groups are archived. Start a new one when the next programme begins.'
                : 'Create a group, then add the people you already have as members.'}
            </p>
          </EmptyState>
        ) : (
          <div className="dashboard-groups">
            {dashboard.activeGroups.map((summary) => (
              <GroupCard key={summary.group.id} summary={summary} />
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}

export function DashboardPage() {
  const dashboard = useApiQuery('dashboard.get', {});
  const settings = useApiQuery('settings.get', {});
  const name = settings.data?.coachName.trim();
  const today = dashboard.data ? formatDayLong(dashboard.data.today) : undefined;

  return (
    <>
      <PageHeader title={name ? `Welcome back, ${name}` : 'Welcome to Circlekeeper'} subtitle={today} />
      <QueryBoundary query={dashboard} loadingLabel="Loading your dashboard…" errorTitle="The dashboard could not be loaded">
        {(data) => <DashboardBody dashboard={data} />}
      </QueryBoundary>
    </>
  );
}
