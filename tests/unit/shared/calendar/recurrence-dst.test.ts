import { describe, expect, it } from 'vitest';
import { expandSeries, type PlannedOccurrence, type SeriesRule } from '../../../../src/shared/calendar/recurrence';

// Series across daylight-saving changes, checked against UTC instants worked out
// by hand from each zone's published rules (see the comment on each case), not
// against another reader of the same zone data.

const rule = (over: Partial<SeriesRule>): SeriesRule => ({
  pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' },
  fromDate: '2026-01-01',
  startTime: '18:00',
  timeZone: 'Europe/London',
  minutes: 90,
  end: { type: 'until', lastDate: '2026-12-31' },
  ...over,
});

const starts = (occurrences: PlannedOccurrence[]) => occurrences.map((o) => (o.status === 'ok' ? o.start : `${o.status} ${o.date}`));

describe('monthly series across DST, in four hemispheres and two rule changes', () => {
  it('Europe/London, 2nd Tuesday 18:00: BST (UTC+1) from 29 March to 25 October 2026', () => {
    expect(starts(expandSeries(rule({})))).toEqual([
      '2026-01-13T18:00:00.000Z', '2026-02-10T18:00:00.000Z', '2026-03-10T18:00:00.000Z',
      '2026-04-14T17:00:00.000Z', '2026-05-12T17:00:00.000Z', '2026-06-09T17:00:00.000Z',
      '2026-07-14T17:00:00.000Z', '2026-08-11T17:00:00.000Z', '2026-09-08T17:00:00.000Z',
      '2026-10-13T17:00:00.000Z', '2026-11-10T18:00:00.000Z', '2026-12-08T18:00:00.000Z',
    ]);
  });

  it('Australia/Sydney, 2nd Tuesday 18:00: southern summer time (UTC+11) ends 5 April, starts again 4 October 2026', () => {
    expect(starts(expandSeries(rule({ timeZone: 'Australia/Sydney' })))).toEqual([
      '2026-01-13T07:00:00.000Z', '2026-02-10T07:00:00.000Z', '2026-03-10T07:00:00.000Z',
      '2026-04-14T08:00:00.000Z', '2026-05-12T08:00:00.000Z', '2026-06-09T08:00:00.000Z',
      '2026-07-14T08:00:00.000Z', '2026-08-11T08:00:00.000Z', '2026-09-08T08:00:00.000Z',
      '2026-10-13T07:00:00.000Z', '2026-11-10T07:00:00.000Z', '2026-12-08T07:00:00.000Z',
    ]);
  });

  it('America/New_York, last Thursday 12:00: EDT (UTC-4) from 8 March to 1 November 2026', () => {
    const series = expandSeries(rule({ timeZone: 'America/New_York', startTime: '12:00', pattern: { type: 'monthly-weekday', week: -1, weekday: 'TH' } }));
    expect(starts(series)).toEqual([
      '2026-01-29T17:00:00.000Z', '2026-02-26T17:00:00.000Z', '2026-03-26T16:00:00.000Z',
      '2026-04-30T16:00:00.000Z', '2026-05-28T16:00:00.000Z', '2026-06-25T16:00:00.000Z',
      '2026-07-30T16:00:00.000Z', '2026-08-27T16:00:00.000Z', '2026-09-24T16:00:00.000Z',
      '2026-10-29T16:00:00.000Z', '2026-11-26T17:00:00.000Z', '2026-12-31T17:00:00.000Z',
    ]);
  });

  it('America/Sao_Paulo, the 15th at 19:00: summer time (UTC-2) 4 Nov 2018 to 17 Feb 2019, then Brazil dropped it', () => {
    const series = expandSeries(
      rule({ timeZone: 'America/Sao_Paulo', startTime: '19:00', fromDate: '2018-09-01', pattern: { type: 'monthly-day', day: 15 }, end: { type: 'count', count: 18 } }),
    );
    expect(starts(series)).toEqual([
      '2018-09-15T22:00:00.000Z', '2018-10-15T22:00:00.000Z', '2018-11-15T21:00:00.000Z',
      '2018-12-15T21:00:00.000Z', '2019-01-15T21:00:00.000Z', '2019-02-15T21:00:00.000Z',
      '2019-03-15T22:00:00.000Z', '2019-04-15T22:00:00.000Z', '2019-05-15T22:00:00.000Z',
      '2019-06-15T22:00:00.000Z', '2019-07-15T22:00:00.000Z', '2019-08-15T22:00:00.000Z',
      '2019-09-15T22:00:00.000Z', '2019-10-15T22:00:00.000Z', '2019-11-15T22:00:00.000Z',
      '2019-12-15T22:00:00.000Z', '2020-01-15T22:00:00.000Z', '2020-02-15T22:00:00.000Z',
    ]);
  });

  it('Europe/Moscow, every 4 weeks on Wednesday 10:00: permanent UTC+4 ended on 26 October 2014', () => {
    const series = expandSeries(
      rule({ timeZone: 'Europe/Moscow', startTime: '10:00', fromDate: '2014-09-01', pattern: { type: 'weekly', everyWeeks: 4, weekday: 'WE' }, end: { type: 'count', count: 4 } }),
    );
    expect(series.map((o) => o.date)).toEqual(['2014-09-03', '2014-10-01', '2014-10-29', '2014-11-26']);
    expect(starts(series)).toEqual(['2014-09-03T06:00:00.000Z', '2014-10-01T06:00:00.000Z', '2014-10-29T07:00:00.000Z', '2014-11-26T07:00:00.000Z']);
  });

  it('Pacific/Auckland, the 31st at 07:00: short months fall on their last day; NZDT (UTC+13) ends 5 April 2026', () => {
    const series = expandSeries(rule({ timeZone: 'Pacific/Auckland', startTime: '07:00', pattern: { type: 'monthly-day', day: 31 }, end: { type: 'count', count: 5 } }));
    expect(series.map((o) => o.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    expect(starts(series)).toEqual([
      '2026-01-30T18:00:00.000Z', '2026-02-27T18:00:00.000Z', '2026-03-30T18:00:00.000Z', '2026-04-29T19:00:00.000Z', '2026-05-30T19:00:00.000Z',
    ]);
  });
});

describe('occurrences on a DST edge are flagged, never moved or dropped', () => {
  it('a weekly Sunday 01:30 in London keeps 29 March 2026 in the series, flagged as a time that does not exist', () => {
    const series = expandSeries(rule({ pattern: { type: 'weekly', everyWeeks: 1, weekday: 'SU' }, startTime: '01:30', fromDate: '2026-03-15', end: { type: 'count', count: 4 } }));
    expect(series.map((o) => [o.date, o.status])).toEqual([
      ['2026-03-15', 'ok'], ['2026-03-22', 'ok'], ['2026-03-29', 'gap'], ['2026-04-05', 'ok'],
    ]);
    expect(series[2]).toMatchObject({
      message: expect.stringContaining('does not exist in Europe/London: the clocks go forward from 01:00 to 02:00'),
      movedForward: { start: '2026-03-29T01:30:00.000Z', end: '2026-03-29T03:00:00.000Z', time: '02:30' },
    });
    expect(series[3]).toMatchObject({ start: '2026-04-05T00:30:00.000Z' });
  });

  it('a weekly Sunday 01:30 in London offers both readings of 25 October 2026', () => {
    const series = expandSeries(rule({ pattern: { type: 'weekly', everyWeeks: 1, weekday: 'SU' }, startTime: '01:30', fromDate: '2026-10-18', end: { type: 'count', count: 3 } }));
    expect(series[1]).toMatchObject({
      status: 'twice',
      earlier: { start: '2026-10-25T00:30:00.000Z', end: '2026-10-25T02:00:00.000Z' },
      later: { start: '2026-10-25T01:30:00.000Z', end: '2026-10-25T03:00:00.000Z' },
    });
    expect(starts([series[0]!, series[2]!])).toEqual(['2026-10-18T00:30:00.000Z', '2026-11-01T01:30:00.000Z']);
  });

  it('a first meeting in a gap is flagged too (Sao Paulo jumped over midnight on 4 November 2018)', () => {
    const series = expandSeries(rule({ timeZone: 'America/Sao_Paulo', pattern: { type: 'weekly', everyWeeks: 1, weekday: 'SU' }, startTime: '00:30', fromDate: '2018-11-04', end: { type: 'count', count: 2 } }));
    expect(series.map((o) => o.status)).toEqual(['gap', 'ok']);
    expect(series[1]).toMatchObject({ start: '2018-11-11T02:30:00.000Z' });
  });

  it('a meeting that spans the change lasts its real length: 90 minutes from 00:30 on 29 March 2026 ends at 03:00 BST', () => {
    const [meeting] = expandSeries(rule({ pattern: { type: 'weekly', everyWeeks: 1, weekday: 'SU' }, startTime: '00:30', fromDate: '2026-03-29', end: { type: 'count', count: 1 } }));
    expect(meeting).toMatchObject({ status: 'ok', start: '2026-03-29T00:30:00.000Z', end: '2026-03-29T02:00:00.000Z' });
  });
});
