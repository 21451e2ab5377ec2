import { roundRobinOrder, scheduleSize } from './pairing-order';
import type { HeldRound, PairingCost, PairingMember, PairingRules } from './pairing-types';

// The cost of a round's pairing. A plan's cost is four tiers compared in
// order (lexicographically), each a sum of exact integers:
//
// 1. rotation: the odd role (in the triad, or with the coach) again. The issue
//    states it as a rule, "whoever had it last should not have it again while
//    others have not", so it outranks repeats: a member pays for every earlier
//    round in which they had this round's odd role. The price is measured in
//    bench/pairing-bench.ts: over random histories, fair triads cost about a
//    third more repeats than the fewest possible (1:1s with the coach, ~5%).
//    Moving this tier below repeats is the one change if that trade is wrong.
// 2. repeats: every earlier round in which two members of a group (a pair, or
//    any two of a triad) were together. Repeats dominate everything soft.
// 3. sameTeam: one per same-team pair when the group prefers different teams
//    (members with no team are never "same team"). It can never outweigh a
//    repeat, and a fresh different-team pair costs nothing, as required.
// 4. order: the round-robin tie-break (pairing-order.ts). Below sameTeam, so
//    with the team preference on a full round robin is no longer promised.
//
// Tiers 1 and 2 count occurrences first and recency second, folded into one
// exact integer: an earlier round of age k (1 = the latest of H rounds) weighs
// w(k) = B + (H + 1 - k), with B = 10 H^2 + 1. A round holds at most 10 pairs
// (16 members), so its occurrences number at most 10 H and their recency parts
// sum to less than B: one occurrence more always costs more than any recency.
// So two meetings cost more than one, however long ago, and between equal
// counts the more recent costs more. Integers keep sums exact (the planner and
// an independent brute force agree to the unit), and separate tiers instead of
// one weighted number stay far below 2^53 for any real history.

export const ZERO_COST: PairingCost = { rotation: 0, repeats: 0, sameTeam: 0, order: 0 };

export const COST_TIERS = ['rotation', 'repeats', 'sameTeam', 'order'] as const;

/** The weight of one earlier occurrence `age` rounds ago, out of `historyLength` rounds. */
export function recencyWeight(age: number, historyLength: number): number {
  return occurrenceWeight(historyLength) + historyLength + 1 - age;
}

/** B: more than the recency parts of a whole round can add up to. */
export function occurrenceWeight(historyLength: number): number {
  return MAX_PAIRS_PER_ROUND * historyLength * historyLength + 1;
}

/** With at most 16 members a round has at most 10 pairs (a triad counts as 3). */
const MAX_PAIRS_PER_ROUND = 10;

/** The number of occurrences a tier's value stands for (its count part). */
export function occurrencesIn(value: number, historyLength: number): number {
  return Math.floor(value / occurrenceWeight(historyLength));
}

export function weightOfAges(ages: readonly number[], historyLength: number): number {
  let sum = 0;
  for (const age of ages) sum += recencyWeight(age, historyLength);
  return sum;
}

export function addCost(a: PairingCost, b: PairingCost): PairingCost {
  return { rotation: a.rotation + b.rotation, repeats: a.repeats + b.repeats, sameTeam: a.sameTeam + b.sameTeam, order: a.order + b.order };
}

/** Negative when a is cheaper, positive when b is, 0 when equal on every tier. */
export function compareCost(a: PairingCost, b: PairingCost): number {
  for (const tier of COST_TIERS) if (a[tier] !== b[tier]) return a[tier] - b[tier];
  return 0;
}

/** The first tier on which `worse` costs more than `better`, or null if it does not. */
export function worseTier(worse: PairingCost, better: PairingCost): (typeof COST_TIERS)[number] | null {
  for (const tier of COST_TIERS) {
    if (worse[tier] !== better[tier]) return worse[tier] > better[tier] ? tier : null;
  }
  return null;
}

export function sameTeam(a: PairingMember, b: PairingMember): boolean {
  return a.team !== null && a.team === b.team;
}

/**
 * The cost of a whole plan, computed straight from the history (no index):
 * the reference the planner is tested against, and the price of a hand swap.
 */
export function scoreRound(
  members: readonly PairingMember[],
  history: readonly HeldRound[],
  rules: Pick<PairingRules, 'preferDifferentTeams'>,
  groups: readonly (readonly string[])[],
  withCoach: string | null,
): PairingCost {
  const sorted = [...members].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  const position = new Map(sorted.map((m, i) => [m.personId, i]));
  const byId = new Map(sorted.map((m) => [m.personId, m]));
  const m = scheduleSize(sorted.length);
  const H = history.length;
  const together = (a: string, b: string): number =>
    history.reduce((sum, round, index) => sum + (round.groups.some((g) => g.includes(a) && g.includes(b)) ? recencyWeight(H - index, H) : 0), 0);
  const role = (id: string, inRole: (round: HeldRound) => boolean): number =>
    history.reduce((sum, round, index) => sum + (inRole(round) ? recencyWeight(H - index, H) : 0), 0);
  let cost = ZERO_COST;
  for (const group of groups) {
    for (let x = 0; x < group.length; x += 1) {
      for (let y = x + 1; y < group.length; y += 1) {
        const a = group[x]!;
        const b = group[y]!;
        cost = addCost(cost, {
          rotation: 0,
          repeats: together(a, b),
          sameTeam: rules.preferDifferentTeams && sameTeam(byId.get(a)!, byId.get(b)!) ? 1 : 0,
          order: roundRobinOrder(position.get(a)!, position.get(b)!, m),
        });
      }
    }
    if (group.length === 3) {
      for (const id of group) cost = addCost(cost, { ...ZERO_COST, rotation: role(id, (r) => r.groups.some((g) => g.length === 3 && g.includes(id))) });
    }
  }
  if (withCoach !== null) {
    cost = addCost(cost, { ...ZERO_COST, rotation: role(withCoach, (r) => r.withCoach === withCoach), order: roundRobinOrder(position.get(withCoach)!, m - 1, m) });
  }
  return cost;
}
