import type { OneToOneView } from '../../../shared/contract/one-to-ones';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { coachWhen, memberWhen, minutesLabel, STATUS_LABELS } from './one-to-one-words';

export interface OneToOneActions {
  onHeld: (o: OneToOneView) => void;
  onCancel: (o: OneToOneView) => void;
  onReschedule: (o: OneToOneView) => void;
}

/** One 1:1: who, when on both clocks, how long, where, and what the coach can still do with it. */
export function OneToOneItem({ oneToOne: o, coachZone, actions }: { oneToOne: OneToOneView; coachZone: string; actions: OneToOneActions | null }) {
  const status = STATUS_LABELS[o.status];
  const theirs = memberWhen(o.date, { name: o.personName, timeZone: o.memberTimeZone, ...o.memberLocal }, coachZone);
  return (
    <li className="oto-item">
      <div className="oto-item__text">
        <div className="oto-item__main">
          <span className="oto-item__name">{o.personName}</span>
          <Badge tone={status.tone}>{status.label}</Badge>
        </div>
        <p className="oto-item__facts">
          <span className="oto-item__coach-time">{`${coachWhen(o)} (${o.timeZone})`}</span>
          {theirs ? <span>{theirs}</span> : null}
        </p>
        <p className="oto-item__facts">
          <span>{minutesLabel(o.minutes)}</span>
          <span>{o.where || 'Place to agree'}</span>
        </p>
      </div>
      {actions && o.status === 'planned' ? (
        <div className="oto-item__actions">
          <Button size="sm" onClick={() => actions.onHeld(o)} aria-label={`Mark the 1:1 with ${o.personName} held`}>
            Mark held
          </Button>
          <Button size="sm" variant="ghost" onClick={() => actions.onReschedule(o)} aria-label={`Reschedule the 1:1 with ${o.personName}`}>
            Reschedule
          </Button>
          <Button size="sm" variant="ghost" onClick={() => actions.onCancel(o)} aria-label={`Cancel the 1:1 with ${o.personName}`}>
            Cancel
          </Button>
        </div>
      ) : null}
    </li>
  );
}
