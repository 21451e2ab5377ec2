import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../src/shared/entities';
import {
  activeMemberships,
  endsBeforeItStarts,
  isActiveOn,
  isCurrentOrUpcomingOn,
  isUpcomingOn,
  joiningDateProblem,
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
  it('refuses a leaving date on or before the joining date: a membership lasts at least a day', () => {
    const message = 'The leaving date must be after the joining date (1 Feb 2026): a membership lasts at least one day.';
    expect(leavingDateProblem('2026-02-01', '2026-01-31')).toBe(message);
    expect(leavingDateProblem('2026-02-01', '2026-02-01')).toBe(message);
    expect(leavingDateProblem('2026-02-01', '2026-02-02')).toBeNull();
  });

  it('treats only an end before the start as damaged data, so older files with a same-day leaving stay valid', () => {
    expect(endsBeforeItStarts(m('a', 'p', '2026-02-01', '2026-01-31'))).toBe(true);
    expect(endsBeforeItStarts(m('a', 'p', '2026-02-01', '2026-02-01'))).toBe(false);
    expect(endsBeforeItStarts(m('a', 'p', '2026-02-01', null))).toBe(false);
  });

  it('refuses joining after the planned end, allows the last day itself', () => {
    expect(joiningDateProblem('2027-01-11', '2027-01-10')).toBe(
      'The group is planned to end on 10 Jan 2027, so nobody can join after that.',
    );
    expect(joiningDateProblem('2027-01-10', '2027-01-10')).toBeNull();
  });

  it('tells members about to join from current and past ones', () => {
    const later = m('a', 'p', '2026-04-01', null);
    expect([isActiveOn(later, '2026-03-15'), isUpcomingOn(later, '2026-03-15'), isCurrentOrUpcomingOn(later, '2026-03-15')]).toEqual([false, true, true]);
    const past = m('b', 'p', '2026-01-01', '2026-03-01');
    expect([isUpcomingOn(past, '2026-03-15'), isCurrentOrUpcomingOn(past, '2026-03-15')]).toEqual([false, false]);
    expect(isCurrentOrUpcomingOn(m('c', 'p', '2026-01-01', '2026-04-01'), '2026-03-15')).toBe(true);
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
