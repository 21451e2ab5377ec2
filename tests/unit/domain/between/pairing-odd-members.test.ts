import { describe, expect, it } from 'vitest';
import { planRound, planRounds } from '../../../../src/main/domain/between/pairing-planner';
import { FREE, people, plansOf } from './planner-support';

// Odd-sized rounds: one three or one member with the coach (their 1:1), and
// the odd role going round so nobody has it again while others have not.

describe('odd sizes', () => {
  for (const n of [3, 5, 7, 9]) {
    it(`${n} members with a triad: one three and the rest in pairs`, () => {
      const plan = plansOf([planRound(people(n), [], FREE)])[0]!;
      expect(plan.withCoach).toBeNull();
      expect(plan.groups.map((g) => g.length).sort()).toEqual([...Array<number>((n - 3) / 2).fill(2), 3]);
    });
    it(`${n} members with the coach: one member meets the coach and the rest pair up`, () => {
      const plan = plansOf([planRound(people(n), [], { ...FREE, oddMember: 'with-coach' })])[0]!;
      expect(plan.withCoach).not.toBeNull();
      expect(plan.groups.every((g) => g.length === 2)).toBe(true);
      expect(plan.groups.flat()).not.toContain(plan.withCoach);
    });
  }

  for (const n of [3, 5, 7, 9, 11]) {
    it(`${n} members over ${4 * n} rounds: the odd role rotates fairly both ways`, () => {
      const members = people(n);
      const coach = plansOf(planRounds(Array.from({ length: 4 * n }, () => members), [], { ...FREE, oddMember: 'with-coach' }));
      const counts = new Map(members.map((m) => [m.personId, 0]));
      coach.forEach((plan, r) => {
        const id = plan.withCoach!;
        // Whoever goes has had it no more often than anyone else...
        expect(Math.min(...counts.values())).toBe(counts.get(id));
        // ...and never twice running.
        if (r > 0) expect(coach[r - 1]!.withCoach).not.toBe(id);
        counts.set(id, counts.get(id)! + 1);
      });
      expect(Math.max(...counts.values())).toBe(4);
      expect(Math.min(...counts.values())).toBe(4);

      const triads = plansOf(planRounds(Array.from({ length: 4 * n }, () => members), [], FREE));
      const inTriad = new Map(members.map((m) => [m.personId, 0]));
      for (const plan of triads) {
        for (const id of plan.groups.find((g) => g.length === 3)!) inTriad.set(id, inTriad.get(id)! + 1);
        expect(Math.max(...inTriad.values()) - Math.min(...inTriad.values())).toBeLessThanOrEqual(1);
      }
    });
  }
});

