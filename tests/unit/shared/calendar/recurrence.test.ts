import { describe, expect, it } from 'vitest';
import { MAX_SERIES_MEETINGS, planOccurrence, seriesDates, seriesIsTooLong, type SeriesRule } from '../../../../src/shared/calendar/recurrence';
import { seriesFromText, seriesToText } from '../../../../src/shared/calendar/recurrence-text';
import { SeriesRuleSchema } from '../../../../src/shared/calendar/series-schema';

const rule = (over: Partial<SeriesRule>): SeriesRule => ({
  pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' },
  fromDate: '2026-01-01',
  startTime: '18:00',
  timeZone: 'Europe/London',
  minutes: 90,
  end: { type: 'count', count: 4 },
  ...over,
});

describe('series patterns', () => {
  it('monthly by weekday position: 1st Monday, 2nd Tuesday, 4th Friday, last Thursday', () => {
    expect(seriesDates(rule({ pattern: { type: 'monthly-weekday', week: 1, weekday: 'MO' } }))).toEqual(['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06']);
    expect(seriesDates(rule({}))).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']);
    expect(seriesDates(rule({ pattern: { type: 'monthly-weekday', week: 4, weekday: 'FR' } }))).toEqual(['2026-01-23', '2026-02-27', '2026-03-27', '2026-04-24']);
    // The last Thursday is sometimes the 4th, sometimes the 5th.
    expect(seriesDates(rule({ pattern: { type: 'monthly-weekday', week: -1, weekday: 'TH' } }))).toEqual(['2026-01-29', '2026-02-26', '2026-03-26', '2026-04-30']);
  });

  it('monthly on the 31st falls on the last day of shorter months, leap February included, and skips none', () => {
    expect(seriesDates(rule({ fromDate: '2027-11-01', pattern: { type: 'monthly-day', day: 31 }, end: { type: 'count', count: 6 } }))).toEqual([
      '2027-11-30', '2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30',
    ]);
    expect(seriesDates(rule({ fromDate: '2026-01-01', pattern: { type: 'monthly-day', day: 30 }, end: { type: 'count', count: 3 } }))).toEqual([
      '2026-01-30', '2026-02-28', '2026-03-30',
    ]);
    expect(seriesDates(rule({ fromDate: '2026-01-01', pattern: { type: 'monthly-day', day: 29 }, end: { type: 'count', count: 3 } }))).toEqual([
      '2026-01-29', '2026-02-28', '2026-03-29',
    ]);
  });

  it('monthly on a day up to the 28th is that day every month', () => {
    expect(seriesDates(rule({ fromDate: '2026-01-20', pattern: { type: 'monthly-day', day: 15 }, end: { type: 'count', count: 3 } }))).toEqual([
      '2026-02-15', '2026-03-15', '2026-04-15',
    ]);
  });

  it('every N weeks starts on the first matching weekday from the first date', () => {
    expect(seriesDates(rule({ fromDate: '2026-01-01', pattern: { type: 'weekly', everyWeeks: 3, weekday: 'WE' } }))).toEqual([
      '2026-01-07', '2026-01-28', '2026-02-18', '2026-03-11',
    ]);
    expect(seriesDates(rule({ fromDate: '2026-01-07', pattern: { type: 'weekly', everyWeeks: 1, weekday: 'WE' }, end: { type: 'count', count: 2 } }))).toEqual([
      '2026-01-07', '2026-01-14',
    ]);
  });

  it('ends on a last date (inclusive) or after a count', () => {
    expect(seriesDates(rule({ end: { type: 'until', lastDate: '2026-03-10' } }))).toEqual(['2026-01-13', '2026-02-10', '2026-03-10']);
    expect(seriesDates(rule({ end: { type: 'until', lastDate: '2026-03-09' } }))).toEqual(['2026-01-13', '2026-02-10']);
    expect(seriesDates(rule({ end: { type: 'count', count: 1 } }))).toEqual(['2026-01-13']);
  });

  it('stops at the cap and says when a rule asks for more', () => {
    const weekly = rule({ pattern: { type: 'weekly', everyWeeks: 1, weekday: 'MO' }, end: { type: 'until', lastDate: '2030-12-31' } });
    expect(seriesDates(weekly)).toHaveLength(MAX_SERIES_MEETINGS);
    expect(seriesIsTooLong(weekly)).toBe(true);
    expect(seriesIsTooLong({ ...weekly, end: { type: 'until', lastDate: '2026-12-31' } })).toBe(false);
  });
});

describe('planOccurrence', () => {
  it('gives a single meeting its UTC start and end, so moving one meeting treats DST like the series does', () => {
    expect(planOccurrence('2026-06-09', '18:00', 'Europe/London', 90)).toEqual({
      index: 0, date: '2026-06-09', time: '18:00', timeZone: 'Europe/London', minutes: 90,
      status: 'ok', offsetMinutes: 60, start: '2026-06-09T17:00:00.000Z', end: '2026-06-09T18:30:00.000Z',
    });
    expect(planOccurrence('2026-03-29', '01:15', 'Europe/London', 60).status).toBe('gap');
  });
});

describe('the stored form: RFC 5545 DTSTART and RRULE', () => {
  it('writes the first meeting as DTSTART in the zone and the end as UTC UNTIL', () => {
    expect(seriesToText(rule({ end: { type: 'until', lastDate: '2026-12-31' } }))).toBe(
      'DTSTART;TZID=Europe/London:20260113T180000\nRRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261231T235959Z',
    );
    // Sydney's 31 December ends at 12:59:59 UTC (AEDT, UTC+11).
    expect(seriesToText(rule({ timeZone: 'Australia/Sydney', pattern: { type: 'monthly-day', day: 31 }, end: { type: 'until', lastDate: '2026-12-31' } }))).toBe(
      'DTSTART;TZID=Australia/Sydney:20260131T180000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;UNTIL=20261231T125959Z',
    );
    expect(seriesToText(rule({ pattern: { type: 'weekly', everyWeeks: 2, weekday: 'SU' }, startTime: '01:30', fromDate: '2026-03-29' }))).toBe(
      'DTSTART;TZID=Europe/London:20260329T013000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;COUNT=4',
    );
  });

  it('reads its own text back into the same meetings, whatever the pattern and end', () => {
    const rules: SeriesRule[] = [
      rule({}),
      rule({ pattern: { type: 'monthly-weekday', week: -1, weekday: 'TH' }, end: { type: 'until', lastDate: '2026-11-30' } }),
      rule({ pattern: { type: 'monthly-day', day: 31 }, timeZone: 'Pacific/Auckland', end: { type: 'until', lastDate: '2027-06-30' } }),
      rule({ pattern: { type: 'monthly-day', day: 7 }, timeZone: 'America/Sao_Paulo' }),
      rule({ pattern: { type: 'weekly', everyWeeks: 6, weekday: 'SA' }, startTime: '00:00', timeZone: 'America/Santiago', end: { type: 'count', count: 9 } }),
    ];
    for (const original of rules) {
      const text = seriesToText(original)!;
      const read = seriesFromText(text, original.minutes);
      expect(read.ok, text).toBe(true);
      if (!read.ok) continue;
      expect(read.rule.pattern).toEqual(original.pattern);
      expect(seriesDates(read.rule)).toEqual(seriesDates(original));
      expect(seriesToText(read.rule)).toBe(text);
    }
  });

  it('reads the last-day form other calendars write (BYMONTHDAY=-1) as the 31st', () => {
    const read = seriesFromText('DTSTART;TZID=Europe/London:20260131T180000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3', 60);
    expect(read).toMatchObject({ ok: true, rule: { pattern: { type: 'monthly-day', day: 31 } } });
  });

  it.each([
    ['DTSTART;TZID=Europe/London:20260113T180000\nRRULE:FREQ=DAILY;COUNT=3', 'This repeat rule (FREQ=DAILY) is not one Circlekeeper can edit: use monthly on a weekday, monthly on a day, or every few weeks.'],
    ['DTSTART;TZID=Europe/London:20260113T180000\nRRULE:FREQ=MONTHLY;BYDAY=5TU;COUNT=3', 'This repeat rule (BYDAY=5TU) is not one Circlekeeper can edit: use monthly on a weekday, monthly on a day, or every few weeks.'],
    ['DTSTART;TZID=Europe/London:20260113T180000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=3', 'This repeat rule (a weekly rule on several days) is not one Circlekeeper can edit: use monthly on a weekday, monthly on a day, or every few weeks.'],
    ['DTSTART;TZID=Europe/London:20260113T180000\nRRULE:FREQ=MONTHLY;BYDAY=2TU;BYMONTH=3;COUNT=3', 'This repeat rule (BYMONTH) is not one Circlekeeper can edit: use monthly on a weekday, monthly on a day, or every few weeks.'],
    ['DTSTART;TZID=Europe/London:20260113T180000\nRRULE:FREQ=MONTHLY;BYDAY=2TU', 'The repeat rule has no end: it needs an UNTIL date or a COUNT of meetings.'],
    ['DTSTART;TZID=Europe/London:20260113T180000\nRRULE:FREQ=SOMETIMES', 'The repeat rule could not be read: Invalid FREQ value: SOMETIMES.'],
    ['DTSTART:20260113T180000\nRRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3', 'The repeat rule must be a DTSTART line with a time zone followed by an RRULE line.'],
    ['RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3', 'The repeat rule must be a DTSTART line with a time zone followed by an RRULE line.'],
  ])('refuses to edit %s', (text, message) => {
    expect(seriesFromText(text, 60)).toEqual({ ok: false, message });
  });
});

describe('SeriesRuleSchema: the form and main check a rule alike', () => {
  const input = (over: Record<string, unknown> = {}) => ({ ...rule({ end: { type: 'until', lastDate: '2026-12-31' } }), ...over });
  const messages = (value: unknown) => {
    const result = SeriesRuleSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a good rule and stores the zone in its canonical spelling', () => {
    expect(SeriesRuleSchema.parse(input({ timeZone: 'europe/london' })).timeZone).toBe('Europe/London');
  });

  it.each([
    [{ startTime: '' }, 'startTime: Enter a start time.'],
    [{ startTime: '6pm' }, 'startTime: Enter the time as HH:mm on a 24-hour clock, such as 18:00.'],
    [{ startTime: '24:00' }, 'startTime: Enter the time as HH:mm on a 24-hour clock, such as 18:00.'],
    [{ fromDate: '' }, 'fromDate: First date is required.'],
    [{ timeZone: 'Mars/Base' }, 'timeZone: Unknown time zone. Use a name such as Europe/London.'],
    [{ minutes: 10 }, 'minutes: Meetings last at least 15 minutes.'],
    [{ pattern: { type: 'monthly-day', day: 32 } }, 'pattern.day: Choose a day from 1 to 31.'],
    [{ pattern: { type: 'monthly-day', day: 2.5 } }, 'pattern.day: Use a whole number. Choose a day from 1 to 31.'],
    [{ pattern: { type: 'monthly-weekday', week: 5, weekday: 'TU' } }, 'pattern.week: Choose the week of the month: 1st, 2nd, 3rd, 4th or last.'],
    [{ pattern: { type: 'weekly', everyWeeks: 13, weekday: 'TU' } }, 'pattern.everyWeeks: Meetings can repeat every 1 to 12 weeks.'],
    [{ pattern: { type: 'weekly', everyWeeks: 2, weekday: 'XX' } }, 'pattern.weekday: Choose a day of the week.'],
    [{ pattern: { type: 'daily' } }, 'pattern.type: Choose how the meetings repeat.'],
    [{ end: { type: 'count', count: 0 } }, 'end.count: A series has from 1 to 200 meetings.'],
    [{ end: { type: 'until', lastDate: '2025-12-31' } }, 'end.lastDate: The last date must be on or after the first date (1 Jan 2026).'],
    [{ end: { type: 'until', lastDate: '2026-01-12' } }, 'end.lastDate: No meeting of this pattern falls between 1 Jan 2026 and 12 Jan 2026; choose a later last date.'],
    [{ end: { type: 'until', lastDate: '2031-01-02' } }, 'end.lastDate: A series can run for at most 5 years; choose an earlier last date.'],
    [
      { pattern: { type: 'weekly', everyWeeks: 1, weekday: 'MO' }, end: { type: 'until', lastDate: '2030-12-31' } },
      'end: This series would have more than 200 meetings; choose an earlier last date or a number of meetings.',
    ],
  ])('refuses %j with a message', (over, message) => {
    expect(messages(input(over))).toEqual([message]);
  });
});
