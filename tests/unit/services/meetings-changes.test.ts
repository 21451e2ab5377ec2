import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monthlyRule } from '../../support/meeting-plans';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// One meeting at a time: move, cancel, reinstate, add an extra one.

let h: ServiceHarness;
let groupId: string;
let meetingIds: string[];

beforeEach(async () => {
  h = await openHarness();
  groupId = (await h.ok('groups.create', sampleGroupInput({ name: 'Leaders Circle', startDate: '2026-04-01' }))).id;
  const planned = await h.ok('meetings.planSeries', { groupId, rule: monthlyRule({ fromDate: '2026-11-01', end: { type: 'count', count: 3 } }), adjustments: [] });
  meetingIds = planned.meetings.map((m) => m.id);
});

afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

describe('meetings.move', () => {
  it('stores the new local time as UTC, bumps the sequence and keeps the records year across a year boundary', async () => {
    const december = meetingIds[1]!; // Tuesday 8 December 2026
    const moved = await h.ok('meetings.move', { groupId, meetingId: december, date: '2027-01-05', time: '17:00', minutes: 90, place: { type: 'in-person', address: '1 High St' } });
    expect(moved).toMatchObject({ date: '2027-01-05', startTime: '17:00', minutes: 90, start: '2027-01-05T17:00:00.000Z', end: '2027-01-05T18:30:00.000Z', recordsYear: 2026, sequence: 1, place: { type: 'in-person', address: '1 High St' } });
    await h.reopen();
    const view = await h.ok('meetings.forGroup', { groupId });
    expect(view.upcoming.find((r) => r.meeting.id === december)).toMatchObject({ moved: true, extra: false });
  });

  it('refuses a time the clocks skip and asks which of a repeated hour, on the fields to fix', async () => {
    const gap = await h.call('meetings.move', { groupId, meetingId: meetingIds[0]!, date: '2027-03-28', time: '01:30', minutes: 60 });
    expect(gap.ok ? null : gap.error.fields?.time).toMatch(/does not exist in Europe\/London/);
    const twice = await h.call('meetings.move', { groupId, meetingId: meetingIds[0]!, date: '2026-10-25', time: '01:15', minutes: 30 });
    expect(twice.ok ? null : twice.error.fields?.repeatedHour).toMatch(/happens twice/);
    const later = await h.ok('meetings.move', { groupId, meetingId: meetingIds[0]!, date: '2026-10-25', time: '01:15', minutes: 30, repeatedHour: 'later' });
    expect(later.start).toBe('2026-10-25T01:15:00.000Z');
    expect(h.store.group(groupId)!.meetings.find((m) => m.id === meetingIds[0])!.sequence).toBe(1);
  });

  it('refuses a meeting of another group as unknown, and a cancelled meeting until it is reinstated', async () => {
    const other = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders' }))).id;
    const foreign = await h.call('meetings.move', { groupId: other, meetingId: meetingIds[0]!, date: '2026-11-12', time: '18:00', minutes: 60 });
    expect(foreign.ok ? null : foreign.error.code).toBe('not_found');
    await h.ok('meetings.cancel', { groupId, meetingId: meetingIds[0]!, reason: 'Coach ill' });
    const cancelled = await h.call('meetings.move', { groupId, meetingId: meetingIds[0]!, date: '2026-11-12', time: '18:00', minutes: 60 });
    expect(cancelled.ok ? null : cancelled.error.message).toMatch(/Reinstate it before moving it/);
  });
});

describe('meetings.cancel and meetings.reinstate', () => {
  it('keeps a cancelled meeting with its reason, and reinstating clears it; each bumps the sequence', async () => {
    const cancelled = await h.ok('meetings.cancel', { groupId, meetingId: meetingIds[2]!, reason: '  Room unavailable  ' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledReason: 'Room unavailable', sequence: 1 });
    const view = await h.ok('meetings.forGroup', { groupId });
    expect(view.upcoming.map((r) => r.meeting.status)).toEqual(['planned', 'planned', 'cancelled']);
    expect((await h.call('meetings.cancel', { groupId, meetingId: meetingIds[2]!, reason: 'Again' })).ok).toBe(false);
    const empty = await h.call('meetings.cancel', { groupId, meetingId: meetingIds[1]!, reason: '   ' });
    expect(empty.ok ? null : empty.error.fields?.reason).toBe('Reason is required.');

    const back = await h.ok('meetings.reinstate', { groupId, meetingId: meetingIds[2]! });
    expect(back).toMatchObject({ status: 'planned', cancelledReason: '', sequence: 2 });
    expect((await h.call('meetings.reinstate', { groupId, meetingId: meetingIds[2]! })).ok).toBe(false);
  });

  it('the next meeting skips a cancelled one', async () => {
    await h.ok('meetings.cancel', { groupId, meetingId: meetingIds[0]!, reason: 'Holiday' });
    expect((await h.ok('meetings.forGroup', { groupId })).next?.meeting.id).toBe(meetingIds[1]);
  });
});

describe('meetings.addExtra', () => {
  it('adds a one-off in the group’s zone, outside any series, with its records year', async () => {
    const extra = await h.ok('meetings.addExtra', { groupId, date: '2026-12-30', time: '09:00', minutes: 60 });
    expect(extra).toMatchObject({ seriesId: null, seriesStart: null, timeZone: 'Europe/London', start: '2026-12-30T09:00:00.000Z', recordsYear: 2026, sequence: 0, place: null });
    const view = await h.ok('meetings.forGroup', { groupId });
    expect(view.upcoming.map((r) => [r.meeting.date, r.extra])).toEqual([
      ['2026-11-10', false],
      ['2026-12-08', false],
      ['2026-12-30', true],
      ['2027-01-12', false],
    ]);
  });
});

describe('meetings.forGroup times in other zones', () => {
  it('shows each meeting on the coach’s clock and, when asked, a member’s, and lists members’ zones', async () => {
    await h.ok('settings.update', { coachName: 'Jo', coachTimeZone: 'America/New_York' });
    const tokyo = await h.ok('people.create', samplePersonInput({ name: 'Kenji', timeZone: 'Asia/Tokyo' }));
    await h.ok('memberships.add', { groupId, personId: tokyo.id, joinedOn: '2026-04-01' });
    const view = await h.ok('meetings.forGroup', { groupId, viewerZone: 'Asia/Tokyo' });
    const first = view.upcoming[0]!;
    // Tue 10 Nov 2026 18:00 London (UTC+0) = 13:00 New York = Wed 03:00 Tokyo.
    expect(first.inGroupZone.label).toBe('Tue 10 Nov 2026, 18:00–20:00');
    expect(first.inCoachZone?.label).toBe('Tue 10 Nov 2026, 13:00–15:00');
    expect(first.inViewerZone?.label).toBe('Wed 11 Nov 2026, 03:00–05:00');
    expect(view.memberZones).toEqual([{ zone: 'Asia/Tokyo', names: ['Kenji'] }]);
  });
});
