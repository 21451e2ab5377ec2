import type { Goal } from './entities';

/**
 * Still open and its target day is behind us. Main flags it on the group page
 * and the dashboard; the person page uses the same rule, so the three never
 * disagree about which goals are late.
 */
export function isGoalOverdue(goal: Pick<Goal, 'targetDate' | 'status'>, today: string): boolean {
  return goal.targetDate !== '' && goal.targetDate < today && (goal.status === 'not-started' || goal.status === 'in-progress');
}
