import { useState } from 'react';
import type { MeetingPage } from '../../../shared/meeting-views';
import { formatDay } from '../../app/dates';
import { useApiMutation, useApiQuery } from '../../app/query';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { PreviewedChange } from '../../ui/PreviewedChange';
import { SelectField } from '../../ui/SelectField';
import type { MeetingIds } from './AgendaCard';

const turns = (n: number) => `${n} turn${n === 1 ? '' : 's'}`;
const away = (n: number) => (n === 1 ? '1 turn' : `${Number.isInteger(n) ? n : n.toFixed(1)} turns`);

export function SwapDialog({ page, ids, out, onClose }: { page: MeetingPage; ids: MeetingIds; out: string | null; onClose: () => void }) {
  const name = page.coachees.find((c) => c.membershipId === out)?.name ?? '';
  return (
    <Dialog
      open={out !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Swap ${name} in the hot seat`}
      description="See what the swap does to everyone’s turns before you make it. The rotation plans the other meetings around it."
    >
      {out !== null ? <SwapChooser page={page} ids={ids} out={out} onDone={onClose} /> : null}
    </Dialog>
  );
}

function SwapChooser({ page, ids, out, onDone }: { page: MeetingPage; ids: MeetingIds; out: string; onDone: () => void }) {
  const [incoming, setIncoming] = useState('');
  const save = useApiMutation('meetings.setCoachees');
  const candidates = page.members.filter((m) => !m.coachee && m.attendance !== 'absent' && m.attendance !== 'excused');
  const preview = useApiQuery('meetings.previewSwap', { ...ids, out, in: incoming || out }, { enabled: incoming !== '' });

  return (
    <PreviewedChange
      choosers={
        candidates.length === 0 ? (
          <p className="meeting-muted">Everyone else in the group is already in the hot seat or has sent apologies.</p>
        ) : (
          <SelectField
            label="Instead, put in the hot seat"
            placeholder="Choose a member"
            options={candidates.map((m) => ({ value: m.membershipId, label: m.name }))}
            value={incoming}
            onChange={(e) => setIncoming(e.target.value)}
          />
        )
      }
      preview={incoming !== '' ? preview : null}
      loadingLabel="Working out the effect…"
      refusedTitle="This swap is not possible"
      renderEffect={(effect) => (
        <>
          <Notice tone={effect.staysFair ? 'success' : 'warning'} title={effect.staysFair ? 'Turns stay fair' : 'Turns become less even'}>
            <p>
              {effect.staysFair
                ? 'Over the programme everyone stays within one turn of their fair share.'
                : `Someone would end up ${away(effect.unevennessAfter)} away from their fair share of the programme’s turns; ${effect.unevennessBefore < 1 ? 'now everyone is within a turn of theirs' : `now the most anyone is away is ${away(effect.unevennessBefore)}`}.`}
            </p>
          </Notice>
          {effect.changes.length > 0 ? (
            <ul className="meeting-swap__changes" aria-label="What changes">
              {effect.changes.map((c) => (
                <li key={c.membershipId}>
                  <strong>{c.name}</strong>:{' '}
                  {c.totalBefore === c.totalAfter ? turns(c.totalAfter) : `${turns(c.totalBefore)} → ${turns(c.totalAfter)}`}
                  {c.nextTurnBefore !== c.nextTurnAfter
                    ? `; next turn ${c.nextTurnBefore ? formatDay(c.nextTurnBefore) : 'none'} → ${c.nextTurnAfter ? formatDay(c.nextTurnAfter) : 'none'}`
                    : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      confirmLabel="Make the swap"
      onConfirm={async (effect) => {
        await save.mutateAsync({ ...ids, coachees: { type: 'by-hand', membershipIds: effect.coachees } });
      }}
      doneTitle={() => 'Hot seat changed'}
      pending={save.isPending}
      onDone={onDone}
    />
  );
}
