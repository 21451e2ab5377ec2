import { Check, CornerDownRight, RotateCcw, X } from 'lucide-react';
import { useState } from 'react';
import type { MeetingPage, NextStepView } from '../../../shared/meeting-views';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FormError } from '../../ui/FormError';
import type { MeetingIds } from './AgendaCard';
import { StepLine } from './StepLine';

type Outcome = 'done' | 'carried-over' | 'dropped' | 'open';

/** The accountability round: each open step from earlier meetings, marked done, carried over or dropped. */
export function ReviewCard({ page, ids }: { page: MeetingPage; ids: MeetingIds }) {
  const review = useApiMutation('meetings.reviewNextStep');
  const [error, setError] = useState<string>();
  const canReview = page.state !== 'cancelled' && page.started;

  async function mark(view: NextStepView, outcome: Outcome) {
    setError(undefined);
    try {
      await review.mutateAsync({ ...ids, stepMeetingId: view.meetingId, stepId: view.step.id, outcome });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <Card title="Review of earlier next steps" description="Open steps from earlier meetings. Carrying one over adds it to this meeting’s next steps.">
      <FormError message={error} />
      {page.review.length === 0 ? (
        <p className="meeting-muted">No open next steps from earlier meetings.</p>
      ) : (
        <ul className="meeting-steps">
          {page.review.map((view) => (
            <li key={view.step.id} className="meeting-steps__item">
              <StepLine view={view} showAgreed />
              {!canReview ? null : view.step.status === 'open' ? (
                <div className="meeting-steps__actions" role="group" aria-label={`Review “${view.step.text}”`}>
                  <Button size="sm" onClick={() => void mark(view, 'done')} disabled={review.isPending}>
                    <Check size={14} aria-hidden="true" /> Done
                  </Button>
                  <Button size="sm" onClick={() => void mark(view, 'carried-over')} disabled={review.isPending}>
                    <CornerDownRight size={14} aria-hidden="true" /> Carry over
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => void mark(view, 'dropped')} disabled={review.isPending}>
                    <X size={14} aria-hidden="true" /> Drop
                  </Button>
                </div>
              ) : (
                <div className="meeting-steps__actions">
                  <Button size="sm" variant="ghost" onClick={() => void mark(view, 'open')} disabled={review.isPending} aria-label={`Undo the review of “${view.step.text}”`}>
                    <RotateCcw size={14} aria-hidden="true" /> Undo
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
