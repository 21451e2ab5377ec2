import { Pencil, Trash2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { PersonValues } from '../../../shared/entities';
import type { PersonDetail } from '../../../shared/views';
import { useApiMutation, useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useToast } from '../../ui/useToast';
import { DeletePersonDialog } from './DeletePersonDialog';
import { PersonForm, personToInput } from './PersonForm';
import { PersonMemberships } from './PersonMemberships';
import { PersonNextSteps } from './PersonNextSteps';
import { PersonTimeline } from '../notes/PersonTimeline';
import { PersonBetweenCard } from '../between/PersonBetweenCard';
import { todayIn } from '../../../shared/calendar/days';
import { useCoachTimeZone } from './coach-zone';
import './people.css';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="people-detail">
      <dt>{label}</dt>
      <dd>{children || <span className="people-muted">Not given</span>}</dd>
    </div>
  );
}

function PersonView({ detail }: { detail: PersonDetail }) {
  const { person, memberships } = detail;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const update = useApiMutation('people.update');
  const remove = useApiMutation('people.delete');
  const removeKeepingHistory = useApiMutation('people.deleteKeepingHistory');
  const { zone } = useCoachTimeZone();
  const { toast } = useToast();
  const navigate = useNavigate();
  const today = todayIn(zone, new Date());

  async function save(values: PersonValues) {
    await update.mutateAsync({ id: person.id, values });
    toast({ title: 'Changes saved', tone: 'success' });
    setEditing(false);
  }

  // Errors thrown here are shown inside the confirmation dialog.
  async function confirmDelete() {
    await remove.mutateAsync({ id: person.id });
    toast({ title: `${person.name} deleted`, tone: 'success' });
    navigate(routes.people());
  }

  async function confirmDeleteKeepingHistory() {
    const { groupsKept } = await removeKeepingHistory.mutateAsync({ id: person.id });
    toast({
      title: `${person.name} deleted`,
      description:
        groupsKept === 0
          ? undefined
          : `${groupsKept === 1 ? 'One group keeps' : `${groupsKept} groups keep`} their history as “Former member”.`,
      tone: 'success',
    });
    navigate(routes.people());
  }

  return (
    <>
      <PageHeader
        title={person.name}
        subtitle={[person.role, person.organisation].filter(Boolean).join(' · ') || undefined}
        back={{ to: routes.people(), label: 'People' }}
        actions={
          <>
            <Button variant="secondary" onClick={() => setEditing(true)}>
              <Pencil aria-hidden="true" size={16} /> Edit
            </Button>
            <Button variant="danger-outline" onClick={() => setDeleting(true)}>
              <Trash2 aria-hidden="true" size={16} /> Delete
            </Button>
          </>
        }
      />
      <div className="people-person-layout">
        <Card title="Details">
          <dl className="people-details">
            <Detail label="Email">{person.email}</Detail>
            <Detail label="Time zone">{person.timeZone}</Detail>
            <Detail label="Organisation">{person.organisation}</Detail>
            <Detail label="Role">{person.role}</Detail>
            <Detail label="Phone">{person.phone}</Detail>
          </dl>
        </Card>
        <Card title="Groups">
          <PersonMemberships memberships={memberships} today={today} />
        </Card>
        <PersonNextSteps personId={person.id} />
        <PersonBetweenCard personId={person.id} />
        <PersonTimeline personId={person.id} memberships={memberships} />
      </div>

      <Dialog open={editing} onOpenChange={setEditing} title={`Edit ${person.name}`}>
        <PersonForm
          initial={personToInput(person)}
          submitLabel="Save changes"
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      </Dialog>

      <DeletePersonDialog
        open={deleting}
        onOpenChange={setDeleting}
        person={person}
        memberships={memberships}
        onDelete={confirmDelete}
        onDeleteKeepingHistory={confirmDeleteKeepingHistory}
      />
    </>
  );
}

export function PersonPage() {
  const { personId = '' } = useParams();
  const detail = useApiQuery('people.get', { id: personId });
  return (
    <div className="people-page">
      <QueryBoundary query={detail} loadingLabel="Loading this person…">
        {(d) => <PersonView detail={d} />}
      </QueryBoundary>
    </div>
  );
}
