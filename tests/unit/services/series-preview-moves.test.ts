import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monthlyRule } from '../../support/meeting-plans';
import { sampleGroupInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// A date the coach moves in the series preview is checked at its new time by
// the same service and rules as every other date: clashes with the coach's
// other meetings and buffer, and clock changes; and the save refuses a moved
// time the clocks skip or repeat unless the coach has decided.

let h: ServiceHarness;
let leaders: string;
let founders: string;

// The 2nd Wednesday: 8 April, 13 May and 10 June 2026, clear of Founders' 2nd Tuesday.
const wednesdays = monthlyRule({ pattern: { type: 'monthly-weekday', week: 2, weekday: 'WE' }, end: { type: 'count', count: 3 } });

beforeEach(async () => {
  h = await openHarness();
  leaders = (await h.ok('groups.create', sampleGroupInput({ name: 'Leaders Circle', startDate: '2026-04-01' }))).id;
  founders = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders', startDate: '2026-04-01' }))).id;
  // Founders meet on Tuesday 14 April 2026, 18:00–20:00 London.
  await h.ok('meetings.planSeries', { groupId: founders, rule: monthlyRule({ end: { type: 'count', count: 1 } }), adjustments: [] });
});

afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

describe('meetings.previewSeries with moved dates', () => {
  it('checks each moved date at its new time and counts it there instead of where the rule put it', async () => {
    const plain = await h.ok('meetings.previewSeries', { groupId: leaders, rule: wednesdays });
    expect([plain.conflictCount, plain.needsChoice, plain.moved]).toEqual([0, 0, []]);

    const preview = await h.ok('meetings.previewSeries', {
      groupId: leaders,
      rule: wednesdays,
      moves: [
        // May's meeting onto Founders' evening, inside the 15-minute buffer of its end.
        { index: 1, date: '2026-04-14', time: '20:10' },
        // June's onto 01:30 on 25 October, which London's clocks go through twice.
        { index: 2, date: '2026-10-25', time: '01:30' },
      ],
    });
    expect(preview.meetings.map((m) => m.date)).toEqual(['2026-04-08', '2026-05-13', '2026-06-10']);
    const [may, june] = preview.moved;
    expect(may).toMatchObject({ index: 1, date: '2026-04-14', time: '20:10', status: 'ok', dayLabel: 'Tuesday 14 April 2026' });
    expect(may?.status === 'ok' && may.at.clashes.map((c) => [c.name, c.relation, c.minutes])).toEqual([['Founders', 'too-close', 10]]);
    expect(june).toMatchObject({ index: 2, date: '2026-10-25', status: 'twice' });
    expect(june?.status === 'twice' && [june.earlier.start, june.later.start]).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(preview.conflictCount).toBe(1);
    expect(preview.needsChoice).toBe(1);

    // Moving the meeting away from a clash takes the clash out of the count.
    const away = await h.ok('meetings.previewSeries', {
      groupId: leaders,
      rule: monthlyRule({ end: { type: 'count', count: 1 } }),
      moves: [{ index: 0, date: '2026-04-15', time: '18:00' }],
    });
    expect(away.meetings[0]?.status === 'ok' && away.meetings[0].at.clashes).toHaveLength(1);
    expect(away.moved[0]?.status === 'ok' && away.moved[0].at.clashes).toEqual([]);
    expect(away.conflictCount).toBe(0);
  });

  it('shows a moved time the clocks skip as a gap to decide, and leaves out moves of dates the rule does not have', async () => {
    const preview = await h.ok('meetings.previewSeries', {
      groupId: leaders,
      rule: wednesdays,
      moves: [
        // 01:30 on Sunday 28 March 2027 does not exist in London (01:00 jumps to 02:00).
        { index: 0, date: '2027-03-28', time: '01:30' },
        { index: 7, date: '2026-05-01', time: '18:00' },
      ],
    });
    expect(preview.moved.map((m) => [m.index, m.status])).toEqual([[0, 'gap']]);
    expect(preview.moved[0]?.status === 'gap' && preview.moved[0].message).toMatch(/28 March 2027/);
    expect(preview.needsChoice).toBe(1);
  });

  it('when changing a series, a moved date onto a meeting the change replaces is no clash', async () => {
    const own = await h.ok('meetings.planSeries', { groupId: leaders, rule: wednesdays, adjustments: [] });
    const preview = await h.ok('meetings.previewSeries', {
      groupId: leaders,
      replacingSeriesId: own.series.id,
      rule: monthlyRule({ pattern: { type: 'monthly-weekday', week: 1, weekday: 'TH' }, end: { type: 'count', count: 2 } }),
      // Onto the old series' 13 May meeting, which the change removes; and onto Founders' 14 April.
      moves: [
        { index: 0, date: '2026-05-13', time: '18:00' },
        { index: 1, date: '2026-04-14', time: '19:00' },
      ],
    });
    expect(preview.moved.map((m) => (m.status === 'ok' ? m.at.clashes.map((c) => c.name) : m.status))).toEqual([[], ['Founders']]);
  });
});

describe('saving a series with a moved date on a clock change', () => {
  it('refuses a moved time that happens twice until the coach says which, then stores that one', async () => {
    const moved = { index: 1, choice: 'move' as const, date: '2026-10-25', time: '01:30' };
    const undecided = await h.call('meetings.planSeries', { groupId: leaders, rule: wednesdays, adjustments: [moved] });
    expect(undecided.ok ? null : undecided.error.fields?.['occurrences.1']).toMatch(/happens twice/);
    expect(h.store.group(leaders)!.meetings).toEqual([]);

    const planned = await h.ok('meetings.planSeries', { groupId: leaders, rule: wednesdays, adjustments: [{ ...moved, repeatedHour: 'later' }] });
    expect(planned.meetings.find((m) => m.date === '2026-10-25')).toMatchObject({ startTime: '01:30', start: '2026-10-25T01:30:00.000Z' });
  });

  it('refuses a moved time the clocks skip', async () => {
    const result = await h.call('meetings.planSeries', { groupId: leaders, rule: wednesdays, adjustments: [{ index: 0, choice: 'move', date: '2027-03-28', time: '01:30' }] });
    expect(result.ok ? null : result.error.fields?.['occurrences.0']).toMatch(/28 March 2027/);
    expect(h.store.group(leaders)!.meetings).toEqual([]);
  });
});
