import type { RoundView } from '../../../shared/contract/between';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PairSessionItem } from './PairSessionItem';
import { STATE_LABELS, roundDates, type NameOf } from './round-words';

export interface RoundActions {
  onSwap: (round: RoundView) => void;
  onMarkAway: (round: RoundView) => void;
  onBringBack: (round: RoundView, personId: string) => void;
  onRecord: (round: RoundView, sessionId: string) => void;
}

const STATE_TONES: Record<RoundView['state'], BadgeTone> = { 'under-way': 'info', planned: 'neutral', held: 'success' };

/** One pairing round: its dates, its pairs (or triad), who is with the coach, who is away, and why. */
export function RoundCard({ round, nameOf, actions, prominent = false }: { round: RoundView; nameOf: NameOf; actions: RoundActions | null; prominent?: boolean }) {
  const planned = round.state === 'planned';
  const dates = roundDates(round);
  return (
    <section className={['between-round', prominent ? 'between-round--current' : ''].filter(Boolean).join(' ')} aria-label={`Round ${dates}`}>
      <header className="between-round__header">
        <h3 className="between-round__dates">{dates}</h3>
        <div className="between-round__badges">
          <Badge tone={STATE_TONES[round.state]}>{STATE_LABELS[round.state]}</Badge>
          {round.repeats > 0 ? <Badge tone="warning">{`${round.repeats} repeat${round.repeats === 1 ? '' : 's'}`}</Badge> : null}
          {round.handEdited ? <Badge tone="neutral">Changed by hand</Badge> : null}
        </div>
        {planned && actions ? (
          <div className="between-round__actions">
            <Button size="sm" onClick={() => actions.onSwap(round)}>
              Swap two people
            </Button>
            <Button size="sm" variant="ghost" onClick={() => actions.onMarkAway(round)}>
              Mark someone away
            </Button>
          </div>
        ) : null}
      </header>
      <ul className="between-round__pairs" aria-label="Pairs">
        {round.sessions.map((session) => (
          <PairSessionItem
            key={session.id}
            session={session}
            nameOf={nameOf}
            // Before a round begins there is nothing to record: the pairs may still change.
            onRecord={!planned && actions ? () => actions.onRecord(round, session.id) : null}
          />
        ))}
        {round.withCoach ? (
          <li className="between-pair between-pair--coach">
            <span className="between-pair__names">{nameOf(round.withCoach)} meets you (their 1:1)</span>
          </li>
        ) : null}
      </ul>
      {round.absent.length > 0 ? (
        <div className="between-round__away">
          <span className="between-muted">Away this round:</span>
          <ul className="between-round__away-list">
            {round.absent.map((id) => (
              <li key={id}>
                {nameOf(id)}
                {planned && actions ? (
                  <Button size="sm" variant="ghost" onClick={() => actions.onBringBack(round, id)} aria-label={`Bring ${nameOf(id)} back into this round`}>
                    Bring back
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {round.explanation.length > 0 ? (
        <div className="between-round__why">
          <h4 className="between-round__why-title">Why these pairs</h4>
          {round.explanation.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
