import { Clock } from 'lucide-react';
import type { Goal } from '../../../shared/entities';
import { Badge } from '../../ui/Badge';
import { formatDay, goalStatusLabel, goalStatusTone } from './format';

/**
 * A member's goal in a table cell: the text, then the status and target date.
 * A goal past its date and still open says so (main decides, in the group's zone).
 */
export function MemberGoal({ goal, overdue = false }: { goal: Goal | null; overdue?: boolean }) {
  if (!goal) return <span className="groups-muted">No goal yet</span>;
  return (
    <div className="groups-goal">
      <p className="groups-goal__text">{goal.text}</p>
      <div className="groups-goal__meta">
        <Badge tone={goalStatusTone[goal.status]}>{goalStatusLabel[goal.status]}</Badge>
        {goal.targetDate && overdue ? (
          <span className="groups-goal__overdue">
            <Clock size={14} aria-hidden="true" />
            by {formatDay(goal.targetDate)} · overdue
          </span>
        ) : goal.targetDate ? (
          <span className="groups-muted">by {formatDay(goal.targetDate)}</span>
        ) : null}
      </div>
    </div>
  );
}
