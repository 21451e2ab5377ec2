import { describe, expect, it } from 'vitest';
import { endLabel, patternLabel } from '../../../../src/shared/calendar/recurrence-labels';

describe('series labels', () => {
  it.each([
    [{ type: 'monthly-weekday', week: 2, weekday: 'TU' }, 'Monthly on the 2nd Tuesday'],
    [{ type: 'monthly-weekday', week: -1, weekday: 'TH' }, 'Monthly on the last Thursday'],
    [{ type: 'monthly-day', day: 1 }, 'Monthly on the 1st'],
    [{ type: 'monthly-day', day: 22 }, 'Monthly on the 22nd'],
    [{ type: 'monthly-day', day: 13 }, 'Monthly on the 13th'],
    [{ type: 'monthly-day', day: 31 }, 'Monthly on the 31st, or the last day of shorter months'],
    [{ type: 'weekly', everyWeeks: 1, weekday: 'MO' }, 'Every week on Monday'],
    [{ type: 'weekly', everyWeeks: 3, weekday: 'WE' }, 'Every 3 weeks on Wednesday'],
  ] as const)('%j reads "%s"', (pattern, label) => {
    expect(patternLabel(pattern)).toBe(label);
  });

  it('says how the series ends', () => {
    expect([endLabel({ type: 'count', count: 1 }), endLabel({ type: 'count', count: 12 }), endLabel({ type: 'until', lastDate: '2027-03-31' })]).toEqual([
      '1 meeting', '12 meetings', 'until 31 Mar 2027',
    ]);
  });
});
