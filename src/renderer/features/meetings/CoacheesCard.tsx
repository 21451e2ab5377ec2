import { ArrowLeftRight, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import type { MeetingPage } from '../../../shared/meeting-views';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FormError } from '../../ui/FormError';
import { useToast } from '../../ui/useToast';
import type { MeetingIds } from './AgendaCard';
import { turnReasonLabel } from './labels';
import { SwapDialog } from './SwapDialog';

/** Who is in the hot seat: the rotation's choice, or the coach's, with a swap that shows its fairness first. */
export function CoacheesCard({ page, ids }: { page: MeetingPage; ids: MeetingIds }) {
  const [swapping, setSwapping] = useState<string | null>(null);
  const reset = useApiMutation('meetings.setCoachees');
  const { toast } = useToast();
  const [error, setError] = useState<string>();
  const planned = page.state === 'planned';
  const many = page.coacheesPerMeeting === 2 ? 'Two coachees a meeting' : 'One coachee a meeting';

  async function backToRotation() {
    setError(undefined);
    try {
      await reset.mutateAsync({ ...ids, coachees: { type: 'rotation' } });
      toast({ title: 'Coachees follow the rotation again', tone: 'success' });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <Card
      title="Hot seat"
      description={`${many}, shared as evenly as the programme allows.`}
      actions={
        planned && page.coacheesByHand ? (
          <Button size="sm" variant="ghost" onClick={() => void backToRotation()} disabled={reset.isPending}>
            <RotateCcw size={14} aria-hidden="true" /> Use the rotation
          </Button>
        ) : undefined
      }
    >
      <FormError message={error} />
      {page.coachees.length === 0 ? (
        <p className="meeting-muted">Nobody is in the hot seat at this meeting.</p>
      ) : (
        <ul className="meeting-coachees">
          {page.coachees.map((c) => (
            <li key={c.membershipId} className="meeting-coachees__item">
              <div>
                <p className="meeting-coachees__name">{c.name}</p>
                <p className="meeting-muted">{turnReasonLabel[c.reason]}</p>
              </div>
              {planned ? (
                <Button size="sm" onClick={() => setSwapping(c.membershipId)} aria-label={`Swap ${c.name} for someone else`}>
                  <ArrowLeftRight size={14} aria-hidden="true" /> Swap
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <SwapDialog page={page} ids={ids} out={swapping} onClose={() => setSwapping(null)} />
    </Card>
  );
}
