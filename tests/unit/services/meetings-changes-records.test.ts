import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMeetings, meetingId, plannedMeeting } from '../../support/meetings';
import { sampleGroupInput } from '../../support/sample-records';
import { joinAs, openHarness, refusalOf, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// Moving or cancelling a meeting never rewrites its records, so main refuses a
// change the records would contradict. "Now" is 15 March 2026: January's and
// February's meetings are past, April's is to come.

let h: ServiceHarness;
let groupId: string;
let ada: string;
let cy: string;
const JAN = meetingId(1);
const FEB = meetingId(2);
const APR = meetingId(4);

beforeEach(async () => {
  h = await openHarness();
  groupId = (await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }))).id;
  const join = (name: string, joinedOn: string) => joinAs(h, groupId, name, joinedOn);
  ada = await join('Ada', '2026-01-10');
  cy = await join('Cy', '2026-02-01');
  await addMeetings(h.store, groupId, [
    plannedMeeting({ id: JAN, date: '2026-01-13' }),
    plannedMeeting({ id: FEB, date: '2026-02-10' }),
    plannedMeeting({ id: APR, date: '2026-04-14' }),
  ]);
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

const refusal = refusalOf;
const stored = (id: string) => h.store.group(groupId)!.meetings.find((m) => m.id === id)!;

describe('cancelling a past meeting', () => {
  it('cancels one that was never held, and refuses one recorded as held until it is marked not held', async () => {
    const unheld = await h.ok('meetings.cancel', { groupId, meetingId: JAN, reason: 'Nobody could come' });
    expect(unheld).toMatchObject({ status: 'cancelled', cancelledReason: 'Nobody could come' });

    await h.ok('meetings.recordAttendance', { groupId, meetingId: FEB, marks: [{ membershipId: ada, mark: 'present' }, { membershipId: cy, mark: 'present' }] });
    await h.ok('meetings.markHeld', { groupId, meetingId: FEB, held: true });
    expect(await refusal(h.call('meetings.cancel', { groupId, meetingId: FEB, reason: 'Oops' }))).toMatch(/recorded as held, so it cannot be cancelled/);
    expect(stored(FEB)).toMatchObject({ status: 'planned', sequence: 0 });

    await h.ok('meetings.markHeld', { groupId, meetingId: FEB, held: false });
    expect(await h.ok('meetings.cancel', { groupId, meetingId: FEB, reason: 'It did not happen after all' })).toMatchObject({ status: 'cancelled' });
  });
});

describe('moving a meeting with records', () => {
  it('corrects the time and place of a past meeting that was never held, and back to the usual place', async () => {
    const moved = await h.ok('meetings.move', { groupId, meetingId: JAN, date: '2026-01-15', time: '09:00', minutes: 90, place: { type: 'in-person', address: 'The library' } });
    expect(moved).toMatchObject({ date: '2026-01-15', startTime: '09:00', place: { type: 'in-person', address: 'The library' } });
    const usual = await h.ok('meetings.move', { groupId, meetingId: JAN, date: '2026-01-15', time: '09:00', minutes: 90, place: null });
    expect(usual.place).toBeNull();
    // Main checks the place again, whatever the form let through.
    const bad = await h.call('meetings.addExtra', { groupId, date: '2026-05-05', time: '18:00', minutes: 60, place: { type: 'hybrid', videoLink: 'not a link', address: ' ' } });
    expect(bad.ok ? null : Object.keys(bad.error.fields ?? {}).sort()).toEqual(['place.address', 'place.videoLink']);
  });

  it('refuses a time still to come once who came is recorded, but corrects it within the past', async () => {
    await h.ok('meetings.recordAttendance', { groupId, meetingId: FEB, marks: [{ membershipId: ada, mark: 'present' }] });
    expect(await refusal(h.call('meetings.move', { groupId, meetingId: FEB, date: '2026-03-20', time: '18:00', minutes: 120 }))).toMatch(/cannot move to a time that has not come yet/);
    expect(stored(FEB).date).toBe('2026-02-10');
    expect((await h.ok('meetings.move', { groupId, meetingId: FEB, date: '2026-02-12', time: '18:00', minutes: 120 })).date).toBe('2026-02-12');
  });

  it('refuses a day when a member on its record was not in the group', async () => {
    // Cy's apologies for April are on record; Cy joined on 1 February.
    await h.ok('meetings.recordAttendance', { groupId, meetingId: APR, marks: [{ membershipId: cy, mark: 'excused' }] });
    expect(await refusal(h.call('meetings.move', { groupId, meetingId: APR, date: '2026-01-20', time: '18:00', minutes: 120 }))).toMatch(/^Cy joined on .*cannot move to that day\.$/);
    // Apologies only: the meeting can still move to another day to come.
    expect((await h.ok('meetings.move', { groupId, meetingId: APR, date: '2026-04-21', time: '18:00', minutes: 120 })).date).toBe('2026-04-21');
  });
});
