import type { PairSession } from '../../../shared/between';
import { formatDay } from '../../app/dates';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PairSessionGuideButton } from './PairSessionGuideButton';
import { groupingNames, type NameOf } from './round-words';

const STATUS: Record<PairSession['status'], { label: string; tone: BadgeTone }> = {
  planned: { label: 'Not met yet', tone: 'neutral' },
  held: { label: 'Held', tone: 'success' },
  skipped: { label: 'Skipped', tone: 'warning' },
};

/** A pair (or the triad) of a round, with how their session went once the round has begun. */
export function PairSessionItem({ session, nameOf, onRecord }: { session: PairSession; nameOf: NameOf; onRecord: (() => void) | null }) {
  const names = groupingNames(session.personIds, nameOf);
  const when = session.agreedTime ? `${formatDay(session.agreedTime.date)}, ${session.agreedTime.time} (${session.agreedTime.timeZone})` : null;
  return (
    <li className="between-pair">
      <span className="between-pair__names">
        {names}
        {session.personIds.length === 3 ? <span className="between-muted"> (triad)</span> : null}
      </span>
      {onRecord ? (
        <>
          <Badge tone={STATUS[session.status].tone}>{STATUS[session.status].label}</Badge>
          {when || session.where ? <span className="between-pair__when">{[when, session.where].filter(Boolean).join(' · ')}</span> : null}
          <Button size="sm" variant="ghost" className="between-pair__record" onClick={onRecord} aria-label={`Record the pair session of ${names}`}>
            Record
          </Button>
        </>
      ) : null}
      {session.status === 'planned' ? <PairSessionGuideButton names={session.personIds.map(nameOf)} when={when} where={session.where} /> : null}
    </li>
  );
}
