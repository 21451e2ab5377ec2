import { useState } from 'react';
import type { PlanOutcome, RoundView } from '../../../shared/contract/between';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { useToast } from '../../ui/useToast';
import { peopleOf, type NameOf } from './round-words';

/** Marking someone away re-plans the round; the toast says what came of it. */
export function useSetAbsent(groupId: string, nameOf: NameOf) {
  const setAbsent = useApiMutation('between.setAbsent');
  const { toast } = useToast();
  return async (roundId: string, personId: string, absent: boolean): Promise<PlanOutcome> => {
    const outcome = await setAbsent.mutateAsync({ groupId, roundId, personId, absent });
    toast({
      title: absent ? `${nameOf(personId)} is away this round` : `${nameOf(personId)} is back in this round`,
      description: outcome.problems.length > 0 ? outcome.problems.join(' ') : 'The round was planned again.',
      tone: outcome.problems.length > 0 ? 'warning' : 'success',
    });
    return outcome;
  };
}

export function AwayDialog({ groupId, round, nameOf, onClose }: { groupId: string; round: RoundView | null; nameOf: NameOf; onClose: () => void }) {
  return (
    <Dialog
      open={round !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Mark someone away"
      description="Someone on leave or away is not paired this round; the round is planned again without them."
    >
      {round ? <AwayChooser groupId={groupId} round={round} nameOf={nameOf} onDone={onClose} /> : null}
    </Dialog>
  );
}

function AwayChooser({ groupId, round, nameOf, onDone }: { groupId: string; round: RoundView; nameOf: NameOf; onDone: () => void }) {
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const setAbsent = useSetAbsent(groupId, nameOf);
  const options = peopleOf(round)
    .map((id) => ({ value: id, label: nameOf(id) }))
    .sort((x, y) => x.label.localeCompare(y.label) || x.value.localeCompare(y.value));

  async function confirm() {
    if (personId === '') {
      setError('Choose who is away.');
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await setAbsent(round.id, personId, true);
      onDone();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="groups-dialog-form">
      <SelectField label="Who is away" required placeholder="Choose a person" options={options} value={personId} error={error} onChange={(e) => setPersonId(e.target.value)} />
      <div className="groups-form__actions">
        <Button variant="ghost" onClick={onDone} disabled={busy}>
          Cancel
        </Button>
        <Button variant="primary" onClick={() => void confirm()} disabled={busy}>
          Mark away
        </Button>
      </div>
    </div>
  );
}
