import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seriesFromText } from '../../../src/shared/calendar/recurrence-text';
import { monthlyRule, recordAttendance } from '../../support/meeting-plans';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// Planning a series through dispatch, as the window does: what is stored, what
// the Meetings tab shows, and the refusals on daylight-saving edges.

let h: ServiceHarness;
let groupId: string;

beforeEach(async () => {
  h = await openHarness();
  groupId = (await h.ok('groups.create', sampleGroupInput({ name: 'Leaders Circle', startDate: '2026-04-01' }))).id;
});

afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

describe('meetings.planSeries', () => {
  it('stores every meeting as UTC instants with its zone, a fixed records year and sequence 0, and keeps the rule to edit', async () => {
    const planned = await h.ok('meetings.planSeries', { groupId, rule: monthlyRule(), adjustments: [] });
    expect(planned.meetings).toHaveLength(12);
    expect(planned.skipped).toBe(0);
    const [first, , , , , , , , , last] = planned.meetings;
    // 14 April 2026 is in British Summer Time: 18:00 London is 17:00 UTC.
    expect(first).toMatchObject({ date: '2026-04-14', startTime: '18:00', timeZone: 'Europe/London', start: '2026-04-14T17:00:00.000Z', end: '2026-04-14T19:00:00.000Z', recordsYear: 2026, sequence: 0, status: 'planned' });
    expect(first!.seriesStart).toBe(first!.start);
    // 12 January 2027 is in winter time: 18:00 London is 18:00 UTC, and its records go to 2027.
    expect(last).toMatchObject({ date: '2027-01-12', start: '2027-01-12T18:00:00.000Z', recordsYear: 2027 });

    await h.reopen();
    const view = await h.ok('meetings.forGroup', { groupId });
    expect(view.series).toHaveLength(1);
    expect(view.series[0]).toMatchObject({ patternLabel: 'Monthly on the 2nd Tuesday', endLabel: '12 meetings', rule: { pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' }, fromDate: '2026-04-14', startTime: '18:00' } });
    expect(view.next?.meeting.id).toBe(first!.id);
    expect(view.upcoming).toHaveLength(12);
    expect(view.past).toEqual([]);
  });

  it('leaves out a skipped date and puts a moved one where the coach said, remembering where the series had it', async () => {
    const planned = await h.ok('meetings.planSeries', {
      groupId,
      rule: monthlyRule({ end: { type: 'count', count: 3 } }),
      adjustments: [
        { index: 1, choice: 'skip' },
        { index: 2, choice: 'move', date: '2026-06-11', time: '17:30' },
      ],
    });
    expect(planned.skipped).toBe(1);
    expect(planned.meetings.map((m) => [m.date, m.startTime])).toEqual([
      ['2026-04-14', '18:00'],
      ['2026-06-11', '17:30'],
    ]);
    expect(planned.meetings[1]!.seriesStart).toBe('2026-06-09T17:00:00.000Z');
    const view = await h.ok('meetings.forGroup', { groupId });
    expect(view.upcoming.map((r) => r.moved)).toEqual([false, true]);
  });

  it('refuses a repeated hour without the coach’s choice, naming the meeting, and stores nothing', async () => {
    // Last Sunday of October 2026: London's clocks go back from 02:00 to 01:00, so 01:30 happens twice.
    const rule = monthlyRule({ pattern: { type: 'monthly-weekday', week: -1, weekday: 'SU' }, fromDate: '2026-10-01', startTime: '01:30', end: { type: 'count', count: 1 } });
    const refused = await h.call('meetings.planSeries', { groupId, rule, adjustments: [] });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.fields?.['occurrences.0']).toMatch(/01:30 on Sunday 25 October 2026 happens twice in Europe\/London/);
    expect(h.store.group(groupId)!.meetings).toEqual([]);

    const first = await h.ok('meetings.planSeries', { groupId, rule, adjustments: [{ index: 0, choice: 'earlier' }] });
    expect(first.meetings[0]!.start).toBe('2026-10-25T00:30:00.000Z');
    const second = await h.ok('meetings.planSeries', { groupId, rule, adjustments: [{ index: 0, choice: 'later' }] });
    expect(second.meetings[0]!.start).toBe('2026-10-25T01:30:00.000Z');
  });

  it('refuses a time the clocks skip unless the coach accepts the moved time, in the southern hemisphere too', async () => {
    const sydney = (await h.ok('groups.create', sampleGroupInput({ name: 'Sydney Circle', timeZone: 'Australia/Sydney', startDate: '2026-09-01' }))).id;
    // First Sunday of October 2026: Sydney's clocks go forward from 02:00 to 03:00.
    const rule = monthlyRule({ pattern: { type: 'monthly-weekday', week: 1, weekday: 'SU' }, fromDate: '2026-10-01', startTime: '02:30', timeZone: 'Australia/Sydney', end: { type: 'count', count: 2 } });
    const refused = await h.call('meetings.planSeries', { groupId: sydney, rule, adjustments: [] });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.fields?.['occurrences.0']).toMatch(/does not exist in Australia\/Sydney.*Accept 03:30, move the meeting or skip it/);
    expect(refused.error.fields?.['occurrences.1']).toBeUndefined();

    const planned = await h.ok('meetings.planSeries', { groupId: sydney, rule, adjustments: [{ index: 0, choice: 'moved-forward' }] });
    expect(planned.meetings[0]).toMatchObject({ date: '2026-10-04', startTime: '03:30', start: '2026-10-03T16:30:00.000Z' });
    // A choice that no longer fits its meeting (this one has one time only) is refused rather than ignored.
    const stale = await h.call('meetings.planSeries', { groupId: sydney, rule, adjustments: [{ index: 0, choice: 'moved-forward' }, { index: 1, choice: 'earlier' }] });
    expect(stale.ok ? null : stale.error.fields?.['occurrences.1']).toMatch(/nothing to choose/);
  });

  it('plans only in the group’s own zone, and nothing for an archived group', async () => {
    const wrongZone = await h.call('meetings.planSeries', { groupId, rule: monthlyRule({ timeZone: 'America/New_York' }), adjustments: [] });
    expect(wrongZone.ok ? null : wrongZone.error.fields?.['rule.timeZone']).toMatch(/group's time zone \(Europe\/London\)/);
    await h.ok('groups.archive', { id: groupId });
    const archived = await h.call('meetings.planSeries', { groupId, rule: monthlyRule(), adjustments: [] });
    expect(archived.ok ? null : archived.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/archived/) });
  });
});

describe('meetings.previewSeries and previewAt: clashes across groups and zones', () => {
  it('names the other group and its time on the coach’s clock, at the edges of the buffer', async () => {
    await h.ok('meetings.planSeries', { groupId, rule: monthlyRule({ end: { type: 'count', count: 1 } }), adjustments: [] });
    const newYork = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders', timeZone: 'America/New_York', startDate: '2026-04-01' }))).id;
    const at = (time: string, minutes = 60) => h.ok('meetings.previewAt', { groupId: newYork, date: '2026-04-14', time, minutes });

    // 13:00 in New York is 18:00 in London: the same moment.
    const overlap = await at('13:00');
    expect(overlap.status).toBe('ok');
    if (overlap.status !== 'ok') return;
    expect(overlap.at.inGroupZone.label).toBe('Tue 14 Apr 2026, 13:00–14:00');
    expect(overlap.at.inCoachZone.label).toBe('Tue 14 Apr 2026, 18:00–19:00');
    expect(overlap.at.clashes).toEqual([
      expect.objectContaining({ name: 'Leaders Circle', relation: 'overlap', minutes: 60, text: 'Overlaps Leaders Circle (Tue 14 Apr 2026, 18:00–20:00, your time) by 60 minutes.' }),
    ]);
    // Starting as the London meeting ends (20:00 London), and 10 minutes later: both inside the 15-minute buffer.
    const touching = await at('15:00');
    expect(touching.status === 'ok' && touching.at.clashes.map((c) => [c.relation, c.minutes])).toEqual([['too-close', 0]]);
    const tenLater = await at('15:10');
    expect(tenLater.status === 'ok' && tenLater.at.clashes[0]?.text).toMatch(/^Leaves only 10 minutes between this and Leaders Circle/);
    // Exactly the buffer away: no clash.
    expect((await at('15:15')).status === 'ok' && (await at('15:15')).status).toBe('ok');
    const clear = await at('15:15');
    expect(clear.status === 'ok' && clear.at.clashes).toEqual([]);

    const series = await h.ok('meetings.previewSeries', {
      groupId: newYork,
      rule: monthlyRule({ timeZone: 'America/New_York', startTime: '13:00', end: { type: 'count', count: 2 } }),
    });
    expect(series.conflictCount).toBe(1);
    expect(series.summary).toBe('Monthly on the 2nd Tuesday, 13:00 (America/New_York), 2 meetings');
  });

  it('shows each choice of a meeting on a daylight-saving edge with its own clashes', async () => {
    const preview = await h.ok('meetings.previewSeries', {
      groupId,
      rule: monthlyRule({ pattern: { type: 'monthly-weekday', week: -1, weekday: 'SU' }, fromDate: '2026-10-01', startTime: '01:30', minutes: 30, end: { type: 'count', count: 1 } }),
    });
    expect(preview.needsChoice).toBe(1);
    const [only] = preview.meetings;
    expect(only?.status).toBe('twice');
    if (only?.status !== 'twice') return;
    // The first 01:30 (summer time) ends half an hour later, after the clocks went back: at 01:00.
    expect(only.earlier.inCoachZone.label).toBe('Sun 25 Oct 2026, 01:30–01:00');
    expect(only.earlier.start).toBe('2026-10-25T00:30:00.000Z');
    expect(only.later.inCoachZone.label).toBe('Sun 25 Oct 2026, 01:30–02:00');
    expect(only.later.start).toBe('2026-10-25T01:30:00.000Z');
  });

  it('a cancelled meeting frees its time', async () => {
    const planned = await h.ok('meetings.planSeries', { groupId, rule: monthlyRule({ end: { type: 'count', count: 1 } }), adjustments: [] });
    const other = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders', startDate: '2026-04-01' }))).id;
    const before = await h.ok('meetings.previewAt', { groupId: other, date: '2026-04-14', time: '18:30', minutes: 60 });
    expect(before.status === 'ok' && before.at.clashes).toHaveLength(1);
    await h.ok('meetings.cancel', { groupId, meetingId: planned.meetings[0]!.id, reason: 'Room unavailable' });
    const after = await h.ok('meetings.previewAt', { groupId: other, date: '2026-04-14', time: '18:30', minutes: 60 });
    expect(after.status === 'ok' && after.at.clashes).toEqual([]);
  });
});

describe('meetings.changeSeriesFrom', () => {
  it('keeps meetings before the date and any later one with records (as a one-off), ends the old series and starts a new one', async () => {
    h.clock.set('2026-03-15T10:00:00.000Z');
    const person = await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    const { id: membershipId } = await h.ok('memberships.add', { groupId, personId: person.id, joinedOn: '2026-04-01' });
    const planned = await h.ok('meetings.planSeries', { groupId, rule: monthlyRule({ end: { type: 'count', count: 6 } }), adjustments: [] });
    const [apr, may, jun, jul] = planned.meetings;
    // July's meeting already has attendance recorded (the coach ran it early, say).
    await recordAttendance(h, groupId, jul!.id, membershipId);
    h.clock.set('2026-05-20T10:00:00.000Z');

    const preview = await h.ok('meetings.previewSeries', {
      groupId,
      replacingSeriesId: planned.series.id,
      rule: monthlyRule({ fromDate: '2026-06-01', pattern: { type: 'monthly-weekday', week: 1, weekday: 'TH' }, end: { type: 'count', count: 3 } }),
    });
    expect(preview.keptWithRecords.map((k) => k.meetingId)).toEqual([jul!.id]);
    // The replaced meetings are not clashes; the kept July one still is not (1st Thursday is 2 July, July's kept is the 14th).
    expect(preview.conflictCount).toBe(0);

    const changed = await h.ok('meetings.changeSeriesFrom', {
      groupId,
      seriesId: planned.series.id,
      fromDate: '2026-06-01',
      rule: monthlyRule({ fromDate: '2026-06-01', pattern: { type: 'monthly-weekday', week: 1, weekday: 'TH' }, end: { type: 'count', count: 3 } }),
      adjustments: [],
    });
    expect(changed.removedCount).toBe(3); // June, August, September
    expect(changed.keptAsOneOffs.map((m) => [m.id, m.seriesId, m.sequence])).toEqual([[jul!.id, null, 1]]);
    expect(changed.meetings.map((m) => m.date)).toEqual(['2026-06-04', '2026-07-02', '2026-08-06']);
    expect(changed.ended).not.toBeNull();
    const endedRule = seriesFromText(changed.ended!.rule, 120);
    expect(endedRule.ok && endedRule.rule.end).toEqual({ type: 'until', lastDate: '2026-05-31' });

    await h.reopen();
    const stored = h.store.group(groupId)!.meetings;
    expect(stored.map((m) => m.id)).toEqual(expect.arrayContaining([apr!.id, may!.id, jul!.id]));
    expect(stored.map((m) => m.id)).not.toContain(jun!.id);
    expect(stored).toHaveLength(2 + 1 + 3);
    const view = await h.ok('meetings.forGroup', { groupId });
    expect(view.series.map((s) => s.endLabel)).toEqual(['until 31 May 2026', '3 meetings']);
    expect(view.upcoming.find((r) => r.meeting.id === jul!.id)).toMatchObject({ extra: true, hasRecords: true });
  });

  it('refuses a change from a day already past, and a new rule that starts before the change', async () => {
    const planned = await h.ok('meetings.planSeries', { groupId, rule: monthlyRule(), adjustments: [] });
    const past = await h.call('meetings.changeSeriesFrom', { groupId, seriesId: planned.series.id, fromDate: '2026-03-01', rule: monthlyRule({ fromDate: '2026-03-01' }), adjustments: [] });
    expect(past.ok ? null : past.error.fields?.fromDate).toMatch(/from today \(15 Mar 2026\) or later/);
    const early = await h.call('meetings.changeSeriesFrom', { groupId, seriesId: planned.series.id, fromDate: '2026-06-01', rule: monthlyRule({ fromDate: '2026-05-01' }), adjustments: [] });
    expect(early.ok ? null : early.error.fields?.['rule.fromDate']).toMatch(/on or after 1 Jun 2026/);
  });

  it('removes an old series that has nothing left before the change', async () => {
    const planned = await h.ok('meetings.planSeries', { groupId, rule: monthlyRule({ end: { type: 'count', count: 2 } }), adjustments: [] });
    const changed = await h.ok('meetings.changeSeriesFrom', { groupId, seriesId: planned.series.id, fromDate: '2026-04-01', rule: monthlyRule({ startTime: '19:00', end: { type: 'count', count: 2 } }), adjustments: [] });
    expect(changed.ended).toBeNull();
    expect(h.store.group(groupId)!.meetingSeries.map((s) => s.id)).toEqual([changed.series.id]);
    expect(h.store.group(groupId)!.meetings.map((m) => m.startTime)).toEqual(['19:00', '19:00']);
  });
});
