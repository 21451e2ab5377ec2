import { scoreRound } from './pairing-cost';
import type { HeldRound, IntroducedRepeat, PairingMember, PairingRules, PairReason, RoundPlan } from './pairing-types';

// The coach's hand swap: two people trade places (either may be the one with
// the coach). The result is priced with the same cost, and reports what the
// coach should know before confirming: the pairs it creates that met before,
// and any never-pair rule it breaks (allowed: the coach decides, but is told).

export interface SwapResult {
  plan: RoundPlan;
  introducedRepeats: IntroducedRepeat[];
  brokenNeverPair: (readonly [string, string])[];
}

export function swapMembers(
  plan: RoundPlan,
  a: string,
  b: string,
  members: readonly PairingMember[],
  history: readonly HeldRound[],
  rules: PairingRules,
): SwapResult {
  const place = (id: string): string => (id === a ? b : id === b ? a : id);
  const placed = [...plan.groups.flat(), ...(plan.withCoach === null ? [] : [plan.withCoach])];
  for (const id of [a, b]) if (!placed.includes(id)) throw new RangeError(`${id} is not in this round's plan.`);
  const groups = plan.groups.map((g) => g.map(place).sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
  const withCoach = plan.withCoach === null ? null : place(plan.withCoach);
  const before = new Set(pairsOf(plan.groups).map(key));
  const created = pairsOf(groups).filter((p) => !before.has(key(p)));
  const introducedRepeats: IntroducedRepeat[] = [];
  for (const pair of created) {
    const ages = history.flatMap((round, k) => (round.groups.some((g) => g.includes(pair[0]) && g.includes(pair[1])) ? [history.length - k] : []));
    if (ages.length > 0) introducedRepeats.push({ personIds: pair, timesMet: ages.length, lastRoundsAgo: Math.min(...ages) });
  }
  const forbidden = new Set(rules.neverPair.map(([x, y]) => key(x < y ? [x, y] : [y, x])));
  const brokenNeverPair = created.filter((p) => forbidden.has(key(p)));
  return { plan: { groups, withCoach, cost: scoreRound(members, history, rules, groups, withCoach), reasons: handReasons(groups, withCoach, members, history, rules.preferDifferentTeams, a, b) }, introducedRepeats, brokenNeverPair };
}

/** After a hand swap nothing was weighed, so the reasons only state the facts. */
function handReasons(
  groups: readonly string[][],
  withCoach: string | null,
  members: readonly PairingMember[],
  history: readonly HeldRound[],
  preferDifferentTeams: boolean,
  a: string,
  b: string,
): PairReason[] {
  const team = new Map(members.map((m) => [m.personId, m.team]));
  const reasons: PairReason[] = [{ kind: 'swapped-by-coach', personIds: a < b ? [a, b] : [b, a] }];
  for (const group of groups) {
    if (group.length === 3) {
      const triadsOf = (id: string): number => history.filter((r) => r.groups.some((g) => g.length === 3 && g.includes(id))).length;
      reasons.push({ kind: 'triad', personIds: [group[0]!, group[1]!, group[2]!], timesBefore: [triadsOf(group[0]!), triadsOf(group[1]!), triadsOf(group[2]!)] });
    }
    for (const pair of pairsOf([group])) {
      const ages = history.flatMap((round, k) => (round.groups.some((g) => g.includes(pair[0]) && g.includes(pair[1])) ? [history.length - k] : []));
      const [p, q] = [team.get(pair[0]) ?? null, team.get(pair[1]) ?? null];
      reasons.push(
        ages.length === 0
          ? { kind: 'first-pairing', personIds: pair, sameTeam: !preferDifferentTeams || p === null || q === null ? null : p === q }
          : { kind: 'repeat', personIds: pair, timesMet: ages.length, lastRoundsAgo: Math.min(...ages), passedOver: null },
      );
    }
  }
  if (withCoach !== null) {
    const coachTimes = (id: string): number[] => history.flatMap((round, k) => (round.withCoach === id ? [history.length - k] : []));
    const ages = coachTimes(withCoach);
    const fewestAmongRound = members.every((m) => coachTimes(m.personId).length >= ages.length);
    reasons.push({ kind: 'with-coach', personId: withCoach, timesBefore: ages.length, lastRoundsAgo: ages.length === 0 ? null : Math.min(...ages), fewestAmongRound });
  }
  return reasons;
}

function pairsOf(groups: readonly (readonly string[])[]): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  for (const g of groups) {
    const s = [...g].sort();
    for (let i = 0; i < s.length; i += 1) for (let j = i + 1; j < s.length; j += 1) out.push([s[i]!, s[j]!]);
  }
  return out;
}

const key = (p: readonly [string, string]): string => `${p[0]}\u0000${p[1]}`;
