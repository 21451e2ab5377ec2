import { useState } from 'react';
import type { OneToOneView } from '../../../shared/contract/one-to-ones';
import { useApiMutation, useApiQuery } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useToast } from '../../ui/useToast';
import { OneToOneItem, type OneToOneActions } from './OneToOneItem';
import { coachWhen } from './one-to-one-words';
import { ScheduleOneToOneDialog, type OneToOneMember } from './ScheduleOneToOneDialog';
import './one-to-ones.css';

/** Enough history to remember the last conversations; the rest is in the calendar. */
const LAST_SHOWN = 3;

/** The group's 1:1s for the Between meetings tab: those still planned, then the last few held or cancelled. */
export function OneToOnesCard({ groupId }: { groupId: string }) {
  const list = useApiQuery('oneToOnes.forGroup', { groupId });
  const group = useApiQuery('groups.get', { id: groupId });
  const settings = useApiQuery('settings.get', {});
  const [dialog, setDialog] = useState<{ editing: string | null } | null>(null);
  const [cancelling, setCancelling] = useState<OneToOneView | null>(null);
  const setStatus = useApiMutation('oneToOnes.setStatus');
  const { toast } = useToast();

  const members: OneToOneMember[] = (group.data?.members ?? [])
    .flatMap((m) => (m.person && (m.active || m.upcoming) ? [{ personId: m.membership.personId, name: m.name, timeZone: m.person.timeZone }] : []))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.personId < b.personId ? -1 : 1));
  const coachZone = settings.data?.coachTimeZone;

  const actions: OneToOneActions = {
    onHeld: (o) =>
      void setStatus
        .mutateAsync({ groupId, id: o.id, status: 'held' })
        .then(() => toast({ title: `1:1 with ${o.personName} marked held`, tone: 'success' }))
        .catch((err: Error) => toast({ title: 'That could not be changed', description: err.message, tone: 'danger' })),
    onCancel: setCancelling,
    onReschedule: (o) => setDialog({ editing: o.id }),
  };

  const schedule = (
    <Button size="sm" onClick={() => setDialog({ editing: null })} disabled={!coachZone || members.length === 0}>
      Schedule a 1:1
    </Button>
  );

  return (
    <Card title="1:1s" description="Your conversations with each member between meetings." actions={schedule}>
      <QueryBoundary query={list} loadingLabel="Loading the 1:1s…" errorTitle="The 1:1s could not be loaded">
        {(all) => {
          const planned = all.filter((o) => o.status === 'planned');
          const earlier = all.filter((o) => o.status !== 'planned').slice(-LAST_SHOWN).reverse();
          const editing = all.find((o) => o.id === dialog?.editing) ?? null;
          return (
            <>
              {all.length === 0 ? (
                <p className="oto-muted">{group.data && members.length === 0 ? 'No current members to meet yet. Add members to the group first.' : 'No 1:1s yet. Schedule one with each member between meetings.'}</p>
              ) : null}
              {planned.length > 0 ? <OneToOneList title="Planned" items={planned} coachZone={coachZone ?? ''} actions={actions} /> : null}
              {earlier.length > 0 ? <OneToOneList title="Last held or cancelled" items={earlier} coachZone={coachZone ?? ''} actions={null} /> : null}
              {coachZone ? <ScheduleOneToOneDialog groupId={groupId} coachZone={coachZone} members={members} open={dialog !== null} editing={editing} onClose={() => setDialog(null)} /> : null}
            </>
          );
        }}
      </QueryBoundary>
      <ConfirmDialog
        open={cancelling !== null}
        onOpenChange={(open) => (open ? undefined : setCancelling(null))}
        title={cancelling ? `Cancel the 1:1 with ${cancelling.personName}?` : 'Cancel the 1:1?'}
        description={cancelling ? `${coachWhen(cancelling)} comes off your calendar. You can schedule another time afterwards.` : ''}
        confirmLabel="Cancel the 1:1"
        cancelLabel="Keep it"
        tone="danger"
        onConfirm={async () => {
          if (!cancelling) return;
          await setStatus.mutateAsync({ groupId, id: cancelling.id, status: 'cancelled' });
          toast({ title: `1:1 with ${cancelling.personName} cancelled`, tone: 'success' });
        }}
      />
    </Card>
  );
}

function OneToOneList({ title, items, coachZone, actions }: { title: string; items: OneToOneView[]; coachZone: string; actions: OneToOneActions | null }) {
  return (
    <div className="oto-section">
      <h3 className="oto-section__title">{title}</h3>
      <ul className="oto-list" aria-label={title}>
        {items.map((o) => (
          <OneToOneItem key={o.id} oneToOne={o} coachZone={coachZone} actions={actions} />
        ))}
      </ul>
    </div>
  );
}
