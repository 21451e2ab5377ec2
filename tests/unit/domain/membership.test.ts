import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../src/shared/entities';
import {
  activeMemberships,
  isActiveOn,
  leavingDateProblem,
  overlappingMembership,
  periodsOverlap,
  planRejoin,
} from '../../../src/main/domain/membership';

const m = (id: string, personId: string, joinedOn: string, leftOn: string | null): Membership => ({
  id,
  personId,
  joinedOn,
  leftOn,
  goal: null,
});

describe('isActiveOn', () => {
  it('counts the joining day and not the leaving day', () => {
    const membership = m('a', 'p', '2026-01-10', '2026-03-01');
    expect(isActiveOn(membership, '2026-01-09')).toBe(false);
    expect(isActiveOn(membership, '2026-01-10')).toBe(true);
    expect(isActiveOn(membership, '2026-02-28')).toBe(true);
    expect(isActiveOn(membership, '2026-03-01')).toBe(false);
  });

  it('keeps an open membership active from its start onwards', () => {
    expect(isActiveOn(m('a', 'p', '2026-01-10', null), '2030-01-01')).toBe(true);
    expect(activeMemberships([m('a', 'p', '2026-01-10', null), m('b', 'q', '2026-05-01', null)], '2026-03-01')).toHaveLength(1);
  });
});

describe('membership rules', () => {
  it('refuses a leaving date before the joining date, allows the same day', () => {
    expect(leavingDateProblem('2026-02-01', '2026-01-31')).toMatch(/on or after the joining date \(2026-02-01\)/);
    expect(leavingDateProblem('2026-02-01', '2026-02-01')).toBeNull();
  });

  it('detects overlapping periods, treating the leaving day as free', () => {
    expect(periodsOverlap(m('a', 'p', '2026-01-01', '2026-03-01'), m('b', 'p', '2026-03-01', null))).toBe(false);
    expect(periodsOverlap(m('a', 'p', '2026-01-01', '2026-03-01'), m('b', 'p', '2026-02-28', null))).toBe(true);
    expect(periodsOverlap(m('a', 'p', '2026-01-01', null), m('b', 'p', '2025-01-01', '2025-06-01'))).toBe(false);
    expect(periodsOverlap(m('a', 'p', '2026-01-01', null), m('b', 'p', '2027-01-01', null))).toBe(true);
  });

  it('only compares a person with their own memberships, and not with itself', () => {
    const list = [m('a', 'p', '2026-01-01', null), m('b', 'q', '2026-01-01', null)];
    expect(overlappingMembership(list, { personId: 'r', joinedOn: '2026-01-01', leftOn: null })).toBeUndefined();
    expect(overlappingMembership(list, { personId: 'p', joinedOn: '2026-02-01', leftOn: null })?.id).toBe('a');
    expect(overlappingMembership(list, { id: 'a', personId: 'p', joinedOn: '2026-01-01', leftOn: '2026-02-01' })).toBeUndefined();
  });

  it('plans a rejoin: cancel a leaving still ahead, otherwise a new period from today', () => {
    expect(planRejoin(m('a', 'p', '2026-01-01', null), '2026-03-15')).toEqual({ kind: 'still-member' });
    expect(planRejoin(m('a', 'p', '2026-01-01', '2026-04-01'), '2026-03-15')).toEqual({ kind: 'cancel-leaving' });
    expect(planRejoin(m('a', 'p', '2026-01-01', '2026-03-15'), '2026-03-15')).toEqual({
      kind: 'new-membership',
      joinedOn: '2026-03-15',
    });
  });
});
