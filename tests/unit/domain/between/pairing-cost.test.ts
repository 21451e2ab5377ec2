import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCost, occurrencesIn, recencyWeight, scoreRound, weightOfAges } from '../../../../src/main/domain/between/pairing-cost';
import type { HeldRound, PairingMember } from '../../../../src/main/domain/between/pairing-types';

const rounds = (n: number): HeldRound[] => Array.from({ length: n }, () => ({ groups: [], withCoach: null }));

describe('the cost of a pairing', () => {
  it('a more recent repeat costs more than an older one', () => {
    for (const H of [1, 2, 12, 120]) for (let age = 1; age < H; age += 1) expect(recencyWeight(age, H)).toBeGreaterThan(recencyWeight(age + 1, H));
  });

  it('meeting more often always costs more, whatever the recency, up to a whole round of 10 pairs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }).chain((H) => fc.tuple(fc.constant(H), fc.array(fc.integer({ min: 1, max: H }), { maxLength: 10 * H }), fc.array(fc.integer({ min: 1, max: H }), { maxLength: 10 * H }))), ([H, few, many]) => {
        if (few.length === many.length) return;
        const [lo, hi] = few.length < many.length ? [few, many] : [many, few];
        expect(weightOfAges(lo, H)).toBeLessThan(weightOfAges(hi, H));
        expect(occurrencesIn(weightOfAges(hi, H), H)).toBe(hi.length);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('tiers: the odd role outranks repeats, repeats outrank same-team pairs, and the order tier only breaks ties', () => {
    expect(compareCost({ rotation: 1, repeats: 0, sameTeam: 0, order: 0 }, { rotation: 0, repeats: 1e9, sameTeam: 9, order: 99 })).toBeGreaterThan(0);
    expect(compareCost({ rotation: 0, repeats: 1, sameTeam: 0, order: 0 }, { rotation: 0, repeats: 0, sameTeam: 9, order: 99 })).toBeGreaterThan(0);
    expect(compareCost({ rotation: 0, repeats: 0, sameTeam: 1, order: 0 }, { rotation: 0, repeats: 0, sameTeam: 0, order: 99 })).toBeGreaterThan(0);
    expect(compareCost({ rotation: 0, repeats: 0, sameTeam: 0, order: 2 }, { rotation: 0, repeats: 0, sameTeam: 0, order: 2 })).toBe(0);
  });

  it('scores a plan from the history: pairs and threes repeat, the odd roles rotate, teams count when preferred', () => {
    const members: PairingMember[] = [
      { personId: 'a', team: 'x' },
      { personId: 'b', team: 'x' },
      { personId: 'c', team: null },
      { personId: 'd', team: null },
      { personId: 'e', team: 'y' },
    ];
    const history: HeldRound[] = [{ groups: [['a', 'b', 'c'], ['d', 'e']], withCoach: null }, { groups: [['a', 'd']], withCoach: 'e' }];
    const w = (age: number): number => recencyWeight(age, 2);
    const triad = scoreRound(members, history, { preferDifferentTeams: true }, [['a', 'b', 'c'], ['d', 'e']], null);
    expect(triad.repeats).toBe(3 * w(2) + w(2));
    expect(triad.rotation).toBe(3 * w(2));
    expect(triad.sameTeam).toBe(1);
    const coach = scoreRound(members, history, { preferDifferentTeams: false }, [['a', 'd'], ['b', 'c']], 'e');
    expect(coach).toMatchObject({ rotation: w(1), repeats: w(1) + w(2), sameTeam: 0 });
    expect(scoreRound(members, rounds(3), { preferDifferentTeams: true }, [['c', 'd']], null).sameTeam).toBe(0);
  });
});
