import { addDaysToDate, isoWeekday } from './days';

// The days a month view shows: whole weeks from the week holding the 1st to the
// week holding the last day, so the grid has 4 to 6 rows. Plain calendar days,
// so the grid is the same in every zone; placing meetings on them is the zone's
// business (see domain/meetings/month-view.ts).

export interface MonthGrid {
  /** 'YYYY-MM'. */
  month: string;
  /** Each week's seven days, 'YYYY-MM-DD'. */
  weeks: string[][];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (month: string): boolean => MONTH.test(month);

/** The month after (or, with -1, before) `month`. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `weekStartsOn`: 1 for Monday (ISO, the default), 7 for Sunday. */
export function monthGrid(month: string, weekStartsOn: 1 | 7 = 1): MonthGrid {
  if (!isMonth(month)) throw new RangeError(`Not a month: ${month} (use YYYY-MM).`);
  const first = `${month}-01`;
  const last = addDaysToDate(`${shiftMonth(month, 1)}-01`, -1);
  let day = addDaysToDate(first, -((isoWeekday(first) - weekStartsOn + 7) % 7));
  const weeks: string[][] = [];
  while (day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push(day);
      day = addDaysToDate(day, 1);
    }
    weeks.push(week);
  }
  return { month, weeks };
}
