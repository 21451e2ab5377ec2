import type { Membership } from '../../shared/entities';

// A membership covers the days from joinedOn up to, but not including, leftOn:
// someone who leaves on 1 March was last a member on 28 February. Leaving keeps
// the record, so a group's history of who was in it when survives.

type Period = Pick<Membership, 'joinedOn' | 'leftOn'>;

export function isActiveOn(membership: Period, day: string): boolean {
  return membership.joinedOn <= day && (membership.leftOn === null || membership.leftOn > day);
}

export function activeMemberships<M extends Membership>(memberships: readonly M[], day: string): M[] {
  return memberships.filter((m) => isActiveOn(m, day));
}

/** A message when the leaving date would come before the joining date, else null. */
export function leavingDateProblem(joinedOn: string, leftOn: string): string | null {
  return leftOn < joinedOn ? `The leaving date must be on or after the joining date (${joinedOn}).` : null;
}

/** Two periods overlap when each starts before the other ends (an open end never ends). */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = b.leftOn === null || a.joinedOn < b.leftOn;
  const bStartsBeforeAEnds = a.leftOn === null || b.joinedOn < a.leftOn;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
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
