import type { AnonymisedMember, Membership, NormAgreement } from '../../shared/entities';

/** The parts of a group's record that anonymising a member rewrites (a GroupDoc fits it). */
export interface AnonymisableRecord {
  memberships: Membership[];
  normAgreements: NormAgreement[];
  anonymisedMembers: AnonymisedMember[];
}

export interface AnonymiseOptions {
  personId: string;
  /** A fresh id of this group's own, so the former member cannot be matched across groups. */
  anonymousId: string;
  /** Today in the group's zone: any membership still running ends here. */
  today: string;
  at: string;
}

/**
 * Keeps a group's history true after the person's record is deleted. What
 * happened stays: past memberships with their dates and goals, and the
 * agreement, now under an anonymous id. A membership still running ends today
 * (a former member cannot be a current one), and one that has not begun by
 * today never happened, so it goes, as a mistaken membership would. Returns
 * whether the group still holds any history of the person.
 */
export function anonymiseMember(record: AnonymisableRecord, options: AnonymiseOptions): boolean {
  const { personId, anonymousId, today, at } = options;
  const kept: Membership[] = [];
  for (const membership of record.memberships) {
    if (membership.personId !== personId) {
      kept.push(membership);
      continue;
    }
    if (membership.joinedOn >= today) continue;
    const leftOn = membership.leftOn === null || membership.leftOn > today ? today : membership.leftOn;
    kept.push({ ...membership, personId: anonymousId, leftOn });
  }
  record.memberships = kept;
  const hasHistory = kept.some((m) => m.personId === anonymousId);
  record.normAgreements = record.normAgreements.flatMap((a) =>
    a.personId !== personId ? [a] : hasHistory ? [{ ...a, personId: anonymousId }] : [],
  );
  if (hasHistory) record.anonymisedMembers.push({ personId: anonymousId, anonymisedAt: at });
  return hasHistory;
}

/** "Former member", numbered in the order they were anonymised when a group has more than one. */
export function formerMemberNames(anonymised: readonly AnonymisedMember[]): Map<string, string> {
  return new Map(
    anonymised.map((a, i) => [a.personId, anonymised.length === 1 ? 'Former member' : `Former member ${i + 1}`]),
  );
}
