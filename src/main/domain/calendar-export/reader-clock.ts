import { localTimeAt } from '../../../shared/calendar/zoned';

// An instant as the reader of an invitation sees it on their own clock, in
// the few English forms the invitation text uses ("Tue 12 Jan 2027, 13:00").
// Read from the app's own zone rules, never from the machine's zone; written
// out here rather than through date-fns' format on a TZDate, which costs a
// zone lookup per field (measured: most of the time of 2,600 invitation texts).

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export interface ClockReading {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:mm' */
  time: string;
  year: number;
  /** 'Jan' … 'Dec' */
  month: string;
  day: number;
  /** 'Mon' … 'Sun' */
  weekday: string;
}

const readings = new Map<string, ClockReading>();

/** The reading of `instant` in `zone`; throws on an instant that is not one, as date-fns did. */
export function readClock(instant: string, zone: string): ClockReading {
  const key = `${zone} ${instant}`;
  const known = readings.get(key);
  if (known !== undefined) return known;
  if (Number.isNaN(Date.parse(instant))) throw new RangeError(`Not an instant: ${JSON.stringify(instant)}`);
  const local = localTimeAt(instant, zone);
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const reading: ClockReading = {
    date: local.date,
    time: local.time,
    year,
    month: MONTHS[month - 1]!,
    day,
    weekday: WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!,
  };
  if (readings.size > 100_000) readings.clear();
  readings.set(key, reading);
  return reading;
}

/** "Tue 12 Jan 2027, 13:00" */
export const dayAndTime = (r: ClockReading): string => `${r.weekday} ${r.day} ${r.month} ${r.year}, ${r.time}`;
/** "Tue 12 Jan, 13:00" */
export const shortDayAndTime = (r: ClockReading): string => `${r.weekday} ${r.day} ${r.month}, ${r.time}`;
/** "12 Jan" */
export const dayAndMonth = (r: ClockReading): string => `${r.day} ${r.month}`;
/** "Jan 2027" */
export const monthAndYear = (r: ClockReading): string => `${r.month} ${r.year}`;
