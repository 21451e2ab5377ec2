import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../src/shared/entities';
import {
  activeMemberships,
  joiningDateProblem,
  leavingDateProblem,
  overlappingMembership,
  planRejoin,
} from '../../../src/main/domain/membership';

const m = (id: string, personId: string, joinedOn: string, leftOn: string | null): Membership => ({
  id,
  personId,
  joinedOn,
  leftOn,
  goal: null,
});

describe('activeMemberships', () => {
  it('keeps the memberships active on the day', () => {
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

  it('refuses joining after the planned end, allows the last day itself', () => {
    expect(joiningDateProblem('2027-01-11', '2027-01-10')).toBe(
      'The group is planned to end on 10 Jan 2027, so nobody can join after that.',
    );
    expect(joiningDateProblem('2027-01-10', '2027-01-10')).toBeNull();
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
