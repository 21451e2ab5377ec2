import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCost, scoreRound, weightOfAges } from '../../../../src/main/domain/between/pairing-cost';
import { describeImpossible, describeRound } from '../../../../src/main/domain/between/pairing-explain';
import { planRound } from '../../../../src/main/domain/between/pairing-planner';
import { isImpossible, type HeldRound, type PairingCost, type PairingRules, type RoundPlan } from '../../../../src/main/domain/between/pairing-types';
import { allGroupings, respectsNeverPair, scenarioArb, type Scenario } from './brute-force';

// Every reason must be a true statement, checked from the history and the
// brute force rather than from the planner's own tables.

const agesTogether = (history: readonly HeldRound[], a: string, b: string): number[] =>
  history.flatMap((r, k) => (r.groups.some((g) => g.includes(a) && g.includes(b)) ? [history.length - k] : []));

function bestWithTogether(s: Scenario, x: string, c: string): PairingCost | null {
  let best: PairingCost | null = null;
  const policy = s.members.length === 1 ? 'with-coach' : s.rules.oddMember;
  for (const g of allGroupings(s.members.map((m) => m.personId), policy)) {
    if (!respectsNeverPair(g, s.rules) || !g.groups.some((group) => group.includes(x) && group.includes(c))) continue;
    const cost = scoreRound(s.members, s.history, s.rules, g.groups, g.withCoach);
    if (best === null || compareCost(cost, best) < 0) best = cost;
  }
  return best;
}

function checkReasons(s: Scenario, plan: RoundPlan): void {
  const ids = s.members.map((m) => m.personId);
  const groupOf = (id: string): string[] => plan.groups.find((g) => g.includes(id)) ?? [];
  const H = s.history.length;
  for (const reason of plan.reasons) {
    if (reason.kind === 'first-pairing') {
      expect(agesTogether(s.history, ...reason.personIds)).toEqual([]);
      const [p, q] = reason.personIds.map((id) => s.members.find((m) => m.personId === id)!.team);
      expect(reason.sameTeam).toBe(s.rules.preferDifferentTeams && p !== null && q !== null ? p === q : null);
    }
    if (reason.kind === 'with-coach') {
      const times = (id: string): number => s.history.filter((r) => r.withCoach === id).length;
      expect(plan.withCoach).toBe(reason.personId);
      expect(reason.timesBefore).toBe(times(reason.personId));
      expect(reason.fewestAmongRound).toBe(ids.every((id) => times(id) >= reason.timesBefore));
    }
    if (reason.kind === 'triad') {
      reason.personIds.forEach((id, i) => expect(reason.timesBefore[i]).toBe(s.history.filter((r) => r.groups.some((g) => g.length === 3 && g.includes(id))).length));
    }
    if (reason.kind !== 'repeat') continue;
    const [a, b] = reason.personIds;
    const ages = agesTogether(s.history, a, b);
    expect(reason.timesMet).toBe(ages.length);
    expect(reason.lastRoundsAgo).toBe(Math.min(...ages));
    const chosen = weightOfAges(ages, H);
    // Complete: every cheaper partner in the round, outside the group, is named.
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const cheaper = ids.filter((c) => c !== x && c !== y && !groupOf(x).includes(c) && weightOfAges(agesTogether(s.history, x, c), H) < chosen);
      const named = reason.passedOver!.filter((p) => p.personId === x && p.because !== 'absent').map((p) => p.partnerId);
      expect(named.sort()).toEqual(cheaper.sort());
    }
    for (const p of reason.passedOver!) {
      expect(weightOfAges(agesTogether(s.history, p.personId, p.partnerId), H)).toBeLessThan(chosen);
      if (p.because === 'never-pair') expect(s.rules.neverPair.some(([u, v]) => (u === p.personId && v === p.partnerId) || (v === p.personId && u === p.partnerId))).toBe(true);
      if (p.because === 'absent') {
        expect(ids).not.toContain(p.partnerId);
        expect(s.history[H - 1]!.groups.flat().concat(s.history[H - 1]!.withCoach ?? [])).toContain(p.partnerId);
      }
      if (p.because !== 'taken') continue;
      expect(p.takenBy).toEqual(groupOf(p.partnerId).filter((id) => id !== p.partnerId));
      const alternative = bestWithTogether(s, p.personId, p.partnerId);
      if (alternative === null) {
        expect(p.worseOn).toBe('no-valid-grouping');
        continue;
      }
      expect(compareCost(alternative, plan.cost)).toBeGreaterThanOrEqual(0);
      const tier = (['rotation', 'repeats', 'sameTeam'] as const).find((t) => alternative[t] !== plan.cost[t]);
      expect(p.worseOn).toBe(tier ?? 'tie');
    }
  }
}

describe('reasons are true', () => {
  for (const policy of ['triad', 'with-coach'] as const) {
    it(`over random rounds of 2 to 8 members, odd policy ${policy}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 8 }).chain((n) => scenarioArb(n, policy)), (s) => {
          const plan = planRound(s.members, s.history, s.rules);
          if (isImpossible(plan)) return;
          checkReasons(s, plan);
          // One reason per pair inside every group, plus the odd role.
          const pairs = plan.groups.reduce((sum, g) => sum + (g.length * (g.length - 1)) / 2, 0);
          const odd = plan.groups.some((g) => g.length === 3) || plan.withCoach !== null ? 1 : 0;
          expect(plan.reasons).toHaveLength(s.members.length === 1 ? 1 : pairs + odd);
          expect(describeRound(plan, (id) => id.toUpperCase())).toHaveLength(plan.reasons.length);
        }),
        { seed: 42, numRuns: 150 },
      );
    });
  }
});

describe('describeRound', () => {
  const names: Record<string, string> = { t: 'Tomás', y: 'Yuki', a: 'Amara', r: 'Raj', l: 'Lee' };
  const nameOf = (id: string): string => names[id] ?? id;
  const rules: PairingRules = { neverPair: [['t', 'a']], preferDifferentTeams: false, oddMember: 'with-coach' };
  const member = (personId: string) => ({ personId, team: null });

  it('says who have not been paired yet', () => {
    const plan = planRound(['a', 'r'].map(member), [], rules) as RoundPlan;
    expect(describeRound(plan, nameOf)).toEqual(['Amara and Raj have not been paired yet.']);
  });

  it('explains a repeat by the rule, the taken partner and the absent one', () => {
    const history: HeldRound[] = [
      { groups: [['t', 'y'], ['a', 'r']], withCoach: null },
      { groups: [['r', 't'], ['a', 'y']], withCoach: 'l' },
    ];
    const plan = planRound(['t', 'y', 'a', 'r'].map(member), history, rules) as RoundPlan;
    expect(plan.groups).toEqual([['a', 'r'], ['t', 'y']]);
    expect(describeRound(plan, nameOf)).toEqual([
      'Amara meets Raj again (2nd time, last 2 rounds ago): Amara is never paired with Tomás; Yuki is already paired, and the never-pair rules allow no other grouping; Lee is away this round.',
      'Tomás meets Yuki again (2nd time, last 2 rounds ago): Tomás is never paired with Amara; Raj is already paired, and the never-pair rules allow no other grouping; Lee is away this round.',
    ]);
  });

  it('explains a repeat whose fresher partners are taken by a better overall pairing', () => {
    // Every pairing of the four repeats someone: t-y (3 rounds ago) is the oldest repeat on offer.
    const history: HeldRound[] = [
      { groups: [['t', 'y'], ['a', 'l']], withCoach: 'r' },
      { groups: [['y', 'r'], ['a', 'l']], withCoach: 't' },
      { groups: [['t', 'r'], ['y', 'l']], withCoach: 'a' },
    ];
    const plan = planRound(['t', 'y', 'a', 'r'].map(member), history, { ...rules, neverPair: [] }) as RoundPlan;
    expect(describeRound(plan, nameOf)).toEqual([
      'Amara and Raj have not been paired yet.',
      'Tomás meets Yuki again (2nd time, last 3 rounds ago): Amara is already paired, and pairing them differently would mean more repeats; Lee is away this round.',
    ]);
  });

  it('gathers the partners taken on the same count into one clause', () => {
    const history: HeldRound[] = [
      { groups: [['n', 'l'], ['y', 't']], withCoach: null },
      { groups: [['k', 'r', 'y'], ['n', 'l']], withCoach: null },
      { groups: [['l', 'k'], ['y', 'a']], withCoach: null },
    ];
    const plan = planRound(['t', 'y', 'a', 'r'].map(member), history, { ...rules, neverPair: [] }) as RoundPlan;
    expect(describeRound(plan, (id) => ({ ...names, k: 'Kofi', n: 'Noor' })[id] ?? id)).toEqual([
      'Amara and Raj have not been paired yet.',
      'Tomás meets Yuki again (2nd time, last 3 rounds ago): Amara and Raj are already paired, and pairing them differently would mean more repeats; Kofi and Lee are away this round.',
    ]);
  });

  it('explains the 1:1 with the coach coming round again, and a repeat with no fresher partner', () => {
    const history: HeldRound[] = [
      { groups: [['t', 'y']], withCoach: 'a' },
      { groups: [['y', 'a']], withCoach: 't' },
      { groups: [['t', 'a']], withCoach: 'y' },
    ];
    const plan = planRound(['t', 'y', 'a'].map(member), history, rules) as RoundPlan;
    expect(describeRound(plan, nameOf)).toEqual([
      'Tomás meets Yuki again (2nd time, last 3 rounds ago): neither has anyone in this round they have met less.',
      'Amara meets the coach this round (their 1:1) again, last 3 rounds ago: nobody in this round has had fewer.',
    ]);
  });

  it('names a three and a hand swap', () => {
    const plan = planRound(['t', 'y', 'a'].map(member), [], { ...rules, neverPair: [], oddMember: 'triad' }) as RoundPlan;
    expect(describeRound(plan, nameOf)[0]).toBe("Amara, Tomás and Yuki are this round's triad, none of them in one before.");
    expect(describeRound({ ...plan, reasons: [{ kind: 'swapped-by-coach', personIds: ['a', 't'] }] }, nameOf)).toEqual(['The coach swapped Amara and Tomás by hand.']);
  });

  it('explains the impossible', () => {
    const result = planRound(['t', 'a'].map(member), [], rules);
    expect(isImpossible(result) && describeImpossible(result, nameOf)).toBe('No pairing is possible: the never-pair rules between Amara and Tomás leave no way to group everyone.');
  });
});
