import fc from 'fast-check';
import { compareCost, scoreRound } from '../../../../src/main/domain/between/pairing-cost';
import type { HeldRound, OddMemberPolicy, PairingCost, PairingMember, PairingRules } from '../../../../src/main/domain/between/pairing-types';

// The independent reference: list every way to split the members into pairs
// (plus one three or one with the coach when the count is odd), price each
// with scoreRound (straight from the history, no index, no search), keep the
// cheapest. Exponential, and meant to be: it shares nothing with the planner
// but the cost definition.

export interface Grouping {
  groups: string[][];
  withCoach: string | null;
}

export function allGroupings(ids: readonly string[], policy: OddMemberPolicy): Grouping[] {
  const out: Grouping[] = [];
  const walk = (rest: readonly string[], groups: string[][], withCoach: string | null, oddLeft: boolean): void => {
    if (rest.length === 0) {
      if (!oddLeft) out.push({ groups: groups.map((g) => [...g]), withCoach });
      return;
    }
    const [first, ...others] = rest as [string, ...string[]];
    others.forEach((j, x) => walk(others.filter((_, y) => y !== x), [...groups, [first, j]], withCoach, oddLeft));
    if (!oddLeft) return;
    if (policy === 'with-coach') walk(others, groups, first, false);
    else {
      for (let x = 0; x < others.length; x += 1) {
        for (let y = x + 1; y < others.length; y += 1) {
          walk(others.filter((_, z) => z !== x && z !== y), [...groups, [first, others[x]!, others[y]!]], withCoach, false);
        }
      }
    }
  };
  walk(ids, [], null, ids.length % 2 === 1);
  return out;
}

export function respectsNeverPair(g: Grouping, rules: PairingRules): boolean {
  return rules.neverPair.every(([a, b]) => !g.groups.some((group) => group.includes(a) && group.includes(b)));
}

export function bruteBest(members: readonly PairingMember[], history: readonly HeldRound[], rules: PairingRules): { grouping: Grouping; cost: PairingCost } | null {
  const policy = members.length === 1 ? 'with-coach' : rules.oddMember;
  let best: { grouping: Grouping; cost: PairingCost } | null = null;
  for (const grouping of allGroupings(members.map((m) => m.personId), policy)) {
    if (!respectsNeverPair(grouping, rules)) continue;
    const cost = scoreRound(members, history, rules, grouping.groups, grouping.withCoach);
    if (best === null || compareCost(cost, best.cost) < 0) best = { grouping, cost };
  }
  return best;
}

/** Random inputs for one round: members drawn from a pool bigger than the round, so history holds leavers. */
export interface Scenario {
  members: PairingMember[];
  history: HeldRound[];
  rules: PairingRules;
}

const POOL = Array.from({ length: 13 }, (_, i) => `m${String.fromCharCode(97 + i)}`);

function randomRound(ids: readonly string[], perm: readonly number[], triadFirst: boolean): HeldRound {
  const order = perm.map((k) => ids[k % ids.length]!).filter((id, i, all) => all.indexOf(id) === i);
  const groups: string[][] = [];
  let rest = order;
  let withCoach: string | null = null;
  if (rest.length % 2 === 1) {
    if (triadFirst && rest.length >= 3) {
      groups.push(rest.slice(0, 3));
      rest = rest.slice(3);
    } else {
      withCoach = rest[0]!;
      rest = rest.slice(1);
    }
  }
  for (let i = 0; i + 1 < rest.length; i += 2) groups.push([rest[i]!, rest[i + 1]!]);
  return { groups, withCoach };
}

export function scenarioArb(size: number, policy: OddMemberPolicy): fc.Arbitrary<Scenario> {
  return fc
    .record({
      pick: fc.shuffledSubarray(POOL, { minLength: size, maxLength: size }),
      teams: fc.array(fc.constantFrom<string | null>('north', 'south', 'west', null), { minLength: POOL.length, maxLength: POOL.length }),
      rounds: fc.array(fc.record({ perm: fc.array(fc.nat(40), { minLength: 2, maxLength: 12 }), triad: fc.boolean() }), { maxLength: 10 }),
      never: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 3 }),
      preferDifferentTeams: fc.boolean(),
    })
    .map(({ pick, teams, rounds, never, preferDifferentTeams }) => {
      const members = pick.map((personId) => ({ personId, team: teams[POOL.indexOf(personId)]! }));
      const ids = members.map((m) => m.personId);
      // History rounds mix members with people from the pool who are not in this round.
      const history = rounds.map((r) => randomRound([...ids, ...POOL.slice(0, 3)], r.perm, r.triad));
      const neverPair = never.filter(([a, b]) => a !== b).map(([a, b]) => [ids[a]!, ids[b]!] as const);
      return { members, history, rules: { neverPair, preferDifferentTeams, oddMember: policy } };
    });
}
