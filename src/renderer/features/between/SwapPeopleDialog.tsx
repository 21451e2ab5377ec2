import { useState } from 'react';
import type { RoundView } from '../../../shared/contract/between';
import { useApiMutation, useApiQuery } from '../../app/query';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { PreviewedChange } from '../../ui/PreviewedChange';
import { SelectField } from '../../ui/SelectField';
import { neverPairSentence, peopleOf, repeatSentence, type NameOf } from './round-words';

export function SwapPeopleDialog({ groupId, round, nameOf, onClose }: { groupId: string; round: RoundView | null; nameOf: NameOf; onClose: () => void }) {
  return (
    <Dialog
      open={round !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Swap two people"
      description="Each takes the other’s place in this round. See the repeats the swap makes before you confirm it."
    >
      {round ? <SwapChooser groupId={groupId} round={round} nameOf={nameOf} onDone={onClose} /> : null}
    </Dialog>
  );
}

function SwapChooser({ groupId, round, nameOf, onDone }: { groupId: string; round: RoundView; nameOf: NameOf; onDone: () => void }) {
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const swap = useApiMutation('between.swap');
  const chosen = a !== '' && b !== '' && a !== b;
  const input = { groupId, roundId: round.id, a, b };
  const preview = useApiQuery('between.previewSwap', input, { enabled: chosen });
  const options = peopleOf(round)
    .map((id) => ({ value: id, label: nameOf(id) }))
    .sort((x, y) => x.label.localeCompare(y.label) || x.value.localeCompare(y.value));

  return (
    <PreviewedChange
      choosers={
        <div className="between-form__row">
          <SelectField label="Swap" placeholder="Choose a person" options={options} value={a} onChange={(e) => setA(e.target.value)} />
          <SelectField
            label="With"
            placeholder="Choose a person"
            options={options.filter((o) => o.value !== a)}
            value={b}
            onChange={(e) => setB(e.target.value)}
          />
        </div>
      }
      preview={chosen ? preview : null}
      loadingLabel="Working out the repeats…"
      refusedTitle="This swap is not possible"
      renderEffect={(effect) => (
        <>
          {effect.brokenNeverPair.length > 0 ? (
            <Notice tone="danger" title="This breaks a never-pair rule">
              {effect.brokenNeverPair.map((pair) => (
                <p key={pair.join('|')}>{neverPairSentence(pair, nameOf)}</p>
              ))}
            </Notice>
          ) : null}
          {effect.introducedRepeats.length > 0 ? (
            <Notice tone="warning" title={`This swap makes ${effect.introducedRepeats.length === 1 ? 'a repeat' : `${effect.introducedRepeats.length} repeats`}`}>
              <ul className="between-swap__repeats">
                {effect.introducedRepeats.map((r) => (
                  <li key={r.personIds.join('|')}>{repeatSentence(r, nameOf)}</li>
                ))}
              </ul>
            </Notice>
          ) : (
            <Notice tone="success" title="No repeats">
              <p>Everyone meets someone new.</p>
            </Notice>
          )}
        </>
      )}
      confirmLabel="Confirm the swap"
      onConfirm={async () => {
        await swap.mutateAsync(input);
      }}
      doneTitle={() => `${nameOf(a)} and ${nameOf(b)} swapped`}
      pending={swap.isPending}
      onDone={onDone}
    />
  );
}
