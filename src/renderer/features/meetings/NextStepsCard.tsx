import { Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { MeetingPage, NextStepView } from '../../../shared/meeting-views';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FormError } from '../../ui/FormError';
import { useToast } from '../../ui/useToast';
import type { MeetingIds } from './AgendaCard';
import { NextStepDialog } from './NextStepDialog';
import { StepLine } from './StepLine';

/** What each member agreed to do before the next meeting, with an optional due date. */
export function NextStepsCard({ page, ids }: { page: MeetingPage; ids: MeetingIds }) {
  const [editing, setEditing] = useState<{ step: NextStepView | null; membershipId: string } | null>(null);
  const remove = useApiMutation('meetings.removeNextStep');
  const { toast } = useToast();
  const [error, setError] = useState<string>();
  const canAdd = page.state !== 'cancelled' && page.started;
  const steps = page.members.flatMap((m) => m.nextSteps);

  async function removeStep(view: NextStepView) {
    setError(undefined);
    try {
      await remove.mutateAsync({ ...ids, stepId: view.step.id });
      toast({ title: 'Next step removed', tone: 'success' });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <Card
      title="Next steps agreed at this meeting"
      description="The next meeting lists the open ones for review."
      actions={
        canAdd && page.members.length > 0 ? (
          <Button size="sm" onClick={() => setEditing({ step: null, membershipId: '' })}>
            <Plus size={14} aria-hidden="true" /> Add a next step
          </Button>
        ) : undefined
      }
    >
      <FormError message={error} />
      {steps.length === 0 ? (
        <p className="meeting-muted">{canAdd ? 'No next steps yet. Add what each member commits to before the next meeting.' : 'Next steps are agreed once the meeting has begun.'}</p>
      ) : (
        <ul className="meeting-steps">
          {steps.map((view) => {
            const editable = view.step.status === 'open' && view.step.carriedFromId === null;
            return (
              <li key={view.step.id} className="meeting-steps__item">
                <StepLine view={view} />
                {editable ? (
                  <div className="meeting-steps__actions">
                    <Button size="sm" variant="ghost" aria-label={`Edit “${view.step.text}”`} onClick={() => setEditing({ step: view, membershipId: view.step.membershipId })}>
                      <Pencil size={14} aria-hidden="true" />
                    </Button>
                    <Button size="sm" variant="ghost" aria-label={`Remove “${view.step.text}”`} onClick={() => void removeStep(view)} disabled={remove.isPending}>
                      <Trash2 size={14} aria-hidden="true" />
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <NextStepDialog page={page} ids={ids} editing={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
