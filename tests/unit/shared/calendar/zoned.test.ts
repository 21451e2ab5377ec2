import { describe, expect, it } from 'vitest';
import { localTimeAt, offsetLabel, resolveLocalTime, startOfDayIn } from '../../../../src/shared/calendar/zoned';

// Expected instants are worked out by hand from each zone's published rules
// (noted beside them), not read back from the code or the runtime, because
// every reader of the zone data could be wrong together on a DST edge.

const at = (date: string, time: string, zone: string) => resolveLocalTime({ date, time }, zone);

describe('resolveLocalTime: ordinary times', () => {
  it.each([
    // London, winter GMT (UTC+0) and summer BST (UTC+1)
    ['2026-01-13', '18:00', 'Europe/London', '2026-01-13T18:00:00.000Z', 0],
    ['2026-06-09', '18:00', 'Europe/London', '2026-06-09T17:00:00.000Z', 60],
    // Sydney: summer AEDT (UTC+11) in January, winter AEST (UTC+10) in June
    ['2026-01-13', '18:00', 'Australia/Sydney', '2026-01-13T07:00:00.000Z', 660],
    ['2026-06-09', '18:00', 'Australia/Sydney', '2026-06-09T08:00:00.000Z', 600],
    // Kolkata has a half-hour offset and no DST (UTC+05:30)
    ['2026-03-29', '01:30', 'Asia/Kolkata', '2026-03-28T20:00:00.000Z', 330],
    // Sao Paulo dropped DST in 2019: November 2019 stays at UTC-3
    ['2019-11-03', '00:30', 'America/Sao_Paulo', '2019-11-03T03:30:00.000Z', -180],
  ])('%s %s in %s is %s', (date, time, zone, instant, offset) => {
    expect(at(date, time, zone)).toEqual({ kind: 'exact', instant, offsetMinutes: offset });
  });

  it('a time just outside a change is exact on both sides', () => {
    // London springs forward at 01:00 GMT on 29 March 2026 (01:00Z).
    expect(at('2026-03-29', '00:59', 'Europe/London')).toMatchObject({ kind: 'exact', instant: '2026-03-29T00:59:00.000Z' });
    expect(at('2026-03-29', '02:00', 'Europe/London')).toMatchObject({ kind: 'exact', instant: '2026-03-29T01:00:00.000Z' });
  });
});

describe('resolveLocalTime: a time the clocks skip', () => {
  it('reports it with a message and the moved-forward reading, without choosing it', () => {
    const result = at('2026-03-29', '01:30', 'Europe/London');
    expect(result).toEqual({
      kind: 'gap',
      message:
        '01:30 on Sunday 29 March 2026 does not exist in Europe/London: the clocks go forward from 01:00 to 02:00. Choose a time before 01:00 or from 02:00 on.',
      skipped: { from: '01:00', to: '02:00' },
      transition: '2026-03-29T01:00:00.000Z',
      movedForward: { instant: '2026-03-29T01:30:00.000Z', offsetMinutes: 60, time: '02:30' },
    });
  });

  it.each([
    // New York springs forward at 02:00 EST on 8 March 2026 (07:00Z)
    ['2026-03-08', '02:15', 'America/New_York', { from: '02:00', to: '03:00' }, '2026-03-08T07:00:00.000Z'],
    // Sydney springs forward at 02:00 AEST on 4 October 2026 (16:00Z on the 3rd)
    ['2026-10-04', '02:30', 'Australia/Sydney', { from: '02:00', to: '03:00' }, '2026-10-03T16:00:00.000Z'],
    // Sao Paulo's last spring-forward, at midnight on 4 November 2018 (03:00Z)
    ['2018-11-04', '00:30', 'America/Sao_Paulo', { from: '00:00', to: '01:00' }, '2018-11-04T03:00:00.000Z'],
    // Lord Howe Island moves by half an hour, 02:00 to 02:30, on 4 October 2026 (15:30Z on the 3rd)
    ['2026-10-04', '02:10', 'Australia/Lord_Howe', { from: '02:00', to: '02:30' }, '2026-10-03T15:30:00.000Z'],
  ])('%s %s in %s', (date, time, zone, skipped, transition) => {
    expect(at(date, time, zone)).toMatchObject({ kind: 'gap', skipped, transition });
  });
});

describe('resolveLocalTime: a time that happens twice', () => {
  it('reports both instants and lets the caller choose', () => {
    expect(at('2026-10-25', '01:30', 'Europe/London')).toEqual({
      kind: 'twice',
      message:
        '01:30 on Sunday 25 October 2026 happens twice in Europe/London: the clocks go back from 02:00 to 01:00. Choose the first 01:30 (UTC+01:00) or the second (UTC+00:00), or another time.',
      repeated: { from: '01:00', to: '02:00' },
      transition: '2026-10-25T01:00:00.000Z',
      earlier: { instant: '2026-10-25T00:30:00.000Z', offsetMinutes: 60 },
      later: { instant: '2026-10-25T01:30:00.000Z', offsetMinutes: 0 },
    });
  });

  it.each([
    // Sydney falls back at 03:00 AEDT on 5 April 2026 (16:00Z on the 4th)
    ['2026-04-05', '02:30', 'Australia/Sydney', '2026-04-04T15:30:00.000Z', '2026-04-04T16:30:00.000Z'],
    // New York falls back at 02:00 EDT on 1 November 2026 (06:00Z)
    ['2026-11-01', '01:00', 'America/New_York', '2026-11-01T05:00:00.000Z', '2026-11-01T06:00:00.000Z'],
    // Moscow left permanent UTC+4 for UTC+3 at 02:00 on 26 October 2014 (22:00Z on the 25th)
    ['2014-10-26', '01:30', 'Europe/Moscow', '2014-10-25T21:30:00.000Z', '2014-10-25T22:30:00.000Z'],
    // Sao Paulo's last fall-back, at midnight on 17 February 2019 (02:00Z): 23:xx on the 16th twice
    ['2019-02-16', '23:30', 'America/Sao_Paulo', '2019-02-17T01:30:00.000Z', '2019-02-17T02:30:00.000Z'],
  ])('%s %s in %s', (date, time, zone, earlier, later) => {
    expect(at(date, time, zone)).toMatchObject({ kind: 'twice', earlier: { instant: earlier }, later: { instant: later } });
  });
});

describe('resolveLocalTime: input it cannot read', () => {
  it.each([
    ['2026-02-30', '18:00', 'Europe/London'],
    ['2026-02-03', '24:00', 'Europe/London'],
    ['2026-02-03', '6pm', 'Europe/London'],
  ])('refuses %s %s', (date, time, zone) => {
    expect(at(date, time, zone)).toEqual({ kind: 'invalid', message: `${date} ${time} is not a date and time (use YYYY-MM-DD and HH:mm).` });
  });

  it('refuses a zone the runtime does not know, even one that looks like an offset', () => {
    expect(at('2026-02-03', '18:00', 'Mars/Base+05')).toEqual({
      kind: 'invalid',
      message: 'Unknown time zone "Mars/Base+05". Use a name such as Europe/London.',
    });
  });
});

describe('localTimeAt and back', () => {
  it('reads an instant in the zone', () => {
    expect(localTimeAt('2026-06-09T17:00:00.000Z', 'Europe/London')).toEqual({ date: '2026-06-09', time: '18:00', offsetMinutes: 60 });
    expect(localTimeAt(new Date('2026-06-09T17:00:00.000Z'), 'Pacific/Auckland')).toEqual({ date: '2026-06-10', time: '05:00', offsetMinutes: 720 });
    expect(localTimeAt('2026-10-25T01:30:00.000Z', 'Europe/London')).toEqual({ date: '2026-10-25', time: '01:30', offsetMinutes: 0 });
  });

  it('round-trips instants through a year in several zones, DST edges included', () => {
    // A 97-minute step comes back to every minute of the hour (97 and 60 share no
    // factor), so readings land in repeated hours and next to gaps too, at a cost
    // a test run can bear.
    const misses: string[] = [];
    for (const zone of ['Europe/London', 'Australia/Sydney', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      for (let ms = Date.UTC(2018, 9, 1); ms < Date.UTC(2019, 9, 1); ms += 97 * 60_000) {
        const local = localTimeAt(new Date(ms), zone);
        const back = resolveLocalTime(local, zone);
        const instants = back.kind === 'exact' ? [back.instant] : back.kind === 'twice' ? [back.earlier.instant, back.later.instant] : [];
        if (!instants.includes(new Date(ms).toISOString())) misses.push(`${zone} ${new Date(ms).toISOString()} -> ${JSON.stringify(back)}`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('startOfDayIn', () => {
  it('is local midnight, or the moment the clocks land where they jump over midnight', () => {
    expect(startOfDayIn('2026-06-09', 'Europe/London')).toBe('2026-06-08T23:00:00.000Z');
    // Sao Paulo, 4 November 2018: 00:00 to 00:59 did not exist; the day began at 01:00 (-02:00).
    expect(startOfDayIn('2018-11-04', 'America/Sao_Paulo')).toBe('2018-11-04T03:00:00.000Z');
  });
});

describe('offsetLabel', () => {
  it('writes whole and half-hour offsets', () => {
    expect([offsetLabel(0), offsetLabel(330), offsetLabel(-180), offsetLabel(-570)]).toEqual(['UTC+00:00', 'UTC+05:30', 'UTC-03:00', 'UTC-09:30']);
  });
});
