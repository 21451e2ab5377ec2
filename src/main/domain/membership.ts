import type { Membership } from '../../shared/entities';
import { dayLabel } from '../../shared/calendar/days';
import { isActiveOn, periodsOverlap } from '../../shared/calendar/periods';

// The period rules themselves (isActiveOn and its kin) live in
// src/shared/calendar/periods.ts, so the renderer reckons "current" the same way.

type Period = Pick<Membership, 'joinedOn' | 'leftOn'>;

export function activeMemberships<M extends Membership>(memberships: readonly M[], day: string): M[] {
  return memberships.filter((m) => isActiveOn(m, day));
}

/**
 * A message when the leaving date does not leave the membership at least one
 * day (leaving on the day of joining would mean never having been a member),
 * else null.
 */
export function leavingDateProblem(joinedOn: string, leftOn: string): string | null {
  return leftOn <= joinedOn
    ? `The leaving date must be after the joining date (${dayLabel(joinedOn)}): a membership lasts at least one day.`
    : null;
}

/** A message when someone would join after the group's planned end, else null. */
export function joiningDateProblem(joinedOn: string, plannedEnd: string): string | null {
  return joinedOn > plannedEnd
    ? `The group is planned to end on ${dayLabel(plannedEnd)}, so nobody can join after that.`
    : null;
}

/**
 * The person's other membership in the same group that `candidate` would overlap,
 * if any. A person may be in a group more than once over time, never twice at once.
 */
export function overlappingMembership(
  memberships: readonly Membership[],
  candidate: Period & { personId: string; id?: string },
): Membership | undefined {
  return memberships.find(
    (m) => m.personId === candidate.personId && m.id !== candidate.id && periodsOverlap(m, candidate),
  );
}

/** Why `name` cannot have the candidate period because of `clash`, in the coach's words. */
export function overlapMessage(name: string, clash: Period): string {
  return clash.leftOn === null
    ? `${name} is already a member of this group (since ${dayLabel(clash.joinedOn)}).`
    : `${name} was a member of this group from ${dayLabel(clash.joinedOn)} until ${dayLabel(clash.leftOn)}; the dates would overlap.`;
}

export type RejoinPlan =
  | { kind: 'cancel-leaving' }
  | { kind: 'new-membership'; joinedOn: string }
  | { kind: 'still-member' };

/**
 * How a member who left comes back. If the leaving date has not arrived yet,
 * the leaving is simply cancelled. Otherwise a new membership starts today, so
 * the earlier period (and the gap) stays in the history.
 */
export function planRejoin(membership: Period, today: string): RejoinPlan {
  if (membership.leftOn === null) return { kind: 'still-member' };
  if (membership.leftOn > today) return { kind: 'cancel-leaving' };
  return { kind: 'new-membership', joinedOn: today };
}
