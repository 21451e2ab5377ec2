import { useEffect, useId, useState } from 'react';
import type { Norm } from '../../../shared/entities';
import type { GroupDetail } from '../../../shared/views';
import { useApiMutation } from '../../app/query';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/useToast';
import { AddNormForm } from './AddNormForm';
import { AgreementPanel } from './AgreementPanel';
import { NormItem } from './NormItem';

interface PendingFocus {
  normId: string;
  index: number;
  direction: 'up' | 'down';
}

/** The group's norms (its contract) and who has agreed to them. */
export function NormsSection({ detail, today }: { detail: GroupDetail; today: string }) {
  const groupId = detail.group.id;
  const idPrefix = useId();
  const move = useApiMutation('norms.move');
  const remove = useApiMutation('norms.remove');
  const { toast } = useToast();
  const [removing, setRemoving] = useState<Norm | null>(null);
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | null>(null);
  const archived = detail.group.archivedAt !== null;
  const controlId = (norm: Norm) => `${idPrefix}-norm-${norm.id}`;

  // Reordering moves the list item in the page; keep the keyboard user's focus on
  // the button they pressed (or its twin, once the norm reaches an end of the list).
  useEffect(() => {
    if (!pendingFocus) return;
    const index = detail.norms.findIndex((n) => n.id === pendingFocus.normId);
    if (index !== pendingFocus.index) return;
    const base = `${idPrefix}-norm-${pendingFocus.normId}`;
    const same = document.getElementById(`${base}-${pendingFocus.direction}`) as HTMLButtonElement | null;
    const other = document.getElementById(`${base}-${pendingFocus.direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
    setPendingFocus(null);
  }, [detail.norms, pendingFocus, idPrefix]);

  async function moveNorm(norm: Norm, direction: 'up' | 'down') {
    const from = detail.norms.findIndex((n) => n.id === norm.id);
    try {
      setPendingFocus({ normId: norm.id, index: direction === 'up' ? from - 1 : from + 1, direction });
      await move.mutateAsync({ groupId, normId: norm.id, direction });
    } catch (err) {
      setPendingFocus(null);
      toast({ title: 'The norm could not be moved', description: (err as Error).message, tone: 'danger' });
    }
  }

  return (
    <>
      <Card
        title="Norms"
        description="How the members agreed to work together. When the norms change, earlier agreements count as agreement to an earlier version."
      >
        {detail.norms.length === 0 ? (
          <p className="groups-section-empty">
            No norms yet. Most groups agree on confidentiality, listening without judgement and sharing the time.
          </p>
        ) : (
          <ol className="groups-norms">
            {detail.norms.map((norm, index) => (
              <NormItem
                key={norm.id}
                groupId={groupId}
                norm={norm}
                index={index}
                count={detail.norms.length}
                controlId={controlId(norm)}
                onMove={(n, direction) => void moveNorm(n, direction)}
                onRemove={setRemoving}
                readOnly={archived}
              />
            ))}
          </ol>
        )}
        {archived ? null : <AddNormForm groupId={groupId} />}
      </Card>

      <AgreementPanel detail={detail} today={today} />

      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => (open ? undefined : setRemoving(null))}
        tone="danger"
        title="Remove this norm?"
        description={<p>“{removing?.text}”</p>}
        confirmLabel="Remove norm"
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync({ groupId, normId: removing.id });
          toast({ title: 'Norm removed', tone: 'success' });
        }}
      />
    </>
  );
}
