import { describe, expect, it } from 'vitest';
import {
  endsBeforeItStarts,
  isActiveOn,
  isCurrentOrUpcomingOn,
  isUpcomingOn,
  periodsOverlap,
  type Period,
} from '../../../../src/shared/calendar/periods';

const m = (_id: string, _personId: string, joinedOn: string, leftOn: string | null): Period => ({ joinedOn, leftOn });

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
  });
});

describe('period rules', () => {
  it('treats only an end before the start as damaged data, so older files with a same-day leaving stay valid', () => {
    expect(endsBeforeItStarts(m('a', 'p', '2026-02-01', '2026-01-31'))).toBe(true);
    expect(endsBeforeItStarts(m('a', 'p', '2026-02-01', '2026-02-01'))).toBe(false);
    expect(endsBeforeItStarts(m('a', 'p', '2026-02-01', null))).toBe(false);
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
});
