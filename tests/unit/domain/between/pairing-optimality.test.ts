import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCost, scoreRound } from '../../../../src/main/domain/between/pairing-cost';
import { planRound } from '../../../../src/main/domain/between/pairing-planner';
import { isImpossible, type OddMemberPolicy } from '../../../../src/main/domain/between/pairing-types';
import { bruteBest, respectsNeverPair, scenarioArb } from './brute-force';

// Optimality against the brute force, for every size 2..10 and both odd
// policies, over random histories (with leavers), never-pair rules and teams.

const POLICIES: OddMemberPolicy[] = ['triad', 'with-coach'];
const SIZES = [2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('planRound is optimal', () => {
  for (const policy of POLICIES) {
    for (const size of SIZES) {
      it(`${size} members, odd policy ${policy}: no grouping is cheaper, and the cost is the plan's true cost`, () => {
        fc.assert(
          fc.property(scenarioArb(size, policy), ({ members, history, rules }) => {
            const plan = planRound(members, history, rules);
            const best = bruteBest(members, history, rules);
            if (best === null) {
              expect(isImpossible(plan)).toBe(true);
              return;
            }
            if (isImpossible(plan)) throw new Error(`planner gave up where ${JSON.stringify(best.grouping)} exists`);
            expect(compareCost(plan.cost, best.cost)).toBe(0);
            expect(scoreRound(members, history, rules, plan.groups, plan.withCoach)).toEqual(plan.cost);
            expect(respectsNeverPair(plan, rules)).toBe(true);
            const placed = [...plan.groups.flat(), ...(plan.withCoach === null ? [] : [plan.withCoach])].sort();
            expect(placed).toEqual(members.map((m) => m.personId).sort());
            expect(plan.groups.every((g) => g.length === 2 || (g.length === 3 && policy === 'triad'))).toBe(true);
          }),
          { seed: 42, numRuns: size <= 8 ? 60 : 25 },
        );
      });
    }
  }
});
