import { useState } from 'react';
import type { BetweenView } from '../../../shared/contract/between';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/useToast';

const rounds = (n: number) => `${n} round${n === 1 ? '' : 's'}`;

function outcomeWords(planned: number, kept: number): string {
  if (planned === 0 && kept === 0) return 'There was nothing ahead to plan.';
  const parts = [planned > 0 ? `${rounds(planned)} planned` : null, kept > 0 ? `${rounds(kept)} changed by hand kept as they are` : null].filter(Boolean);
  return `${parts.join('; ')}.`;
}

/**
 * Plans every gap ahead. A planned round the coach swapped by hand is theirs:
 * before planning again we ask whether to keep those or replace them.
 */
export function PlanRoundsButton({ view, onProblems }: { view: BetweenView; onProblems: (problems: string[]) => void }) {
  const plan = useApiMutation('between.plan');
  const { toast } = useToast();
  const [asking, setAsking] = useState(false);
  const handEdited = view.rounds.filter((r) => r.state === 'planned' && r.handEdited).length;

  async function run(replaceHandEdited: boolean) {
    setAsking(false);
    try {
      const outcome = await plan.mutateAsync({ groupId: view.groupId, replaceHandEdited });
      onProblems(outcome.problems);
      toast({ title: 'Rounds planned', description: outcomeWords(outcome.planned, outcome.kept), tone: outcome.problems.length > 0 ? 'warning' : 'success' });
    } catch (err) {
      toast({ title: 'The rounds could not be planned', description: (err as Error).message, tone: 'danger' });
    }
  }

  return (
    <>
      <Button variant="primary" disabled={plan.isPending} onClick={() => (handEdited > 0 ? setAsking(true) : void run(false))}>
        {plan.isPending ? 'Planning…' : 'Plan rounds'}
      </Button>
      <Dialog
        open={asking}
        onOpenChange={setAsking}
        title="Keep the rounds you changed?"
        description={`You swapped people by hand in ${rounds(handEdited)} ahead. Planning again can keep ${handEdited === 1 ? 'it' : 'them'} as you left ${handEdited === 1 ? 'it' : 'them'}, or replace ${handEdited === 1 ? 'it' : 'them'} with the planner’s best pairs.`}
      >
        <div className="groups-form__actions">
          <Button variant="ghost" onClick={() => setAsking(false)}>
            Cancel
          </Button>
          <Button onClick={() => void run(true)}>Replace them</Button>
          <Button variant="primary" onClick={() => void run(false)}>
            Keep my changes
          </Button>
        </div>
      </Dialog>
    </>
  );
}
