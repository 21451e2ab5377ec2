// The vocabulary of a pairing round: the between-meetings pair work of a group
// ("I'll coach you if you'll coach me", one hour, two halves). Plain data only,
// so services can store and send these values as they are.

/** A member active in the round's period; `team` matters only for internal groups. */
export interface PairingMember {
  personId: string;
  /** Null when unknown or not relevant: such a member is never "same team" as anyone. */
  team: string | null;
}

/** What an odd-sized round does with the member left over. */
export type OddMemberPolicy = 'triad' | 'with-coach';

/**
 * A round already held (or planned, when planning ahead): groups of 2 or 3
 * person ids, and the member who met the coach instead (their 1:1), if any.
 * Histories are always given oldest first.
 */
export interface HeldRound {
  groups: readonly (readonly string[])[];
  withCoach: string | null;
}

export interface PairingRules {
  /** Pairs that must never be grouped together (e.g. a manager and their report). */
  neverPair: readonly (readonly [string, string])[];
  /** Internal groups: prefer partners from different teams (soft). */
  preferDifferentTeams: boolean;
  oddMember: OddMemberPolicy;
}

/**
 * A plan's cost, compared tier by tier (see pairing-cost.ts): a lower tier
 * only decides between plans equal on every tier above it.
 */
export interface PairingCost {
  /** Taking the odd role (triad or with-coach) again: count, then recency. */
  rotation: number;
  /** Partners met before: count, then recency. */
  repeats: number;
  /** Same-team pairs, when the group prefers different teams. */
  sameTeam: number;
  /** The fixed round-robin order that breaks the remaining ties. */
  order: number;
}

/** A cheaper partner than the one given, and why they could not be had. */
export interface PassedOverPartner {
  /** The member of the group whose alternative this is. */
  personId: string;
  partnerId: string;
  /**
   * 'never-pair': a rule forbids it. 'absent': the partner was in the last
   * round but is not in this one. 'taken': the partner is grouped with
   * `takenBy` because every pairing that puts them together is no better.
   */
  because: 'never-pair' | 'absent' | 'taken';
  /** The partner's groupmates this round; empty when they meet the coach, or are absent. */
  takenBy: string[];
  /**
   * For 'taken': which tier of the cost made the best plan with the two of
   * them together worse ('repeats', 'rotation', 'sameTeam'), or 'tie' when it
   * is equally good and only the fixed order chose, or 'no-valid-grouping'
   * when the never-pair rules allow no grouping with the two together.
   * Null for the other causes.
   */
  worseOn: keyof Omit<PairingCost, 'order'> | 'tie' | 'no-valid-grouping' | null;
}

export type PairReason =
  /** sameTeam: null unless the group prefers different teams and both teams are known. */
  | { kind: 'first-pairing'; personIds: readonly [string, string]; sameTeam: boolean | null }
  | {
      kind: 'repeat';
      personIds: readonly [string, string];
      timesMet: number;
      /** 1 = they met in the latest earlier round. */
      lastRoundsAgo: number;
      /** Null when the coach set this group by hand (nothing was weighed). */
      passedOver: PassedOverPartner[] | null;
    }
  | { kind: 'with-coach'; personId: string; timesBefore: number; lastRoundsAgo: number | null; fewestAmongRound: boolean }
  | { kind: 'triad'; personIds: readonly [string, string, string]; timesBefore: readonly [number, number, number] }
  | { kind: 'only-member'; personId: string }
  | { kind: 'swapped-by-coach'; personIds: readonly [string, string] };

export interface RoundPlan {
  /** Groups of 2 (or one of 3), each sorted by id, sorted by their first id. */
  groups: string[][];
  /** The member who meets the coach this round (counts as their 1:1). */
  withCoach: string | null;
  cost: PairingCost;
  reasons: PairReason[];
}

export interface PairingImpossible {
  impossible: true;
  /**
   * 'never-pair': the rules leave no way to group everyone.
   * 'too-many-members': more than MAX_ROUND_MEMBERS, beyond the exact search.
   */
  reason: 'never-pair' | 'too-many-members';
  /** The members whose never-pair rules apply in this round, sorted. */
  personIds: string[];
}

export interface IntroducedRepeat {
  personIds: readonly [string, string];
  timesMet: number;
  lastRoundsAgo: number;
}

export function isImpossible(result: RoundPlan | PairingImpossible): result is PairingImpossible {
  return 'impossible' in result;
}
