import type { Membership } from '../../shared/entities';
import { dayLabel } from './dates';

// A membership covers the days from joinedOn up to, but not including, leftOn:
// someone who leaves on 1 March was last a member on 28 February. Leaving keeps
// the record, so a group's history of who was in it when survives.

type Period = Pick<Membership, 'joinedOn' | 'leftOn'>;

export function isActiveOn(membership: Period, day: string): boolean {
  return membership.joinedOn <= day && (membership.leftOn === null || membership.leftOn > day);
}

/** Joining day still ahead: the member is expected, not yet in the group. */
export const isUpcomingOn = (membership: Period, day: string): boolean => membership.joinedOn > day;

/** Not left as of `day`: in the group now or about to join it. */
export const isCurrentOrUpcomingOn = (membership: Period, day: string): boolean =>
  membership.leftOn === null || membership.leftOn > day;

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

/** A period whose end comes before its start: damaged data rather than a refused input. */
export const endsBeforeItStarts = (period: Period): boolean => period.leftOn !== null && period.leftOn < period.joinedOn;

/** A message when someone would join after the group's planned end, else null. */
export function joiningDateProblem(joinedOn: string, plannedEnd: string): string | null {
  return joinedOn > plannedEnd
    ? `The group is planned to end on ${dayLabel(plannedEnd)}, so nobody can join after that.`
    : null;
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
