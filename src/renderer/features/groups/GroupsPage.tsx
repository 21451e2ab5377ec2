import { Plus, Users } from 'lucide-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../app/query';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Spinner';
import { GroupFormDialog } from './GroupFormDialog';
import { GroupList } from './GroupList';
import './groups.css';

/** Every group the coach runs; `?new=1` opens the new-group form straight away. */
export function GroupsPage() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const groups = useApiQuery('groups.list', { includeArchived });
  const creating = searchParams.get('new') === '1';

  function setCreating(open: boolean) {
    const next = new URLSearchParams(searchParams);
    if (open) next.set('new', '1');
    else next.delete('new');
    setSearchParams(next, { replace: true });
  }

  const newGroupButton = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      <Plus size={16} aria-hidden="true" />
      New group
    </Button>
  );

  return (
    <div className="groups-page">
      <PageHeader
        title="Groups"
        subtitle="Your peer coaching groups, their members and how they are set up."
        actions={newGroupButton}
      />
      <div className="groups-toolbar">
        <CheckboxField
          label="Show archived"
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.target.checked)}
        />
        {groups.data && groups.data.length > 0 ? (
          <p className="groups-toolbar__count">
            {groups.data.length === 1 ? '1 group' : `${groups.data.length} groups`}
          </p>
        ) : null}
      </div>

      {groups.isPending ? (
        <Loading label="Loading groups…" />
      ) : groups.isError ? (
        <Notice
          tone="danger"
          title="Your groups could not be loaded"
          actions={<Button onClick={() => void groups.refetch()}>Try again</Button>}
        >
          {groups.error.message}
        </Notice>
      ) : groups.data.length === 0 ? (
        <EmptyState
          icon={<Users size={28} />}
          title={includeArchived ? 'No groups yet' : 'No active groups'}
          action={newGroupButton}
        >
          <p>
            A group brings 5 to 7 people together to support each other towards their goals. Create your first one
            with its purpose, rhythm and where it meets; you can add members and norms next.
          </p>
        </EmptyState>
      ) : (
        <GroupList groups={groups.data} />
      )}

      <GroupFormDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}
