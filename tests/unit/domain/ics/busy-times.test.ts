import { describe, expect, it } from 'vitest';
import { readBusyTimes, type BusyReadOutcome } from '../../../../src/main/domain/ics/busy-times';
import { MAX_BUSY_FILE_EVENTS, MAX_BUSY_TIMES } from '../../../../src/shared/busy-import';
import { calendar, event, LONDON_VTIMEZONE, OUTLOOK_BERLIN_VTIMEZONE } from './ics-text';

// Busy times from the coach's own calendar file. Everything is checked as UTC
// instants the test states itself, so a wrong zone rule shows as a wrong hour.

const NOW = new Date('2026-03-01T10:00:00.000Z');
const read = (text: string, coachTimeZone = 'Europe/London') => readBusyTimes(text, { now: NOW, coachTimeZone });

async function ok(pending: Promise<BusyReadOutcome>) {
  const outcome = await pending;
  if (!outcome.ok) throw new Error(`refused: ${outcome.message}`);
  return outcome;
}
const starts = async (outcome: Promise<BusyReadOutcome>) => (await ok(outcome)).busy.map((b) => b.start);
const refusal = async (pending: Promise<BusyReadOutcome>): Promise<string> => {
  const outcome = await pending;
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.message;
};

describe('reading busy times from a calendar file', () => {
  it('keeps start, end and title of a timed event, and reads the dates from a month back to two years ahead', async () => {
    const outcome = await ok(
      read(calendar(event('a@x', 'DTSTART:20260310T140000Z', 'DTEND:20260310T153000Z', 'SUMMARY:Board meeting', 'DESCRIPTION:Private agenda', 'LOCATION:HQ'))),
    );
    expect(outcome.busy).toEqual([{ start: '2026-03-10T14:00:00.000Z', end: '2026-03-10T15:30:00.000Z', label: 'Board meeting' }]);
    expect(outcome).toMatchObject({ fromDate: '2026-02-01', toDate: '2028-03-01', skipped: [], readInCoachZone: 0 });
  });

  it('expands a weekly event on its own clock across the change to summer time, with EXDATE and a moved and a cancelled occurrence', async () => {
    const text = calendar(
      LONDON_VTIMEZONE,
      event('sync@x', 'DTSTART;TZID=Europe/London:20260317T090000', 'DTEND;TZID=Europe/London:20260317T100000', 'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5', 'EXDATE;TZID=Europe/London:20260324T090000', 'SUMMARY:Team sync'),
      // Google writes changed occurrences as their own VEVENT with the series' UID and RECURRENCE-ID.
      event('sync@x', 'RECURRENCE-ID;TZID=Europe/London:20260331T090000', 'DTSTART;TZID=Europe/London:20260331T150000', 'DTEND;TZID=Europe/London:20260331T160000', 'SUMMARY:Team sync (moved)'),
      event('sync@x', 'RECURRENCE-ID;TZID=Europe/London:20260407T090000', 'DTSTART;TZID=Europe/London:20260407T090000', 'DTEND;TZID=Europe/London:20260407T100000', 'STATUS:CANCELLED', 'SUMMARY:Team sync'),
    );
    const outcome = await ok(read(text));
    expect(outcome.busy).toEqual([
      // 09:00 GMT, then 09:00 BST (08:00 UTC) after the clocks go forward on 29 March.
      { start: '2026-03-17T09:00:00.000Z', end: '2026-03-17T10:00:00.000Z', label: 'Team sync' },
      { start: '2026-03-31T14:00:00.000Z', end: '2026-03-31T15:00:00.000Z', label: 'Team sync (moved)' },
      { start: '2026-04-14T08:00:00.000Z', end: '2026-04-14T09:00:00.000Z', label: 'Team sync' },
    ]);
    expect(outcome.skipped).toEqual([{ reason: 'cancelled', count: 1 }]);
  });

  it('leaves out all-day, free, cancelled, zero-length and weeks-long events, and says how many and why', async () => {
    const text = calendar(
      event('hol@x', 'DTSTART;VALUE=DATE:20260310', 'DTEND;VALUE=DATE:20260311', 'SUMMARY:Bank holiday'),
      event('focus@x', 'DTSTART:20260311T090000Z', 'DTEND:20260311T120000Z', 'TRANSP:TRANSPARENT', 'SUMMARY:Focus time'),
      event('ooo@x', 'DTSTART:20260312T090000Z', 'DTEND:20260312T120000Z', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'SUMMARY:Maybe'),
      event('gone@x', 'DTSTART:20260313T090000Z', 'DTEND:20260313T100000Z', 'STATUS:CANCELLED', 'SUMMARY:Called off'),
      event('note@x', 'DTSTART:20260314T090000Z', 'SUMMARY:Reminder'),
      event('trip@x', 'DTSTART:20260401T090000Z', 'DTEND:20260501T090000Z', 'SUMMARY:Sabbatical'),
      event('real@x', 'DTSTART:20260315T090000Z', 'DURATION:PT45M', 'SUMMARY:Dentist'),
    );
    const outcome = await ok(read(text));
    expect(outcome.busy).toEqual([{ start: '2026-03-15T09:00:00.000Z', end: '2026-03-15T09:45:00.000Z', label: 'Dentist' }]);
    expect(outcome.skipped).toEqual([
      { reason: 'all-day', count: 1 },
      { reason: 'free', count: 2 },
      { reason: 'cancelled', count: 1 },
      { reason: 'no-length', count: 1 },
      { reason: 'too-long', count: 1 },
    ]);
  });

  it('reads Outlook’s Windows zone names through the file’s own VTIMEZONE, in winter and in summer', async () => {
    const text = calendar(
      OUTLOOK_BERLIN_VTIMEZONE,
      event('w@x', 'DTSTART;TZID=W. Europe Standard Time:20260305T100000', 'DTEND;TZID=W. Europe Standard Time:20260305T110000', 'SUMMARY:Winter'),
      event('s@x', 'DTSTART;TZID=W. Europe Standard Time:20260705T100000', 'DTEND;TZID=W. Europe Standard Time:20260705T110000', 'SUMMARY:Summer'),
    );
    expect(await starts(read(text))).toEqual(['2026-03-05T09:00:00.000Z', '2026-07-05T08:00:00.000Z']);
  });

  it('reads an IANA TZID with the runtime’s zone rules even without a VTIMEZONE (southern hemisphere, and a zone whose rules changed)', async () => {
    const text = calendar(
      // Sydney: summer time (UTC+11) until the first Sunday of April, then UTC+10.
      event('syd1@x', 'DTSTART;TZID=Australia/Sydney:20260402T180000', 'DTEND;TZID=Australia/Sydney:20260402T190000'),
      event('syd2@x', 'DTSTART;TZID=Australia/Sydney:20260409T180000', 'DTEND;TZID=Australia/Sydney:20260409T190000'),
      // Mexico City dropped daylight saving in 2022: UTC-6 all year.
      event('mex@x', 'DTSTART;TZID=America/Mexico_City:20260701T090000', 'DTEND;TZID=America/Mexico_City:20260701T100000'),
      // Thunderbird's old ids carry the IANA name at the end.
      event('tb@x', 'DTSTART;TZID=/mozilla.org/20050126_1/America/New_York:20260701T090000', 'DTEND;TZID=/mozilla.org/20050126_1/America/New_York:20260701T100000'),
    );
    expect(await starts(read(text))).toEqual(['2026-04-02T07:00:00.000Z', '2026-04-09T08:00:00.000Z', '2026-07-01T13:00:00.000Z', '2026-07-01T15:00:00.000Z']);
  });

  it('reads floating times and unknown zones on the coach’s clock, and counts them', async () => {
    const text = calendar(
      event('f@x', 'DTSTART:20260710T090000', 'DTEND:20260710T100000', 'SUMMARY:Floating'),
      event('u@x', 'DTSTART;TZID=Mars Standard Time:20260710T120000', 'DTEND;TZID=Mars Standard Time:20260710T130000', 'SUMMARY:Unknown'),
    );
    const outcome = await ok(read(text, 'America/New_York'));
    expect(outcome.busy.map((b) => b.start)).toEqual(['2026-07-10T13:00:00.000Z', '2026-07-10T16:00:00.000Z']);
    expect(outcome.readInCoachZone).toBe(2);
  });

  it('reads a time the clocks skip as calendars do (with the offset before the jump), and a repeated hour as the first of the two', async () => {
    const text = calendar(
      // 01:30 does not exist that night: read as 01:30 GMT (02:30 BST); the end, 03:30 BST, is 02:30 UTC.
      event('gap@x', 'DTSTART;TZID=Europe/London:20260329T013000', 'DTEND;TZID=Europe/London:20260329T033000'),
      event('twice@x', 'DTSTART;TZID=Europe/London:20261025T013000', 'DTEND;TZID=Europe/London:20261025T020000'),
    );
    expect((await ok(read(text))).busy.map((b) => [b.start, b.end])).toEqual([
      ['2026-03-29T01:30:00.000Z', '2026-03-29T02:30:00.000Z'],
      // 01:30 happens twice on 25 October: the first is BST (00:30 UTC); the end, 02:00, is GMT.
      ['2026-10-25T00:30:00.000Z', '2026-10-25T02:00:00.000Z'],
    ]);
  });

  it('stops a rule at UNTIL (in UTC) and keeps only the dates it checks', async () => {
    const text = calendar(
      event('daily@x', 'DTSTART;TZID=Europe/London:20260101T080000', 'DTEND;TZID=Europe/London:20260101T083000', 'RRULE:FREQ=DAILY;UNTIL=20260204T080000Z', 'SUMMARY:Stand-up'),
      event('old@x', 'DTSTART:20240101T090000Z', 'DTEND:20240101T100000Z', 'SUMMARY:Long ago'),
      event('far@x', 'DTSTART:20300101T090000Z', 'DTEND:20300101T100000Z', 'SUMMARY:Far ahead'),
    );
    const outcome = await ok(read(text));
    // From 1 February (a month back) to the 4th, the last one UNTIL allows.
    expect(outcome.busy.map((b) => b.start)).toEqual(['2026-02-01T08:00:00.000Z', '2026-02-02T08:00:00.000Z', '2026-02-03T08:00:00.000Z', '2026-02-04T08:00:00.000Z']);
    expect(outcome.skipped).toEqual([{ reason: 'outside-dates', count: 2 }]);
  });

  it('expands a weekly meeting that started decades ago only over the dates it checks', async () => {
    const text = calendar(event('old@x', 'DTSTART:19900102T090000Z', 'DTEND:19900102T100000Z', 'RRULE:FREQ=WEEKLY;BYDAY=TU', 'SUMMARY:Forever'));
    const times = await starts(read(text));
    expect(times[0]).toBe('2026-02-03T09:00:00.000Z');
    expect(times.at(-1)).toBe('2028-02-29T09:00:00.000Z');
    expect(times).toHaveLength(109);
  });

  it('reads every calendar of a file that holds several, and keeps one of two identical busy times', async () => {
    const one = calendar(event('a@x', 'DTSTART:20260310T140000Z', 'DTEND:20260310T150000Z', 'SUMMARY:Same'));
    const two = calendar(event('b@x', 'DTSTART:20260310T140000Z', 'DTEND:20260310T150000Z', 'SUMMARY:Same'), event('c@x', 'DTSTART:20260311T140000Z', 'DTEND:20260311T150000Z'));
    expect(await starts(read(one + two))).toEqual(['2026-03-10T14:00:00.000Z', '2026-03-11T14:00:00.000Z']);
  });
});

describe('sharing the main process', () => {
  it('gives way between events when the scheduler asks, with the same result', async () => {
    const day = (i: number) => new Date(Date.UTC(2026, 2, 2 + i, 9)).toISOString().replace(/[-:]/g, '').slice(0, 15);
    const text = calendar(...Array.from({ length: 30 }, (_, i) => event(`e${i}@x`, `DTSTART:${day(i)}Z`, 'DURATION:PT1H')));
    let yields = 0;
    const eager = { shouldYield: () => true, yieldNow: async () => void (yields += 1) };
    const sliced = await readBusyTimes(text, { now: NOW, coachTimeZone: 'Europe/London' }, eager);
    expect(yields).toBe(30);
    expect(sliced).toEqual(await read(text));
  });
});

describe('hostile or broken calendar files', () => {
  it('refuses text that is not a calendar, a damaged calendar and one without events, each with a reason', async () => {
    expect(await refusal(read('name,email\nAda,ada@example.com\n'))).toMatch(/^This is not a calendar file/);
    expect(await refusal(read('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;;;\r\n'))).toMatch(/could not be read/);
    expect(await refusal(read(calendar()))).toMatch(/no events/);
  });

  it('refuses a file with more events than it reads, before parsing them', async () => {
    const many = calendar(...Array.from({ length: MAX_BUSY_FILE_EVENTS + 1 }, () => ['BEGIN:VEVENT', 'END:VEVENT']));
    expect(await refusal(read(many))).toMatch(/has 20,001 events; Circlekeeper reads at most 20,000/);
  });

  it('refuses more busy times than it keeps, saying so', async () => {
    const blocks = Array.from({ length: MAX_BUSY_TIMES + 1 }, (_, i) => {
      const start = new Date(Date.parse('2026-03-02T00:00:00Z') + i * 3_600_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
      return event(`e${i}@x`, `DTSTART:${start}Z`, 'DURATION:PT30M', `SUMMARY:Slot ${i}`);
    });
    expect(await refusal(read(calendar(...blocks)))).toMatch(/more than 5,000 busy times between 2026-02-01 and 2028-03-01/);
  });

  it('skips rules that repeat every few seconds or can never happen, without hanging', async () => {
    const outcome = await ok(
      read(
        calendar(
          event('s@x', 'DTSTART:20260301T000000Z', 'DTEND:20260301T000001Z', 'RRULE:FREQ=SECONDLY'),
          // ical.js's own expansion loops forever on this one.
          event('never@x', 'DTSTART:20260301T090000Z', 'DTEND:20260301T100000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'),
          event('bad@x', 'DTSTART:20260301T090000Z', 'DTEND:20260301T100000Z', 'RRULE:FREQ=WEEKLY;BYDAY=XX'),
          event('fine@x', 'DTSTART:20260305T090000Z', 'DTEND:20260305T100000Z'),
        ),
      ),
    );
    expect(outcome.busy.map((b) => b.start)).toEqual(['2026-03-01T09:00:00.000Z', '2026-03-05T09:00:00.000Z']);
    expect(outcome.skipped).toEqual([
      { reason: 'repeats-too-often', count: 1 },
      { reason: 'unreadable', count: 1 },
    ]);
  });

  it('refuses a file full of rules that repeat every few seconds', async () => {
    const blocks = Array.from({ length: 60 }, (_, i) => event(`s${i}@x`, 'DTSTART:20260301T000000Z', 'DTEND:20260301T000001Z', 'RRULE:FREQ=SECONDLY'));
    expect(await refusal(read(calendar(...blocks)))).toMatch(/repeat every few minutes or hours/);
  });

  it('ignores a VTIMEZONE whose rules would expand forever, reading its times on the coach’s clock', async () => {
    const hostileZone = ['BEGIN:VTIMEZONE', 'TZID:Custom Zone', 'BEGIN:STANDARD', 'DTSTART:20260101T000000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30', 'END:STANDARD', 'END:VTIMEZONE'];
    const outcome = await ok(read(calendar(hostileZone, event('c@x', 'DTSTART;TZID=Custom Zone:20260710T090000', 'DTEND;TZID=Custom Zone:20260710T100000'))));
    expect(outcome.busy.map((b) => b.start)).toEqual(['2026-07-10T08:00:00.000Z']);
    expect(outcome.readInCoachZone).toBe(1);
  });

  it('ignores a VTIMEZONE that redefines an IANA zone: the runtime’s rules win', async () => {
    const fakeLondon = ['BEGIN:VTIMEZONE', 'TZID:Europe/London', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0500', 'TZOFFSETTO:+0500', 'END:STANDARD', 'END:VTIMEZONE'];
    expect(await starts(read(calendar(fakeLondon, event('l@x', 'DTSTART;TZID=Europe/London:20260710T090000', 'DTEND;TZID=Europe/London:20260710T100000'))))).toEqual([
      '2026-07-10T08:00:00.000Z',
    ]);
  });

  it('skips absurd dates and unreadable times instead of failing the file', async () => {
    const outcome = await ok(
      read(
        calendar(
          event('y1@x', 'DTSTART:00010101T090000Z', 'DTEND:00010101T100000Z'),
          event('y9@x', 'DTSTART:99991231T090000Z', 'DTEND:99991231T100000Z'),
          event('nostart@x', 'SUMMARY:No start'),
          event('backwards@x', 'DTSTART:20260310T100000Z', 'DTEND:20260310T090000Z'),
          event('ok@x', 'DTSTART:20260310T100000Z', 'DTEND:20260310T110000Z', `SUMMARY:${'Very long title '.repeat(40)}`),
        ),
      ),
    );
    expect(outcome.busy).toHaveLength(1);
    expect(outcome.busy[0]!.label.length).toBeLessThanOrEqual(200);
    expect(outcome.skipped).toEqual([
      { reason: 'outside-dates', count: 2 },
      { reason: 'no-length', count: 1 },
      { reason: 'unreadable', count: 1 },
    ]);
  });
});
