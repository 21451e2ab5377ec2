import { describe, expect, it } from 'vitest';
import { monthGrid, shiftMonth } from '../../../../src/shared/calendar/month-grid';

describe('monthGrid', () => {
  it('covers the month in whole weeks, Monday first', () => {
    const { weeks } = monthGrid('2026-02');
    expect(weeks.map((w) => `${w[0]}..${w[6]}`)).toEqual([
      '2026-01-26..2026-02-01', '2026-02-02..2026-02-08', '2026-02-09..2026-02-15', '2026-02-16..2026-02-22', '2026-02-23..2026-03-01',
    ]);
  });

  it('can start weeks on Sunday, and needs six rows for a long month starting late in the week', () => {
    expect(monthGrid('2026-02', 7).weeks).toHaveLength(4);
    expect(monthGrid('2026-08').weeks).toHaveLength(6); // 1 August 2026 is a Saturday, the 31st a Monday
  });

  it('moves between months across years, and refuses what is not a month', () => {
    expect([shiftMonth('2026-12', 1), shiftMonth('2026-01', -1), shiftMonth('2026-05', 12)]).toEqual(['2027-01', '2025-12', '2027-05']);
    expect(() => monthGrid('2026-13')).toThrow('Not a month: 2026-13 (use YYYY-MM).');
  });
});
