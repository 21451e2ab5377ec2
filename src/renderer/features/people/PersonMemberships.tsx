import { Link } from 'react-router';
import { Clock } from 'lucide-react';
import type { Goal, GoalStatus } from '../../../shared/entities';
import { isCurrentOrUpcomingOn } from '../../../shared/calendar/periods';
import { isGoalOverdue } from '../../../shared/goals';
import type { PersonMembershipView } from '../../../shared/views';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { formatDay } from '../../app/dates';

const STATUS: Record<GoalStatus, { label: string; tone: 'neutral' | 'info' | 'success' | 'warning' }> = {
  'not-started': { label: 'Not started', tone: 'neutral' },
  'in-progress': { label: 'In progress', tone: 'info' },
  achieved: { label: 'Achieved', tone: 'success' },
  dropped: { label: 'Dropped', tone: 'warning' },
};

/**
 * Current means: not left as of today (a leaving day still ahead counts as
 * current, and so does a joining day still ahead) in a group that is still
 * running. Everything else is history.
 */
export function isCurrent(view: PersonMembershipView, today: string): boolean {
  return !view.groupArchived && isCurrentOrUpcomingOn(view.membership, today);
}

function Period({ view, today }: { view: PersonMembershipView; today: string }) {
  const { joinedOn, leftOn } = view.membership;
  const joined = joinedOn > today ? `Joins ${formatDay(joinedOn)}` : `Joined ${formatDay(joinedOn)}`;
  if (leftOn === null) return <span>{joined}</span>;
  return (
    <span>
      {joined} · {leftOn > today ? 'leaves' : 'left'} {formatDay(leftOn)}
    </span>
  );
}

function TargetDate({ goal, today }: { goal: Goal; today: string }) {
  if (!goal.targetDate) return null;
  // The group page and the dashboard flag the same goals: one rule, in src/shared/goals.ts.
  if (!isGoalOverdue(goal, today)) return <span className="people-muted">Target {formatDay(goal.targetDate)}</span>;
  return (
    <span className="people-goal-overdue">
      <Clock aria-hidden="true" size={14} />
      Target {formatDay(goal.targetDate)} · overdue
    </span>
  );
}

function MembershipItem({ view, today }: { view: PersonMembershipView; today: string }) {
  const goal = view.membership.goal;
  return (
    <li className="people-membership">
      <div className="people-membership-head">
        {/* The group's own colour is data, not theme, so it is the one colour set inline. */}
        <span className="people-group-dot" style={{ backgroundColor: view.groupColor }} aria-hidden="true" />
        <Link to={routes.group(view.groupId)} className="people-membership-group">
          {view.groupName}
        </Link>
        {view.groupArchived ? <Badge tone="neutral">Archived group</Badge> : null}
        <span className="people-membership-dates">
          <Period view={view} today={today} />
        </span>
      </div>
      {goal ? (
        <div className="people-membership-goal">
          <span className="people-goal-label">Goal</span>
          <p className="people-goal-text">{goal.text}</p>
          <div className="people-goal-meta">
            <Badge tone={STATUS[goal.status].tone}>{STATUS[goal.status].label}</Badge>
            {goal.targetDate ? <TargetDate goal={goal} today={today} /> : null}
          </div>
        </div>
      ) : (
        <p className="people-muted people-membership-goal">No goal set yet. Add one from the group’s page.</p>
      )}
    </li>
  );
}

export function PersonMemberships({ memberships, today }: { memberships: PersonMembershipView[]; today: string }) {
  if (memberships.length === 0) {
    return (
      <p className="people-muted">
        Not in any group yet. Open a group and choose “Add member” to bring them in.
      </p>
    );
  }
  const byRecent = [...memberships].sort((a, b) => b.membership.joinedOn.localeCompare(a.membership.joinedOn));
  const current = byRecent.filter((m) => isCurrent(m, today));
  const past = byRecent.filter((m) => !isCurrent(m, today));
  return (
    <div className="people-memberships">
      <section aria-labelledby="people-current-heading">
        <h3 id="people-current-heading" className="people-subheading">
          Current groups ({current.length})
        </h3>
        {current.length > 0 ? (
          <ul className="people-membership-list">
            {current.map((m) => (
              <MembershipItem key={m.membership.id} view={m} today={today} />
            ))}
          </ul>
        ) : (
          <p className="people-muted">Not a member of any running group today.</p>
        )}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="people-past-heading">
          <h3 id="people-past-heading" className="people-subheading">
            Past groups ({past.length})
          </h3>
          <ul className="people-membership-list">
            {past.map((m) => (
              <MembershipItem key={m.membership.id} view={m} today={today} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
