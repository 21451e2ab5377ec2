import { describe, expect, it } from 'vitest';
import { addDaysToDate, addMonthsToDate, plannedEndDate, todayIn } from '../../../../src/shared/calendar/days';

describe('todayIn', () => {
  it('gives the calendar day in the named zone, not the machine zone', () => {
    const now = new Date('2026-03-15T12:30:00.000Z');
    expect(todayIn('UTC', now)).toBe('2026-03-15');
    expect(todayIn('Pacific/Auckland', now)).toBe('2026-03-16'); // 01:30 NZDT
    expect(todayIn('America/Los_Angeles', new Date('2026-03-15T06:00:00.000Z'))).toBe('2026-03-14');
  });

  it('handles the instant a zone crosses midnight', () => {
    expect(todayIn('Europe/London', new Date('2026-06-30T22:59:59.999Z'))).toBe('2026-06-30');
    expect(todayIn('Europe/London', new Date('2026-06-30T23:00:00.000Z'))).toBe('2026-07-01');
  });
});

describe('plain date arithmetic', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-03-29', 12)).toBe('2027-03-29');
  });

  it('adds days across a daylight-saving change without drifting', () => {
    expect(addDaysToDate('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysToDate('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDaysToDate('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('works out a planned end from a date or a duration', () => {
    expect(plannedEndDate('2026-01-10', { type: 'date', endDate: '2026-07-01' })).toBe('2026-07-01');
    expect(plannedEndDate('2026-01-10', { type: 'duration', months: 6 })).toBe('2026-07-10');
    expect(plannedEndDate('2026-08-31', { type: 'duration', months: 6 })).toBe('2027-02-28');
  });
});
