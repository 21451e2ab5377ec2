import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreRound } from '../../../../src/main/domain/between/pairing-cost';
import { pairingMatrix } from '../../../../src/main/domain/between/pairing-matrix';
import { planRound } from '../../../../src/main/domain/between/pairing-planner';
import { swapMembers } from '../../../../src/main/domain/between/pairing-swap';
import { isImpossible, type HeldRound, type PairingRules, type RoundPlan } from '../../../../src/main/domain/between/pairing-types';
import { scenarioArb } from './brute-force';

const FREE: PairingRules = { neverPair: [], preferDifferentTeams: false, oddMember: 'with-coach' };
const members = ['a', 'b', 'c', 'd', 'e'].map((personId) => ({ personId, team: null }));
const history: HeldRound[] = [
  { groups: [['a', 'b'], ['c', 'd']], withCoach: 'e' },
  { groups: [['a', 'c'], ['b', 'e']], withCoach: 'd' },
];
const plan: RoundPlan = { groups: [['a', 'd'], ['c', 'e']], withCoach: 'b', cost: { rotation: 0, repeats: 0, sameTeam: 0, order: 0 }, reasons: [] };

describe('swapMembers', () => {
  it('reports each pair the swap creates that met before, with how often and how recently', () => {
    // d <-> e: a-e is fresh, c-d met in the first of two rounds.
    const { plan: swapped, introducedRepeats, brokenNeverPair } = swapMembers(plan, 'd', 'e', members, history, FREE);
    expect(swapped.groups).toEqual([['a', 'e'], ['c', 'd']]);
    expect(introducedRepeats).toEqual([{ personIds: ['c', 'd'], timesMet: 1, lastRoundsAgo: 2 }]);
    expect(brokenNeverPair).toEqual([]);
    expect(swapped.cost).toEqual(scoreRound(members, history, FREE, swapped.groups, 'b'));
    expect(swapped.reasons[0]).toEqual({ kind: 'swapped-by-coach', personIds: ['d', 'e'] });
  });

  it('can swap the member with the coach into a pair', () => {
    const { plan: swapped, introducedRepeats } = swapMembers(plan, 'b', 'c', members, history, FREE);
    expect(swapped.withCoach).toBe('c');
    expect(swapped.groups).toEqual([['a', 'd'], ['b', 'e']]);
    expect(introducedRepeats).toEqual([{ personIds: ['b', 'e'], timesMet: 1, lastRoundsAgo: 1 }]);
    expect(swapped.reasons).toContainEqual({ kind: 'with-coach', personId: 'c', timesBefore: 0, lastRoundsAgo: null, fewestAmongRound: true });
  });

  it('swapping two people in the same group changes nothing and introduces nothing', () => {
    const { plan: swapped, introducedRepeats } = swapMembers(plan, 'a', 'd', members, history, FREE);
    expect(swapped.groups).toEqual(plan.groups);
    expect(introducedRepeats).toEqual([]);
  });

  it('tells the coach when a swap breaks a never-pair rule', () => {
    const rules = { ...FREE, neverPair: [['e', 'a'] as const] };
    expect(swapMembers(plan, 'd', 'e', members, history, rules).brokenNeverPair).toEqual([['a', 'e']]);
  });

  it('refuses a person who is not in the plan', () => {
    expect(() => swapMembers(plan, 'a', 'zz', members, history, FREE)).toThrow(RangeError);
  });

  it('over random rounds: the introduced repeats are exactly the new pairs the matrix shows as met', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 9 }).chain((n) => fc.tuple(scenarioArb(n, n % 2 ? 'triad' : 'with-coach'), fc.nat(), fc.nat())), ([s, i, j]) => {
        const planned = planRound(s.members, s.history, s.rules);
        if (isImpossible(planned)) return;
        const ids = s.members.map((m) => m.personId);
        const [a, b] = [ids[i % ids.length]!, ids[j % ids.length]!];
        const { plan: swapped, introducedRepeats } = swapMembers(planned, a, b, s.members, s.history, s.rules);
        const matrix = pairingMatrix(s.history, ids);
        const met = (x: string, y: string): number => {
          const cell = matrix.cells[ids.indexOf(x)]![ids.indexOf(y)]!;
          return cell.asPair + cell.inTriad;
        };
        const together = (p: RoundPlan, x: string, y: string): boolean => p.groups.some((g) => g.includes(x) && g.includes(y));
        const expected = swapped.groups
          .flatMap((g) => g.flatMap((x, k) => g.slice(k + 1).map((y) => [x, y] as const)))
          .filter(([x, y]) => !together(planned, x, y) && met(x, y) > 0)
          .map(([x, y]) => [x, y, met(x, y)]);
        expect(introducedRepeats.map((r) => [...r.personIds, r.timesMet])).toEqual(expected);
        const placed = (p: RoundPlan): string[] => [...p.groups.flat(), ...(p.withCoach === null ? [] : [p.withCoach])].sort();
        expect(placed(swapped)).toEqual(placed(planned));
        const sizes = (p: RoundPlan): number[] => p.groups.map((g) => g.length).sort((x, y) => x - y);
        expect(sizes(swapped)).toEqual(sizes(planned));
        expect(swapped.cost).toEqual(scoreRound(s.members, s.history, s.rules, swapped.groups, swapped.withCoach));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
