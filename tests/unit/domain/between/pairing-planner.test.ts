import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRound, planRounds } from '../../../../src/main/domain/between/pairing-planner';
import { isImpossible, type HeldRound, type PairingRules } from '../../../../src/main/domain/between/pairing-types';
import { scenarioArb } from './brute-force';
import { FREE, meetings, pairKey, people, plansOf } from './planner-support';

describe('round robin', () => {
  for (const n of [2, 4, 6, 8, 10, 12]) {
    it(`${n} members: n-1 rounds in which everyone meets everyone exactly once, whatever the ids and their order`, () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: n, maxLength: n }), (ids) => {
          const members = ids.map((personId) => ({ personId, team: null }));
          const plans = plansOf(planRounds(Array.from({ length: n - 1 }, () => members), [], FREE));
          const met = meetings(plans);
          expect(met.size).toBe((n * (n - 1)) / 2);
          expect([...met.values()].every((v) => v === 1)).toBe(true);
          expect(plans.every((p) => p.withCoach === null && p.groups.every((g) => g.length === 2))).toBe(true);
        }),
        { seed: 42, numRuns: 15 },
      );
    });

    it(`${n} members: a longer programme goes round again, so after k cycles every pair has met k times`, () => {
      const plans = plansOf(planRounds(Array.from({ length: 3 * (n - 1) }, () => people(n)), [], FREE));
      for (const k of [1, 2, 3]) expect(new Set(meetings(plans.slice(0, k * (n - 1))).values())).toEqual(new Set([k]));
    });
  }
});

describe('determinism', () => {
  it('the same inputs in any order give the identical plan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }).chain((n) => fc.tuple(scenarioArb(n, n % 3 === 0 ? 'triad' : 'with-coach'), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }))),
        ([{ members, history, rules }, keys]) => {
          const shuffled = members.map((m, i) => ({ m, k: keys[i % keys.length]! * 31 + i })).sort((a, b) => a.k - b.k).map(({ m }) => m);
          const flipped: PairingRules = { ...rules, neverPair: [...rules.neverPair].reverse().map(([a, b]) => [b, a] as const) };
          expect(planRound(shuffled, history, flipped)).toEqual(planRound(members, history, rules));
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });
});

describe('constraints', () => {
  it('a never-pair rule holds in every round of a programme, even when it forces repeats', () => {
    const members = people(6);
    const rules: PairingRules = { ...FREE, neverPair: [['p00', 'p01'], ['p02', 'p03']] };
    for (const plan of plansOf(planRounds(Array.from({ length: 12 }, () => members), [], rules))) {
      for (const g of plan.groups) expect(g.includes('p00') && g.includes('p01')).toBe(false);
      for (const g of plan.groups) expect(g.includes('p02') && g.includes('p03')).toBe(false);
    }
  });

  it('prefers partners from different teams when that costs no repeat', () => {
    // Sorted ids put a1 with b2 and a2 with b1 in the round-robin's first round: both same-team.
    const members = [
      { personId: 'a1', team: 'sales' },
      { personId: 'a2', team: 'ops' },
      { personId: 'b1', team: 'ops' },
      { personId: 'b2', team: 'sales' },
    ];
    const plain = plansOf([planRound(members, [], FREE)])[0]!;
    expect(plain.groups).toEqual([['a1', 'b2'], ['a2', 'b1']]);
    const plan = plansOf([planRound(members, [], { ...FREE, preferDifferentTeams: true })])[0]!;
    const team = new Map(members.map((m) => [m.personId, m.team]));
    expect(plan.groups.every(([x, y]) => team.get(x!) !== team.get(y!))).toBe(true);
    expect(plan.cost.sameTeam).toBe(0);
    expect(plan.reasons.every((r) => r.kind === 'first-pairing' && r.sameTeam === false)).toBe(true);
  });

  it('a same-team pair is still better than any repeat', () => {
    const members = [
      { personId: 'a1', team: 'sales' },
      { personId: 'a2', team: 'sales' },
      { personId: 'b1', team: 'ops' },
      { personId: 'b2', team: 'ops' },
    ];
    const history: HeldRound[] = [
      { groups: [['a1', 'b1'], ['a2', 'b2']], withCoach: null },
      { groups: [['a1', 'b2'], ['a2', 'b1']], withCoach: null },
    ];
    const plan = plansOf([planRound(members, history, { ...FREE, preferDifferentTeams: true })])[0]!;
    expect(plan.groups).toEqual([['a1', 'a2'], ['b1', 'b2']]);
    expect(plan.cost.repeats).toBe(0);
  });

  it('two members who must never be paired cannot be paired, and the reason says so', () => {
    const result = planRound(people(2), [], { ...FREE, neverPair: [['p01', 'p00']] });
    expect(result).toEqual({ impossible: true, reason: 'never-pair', personIds: ['p00', 'p01'] });
  });

  it('absent members are simply left out of the round', () => {
    const plan = plansOf([planRound(people(5).filter((m) => m.personId !== 'p02'), [], FREE)])[0]!;
    expect(plan.groups.flat().sort()).toEqual(['p00', 'p01', 'p03', 'p04']);
  });
});

describe('sizes at the edges', () => {
  it('no members: an empty round', () => {
    expect(planRound([], [], FREE)).toEqual({ groups: [], withCoach: null, cost: { rotation: 0, repeats: 0, sameTeam: 0, order: 0 }, reasons: [] });
  });
  it('one member meets the coach, under either policy', () => {
    for (const oddMember of ['triad', 'with-coach'] as const) {
      const plan = plansOf([planRound(people(1), [], { ...FREE, oddMember })])[0]!;
      expect(plan).toMatchObject({ groups: [], withCoach: 'p00', reasons: [{ kind: 'only-member', personId: 'p00' }] });
    }
  });
  it('more members than the exact search takes are refused, not guessed', () => {
    expect(planRound(people(17), [], FREE)).toMatchObject({ impossible: true, reason: 'too-many-members' });
    expect(isImpossible(planRound(people(16), [], FREE))).toBe(false);
  });
  it('a person listed twice is a caller error', () => {
    expect(() => planRound([...people(2), { personId: 'p00', team: null }], [], FREE)).toThrow(RangeError);
  });
});

describe('planning ahead and re-planning', () => {
  it('each planned round is history for the next: the same as planning one round at a time', () => {
    const members = people(7);
    const rules: PairingRules = { ...FREE, oddMember: 'with-coach', neverPair: [['p00', 'p03']] };
    const ahead = plansOf(planRounds(Array.from({ length: 11 }, () => members), [], rules));
    const history: HeldRound[] = [];
    for (const plan of ahead) {
      expect(planRound(members, history, rules)).toEqual(plan);
      history.push({ groups: plan.groups, withCoach: plan.withCoach });
    }
  });

  it('a member leaves mid-way and one joins: re-planning from the held rounds keeps partners fresh', () => {
    const six = people(6);
    const held = plansOf(planRounds([six, six, six], [], FREE)).map((p) => ({ groups: p.groups, withCoach: p.withCoach }));
    // p05 leaves after three rounds; newcomer n00 joins: the rest of the programme is planned again.
    const after = [...six.filter((m) => m.personId !== 'p05'), { personId: 'n00', team: null }];
    const replanned = plansOf(planRounds([after, after, after, after, after], held, FREE));
    expect(replanned).toHaveLength(5);
    const all = [...held, ...replanned];
    // The newcomer meets all five others before meeting anyone twice.
    const partners = replanned.map((p) => p.groups.find((g) => g.includes('n00'))!.find((id) => id !== 'n00')!);
    expect(new Set(partners).size).toBe(5);
    expect(replanned.every((p) => !p.groups.flat().includes('p05'))).toBe(true);
    // The held rounds were input only, and the stayers' earlier pairs count as repeats.
    const stayersMet = meetings(held);
    const fresh = replanned[0]!.groups.filter((g) => !g.includes('n00')).every((g) => !stayersMet.has(pairKey(g[0]!, g[1]!)));
    expect(fresh).toBe(true);
    expect(meetings(all).get(pairKey('p00', 'p05'))).toBe(meetings(held).get(pairKey('p00', 'p05')));
  });

  it('an impossible round is reported in its place and the programme goes on', () => {
    const two = people(2);
    const four = people(4);
    const results = planRounds([four, two, four], [], { ...FREE, neverPair: [['p00', 'p01']] });
    expect(isImpossible(results[0]!)).toBe(false);
    expect(results[1]).toMatchObject({ impossible: true });
    expect(isImpossible(results[2]!)).toBe(false);
  });
});
