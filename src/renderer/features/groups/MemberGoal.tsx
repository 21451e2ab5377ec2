import type { Goal } from '../../../shared/entities';
import { Badge } from '../../ui/Badge';
import { formatDay, goalStatusLabel, goalStatusTone } from './format';

/** A member's goal in a table cell: the text, then the target date and status. */
export function MemberGoal({ goal }: { goal: Goal | null }) {
  if (!goal) return <span className="groups-muted">No goal yet</span>;
  return (
    <div className="groups-goal">
      <p className="groups-goal__text">{goal.text}</p>
      <div className="groups-goal__meta">
        <Badge tone={goalStatusTone[goal.status]}>{goalStatusLabel[goal.status]}</Badge>
        {goal.targetDate ? <span className="groups-muted">by {formatDay(goal.targetDate)}</span> : null}
      </div>
    </div>
  );
}
