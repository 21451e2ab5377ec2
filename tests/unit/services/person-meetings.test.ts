import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMeetings, meetingId, plannedMeeting } from '../../support/meetings';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// A person's meetings for their page's timeline, over the real store. The
// harness's clock says 15 March 2026, 10:00 UTC.

let h: ServiceHarness;
let circle: string;
let founders: string;
let adaId: string;
let boId: string;
let ada: string;
let bo: string;
let adaInFounders: string;
const DEC = meetingId(1);
const JAN = meetingId(2);
const FEB = meetingId(3);
const MAR = meetingId(4);
const APR = meetingId(5);
const F_FEB = meetingId(11);
const F_MAR = meetingId(12);

beforeEach(async () => {
  h = await openHarness();
  circle = (await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }))).id;
  founders = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders' }))).id;
  adaId = (await h.ok('people.create', samplePersonInput({ name: 'Ada' }))).id;
  boId = (await h.ok('people.create', samplePersonInput({ name: 'Bo' }))).id;
  ada = (await h.ok('memberships.add', { groupId: circle, personId: adaId, joinedOn: '2026-01-10' })).id;
  bo = (await h.ok('memberships.add', { groupId: circle, personId: boId, joinedOn: '2025-11-01' })).id;
  adaInFounders = (await h.ok('memberships.add', { groupId: founders, personId: adaId, joinedOn: '2026-01-10' })).id;
  await addMeetings(h.store, circle, [
    plannedMeeting({ id: DEC, date: '2025-12-09' }),
    plannedMeeting({ id: JAN, date: '2026-01-13' }),
    plannedMeeting({ id: FEB, date: '2026-02-10' }),
    plannedMeeting({ id: MAR, date: '2026-03-10' }),
    plannedMeeting({ id: APR, date: '2026-04-14' }),
  ]);
  await addMeetings(h.store, founders, [plannedMeeting({ id: F_FEB, date: '2026-02-12' }), plannedMeeting({ id: F_MAR, date: '2026-03-12' })]);
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

async function hold(groupId: string, meetingId: string, marks: Record<string, 'present' | 'absent' | 'excused'>, coachee?: string) {
  // The hot seat is chosen first: a member who sent apologies could not be chosen, one who then did not come keeps the turn.
  if (coachee) await h.ok('meetings.setCoachees', { groupId, meetingId, coachees: { type: 'by-hand', membershipIds: [coachee] } });
  await h.ok('meetings.recordAttendance', { groupId, meetingId, marks: Object.entries(marks).map(([membershipId, mark]) => ({ membershipId, mark })) });
  await h.ok('meetings.markHeld', { groupId, meetingId, held: true });
}

const summary = async (personId: string) =>
  (await h.ok('meetings.personHistory', { id: personId })).meetings.map((m) => [m.groupName, m.date, m.state, m.attendance, m.coachee, m.cancelledReason]);

describe('a person’s meetings', () => {
  it('lists what happened at each past meeting of every group they were in, newest first', async () => {
    await hold(circle, DEC, { [bo]: 'present' }, bo);
    await hold(circle, JAN, { [ada]: 'present', [bo]: 'present' }, ada);
    await h.ok('meetings.cancel', { groupId: circle, meetingId: FEB, reason: 'Snowed in' });
    // Past and never recorded as held, but her apologies were noted.
    await h.ok('meetings.recordAttendance', { groupId: circle, meetingId: MAR, marks: [{ membershipId: ada, mark: 'excused' }] });
    await hold(founders, F_FEB, { [adaInFounders]: 'absent' }, adaInFounders);
    await h.ok('memberships.leave', { groupId: founders, membershipId: adaInFounders, leftOn: '2026-02-20' });
    // A finished programme is still her history.
    await h.ok('groups.archive', { id: founders });

    const history = await h.ok('meetings.personHistory', { id: adaId });
    expect(history.groupIds.sort()).toEqual([circle, founders].sort());
    // December was before she joined, Founders' March after she left, April is still to come.
    expect(await summary(adaId)).toEqual([
      ['Circle', '2026-03-10', 'not-recorded', 'excused', false, ''],
      ['Founders', '2026-02-12', 'held', 'absent', true, ''],
      ['Circle', '2026-02-10', 'cancelled', null, false, 'Snowed in'],
      ['Circle', '2026-01-13', 'held', 'present', true, ''],
    ]);
    expect(history.meetings[0]).toMatchObject({ groupId: circle, meetingId: MAR, startTime: '18:00', timeZone: 'Europe/London' });

    // Bo's own marks and turns, not Ada's; his membership covers December.
    expect(await summary(boId)).toEqual([
      ['Circle', '2026-03-10', 'not-recorded', null, false, ''],
      ['Circle', '2026-02-10', 'cancelled', null, false, 'Snowed in'],
      ['Circle', '2026-01-13', 'held', 'present', false, ''],
      ['Circle', '2025-12-09', 'held', 'present', true, ''],
    ]);
  });

  it('leaves out today’s meeting until it is recorded, and shows it once held', async () => {
    await addMeetings(h.store, circle, [plannedMeeting({ id: meetingId(6), date: '2026-03-15', time: '08:00' })]);
    expect((await summary(adaId)).map(([, date]) => date)).not.toContain('2026-03-15');
    await hold(circle, meetingId(6), { [ada]: 'present', [bo]: 'present' }, bo);
    expect((await summary(adaId))[0]).toEqual(['Circle', '2026-03-15', 'held', 'present', false, '']);
  });

  it('answers with nothing for someone in no group, and refuses an unknown person', async () => {
    const cy = (await h.ok('people.create', samplePersonInput({ name: 'Cy' }))).id;
    expect(await h.ok('meetings.personHistory', { id: cy })).toEqual({ groupIds: [], meetings: [] });
    const unknown = await h.call('meetings.personHistory', { id: '00000000-0000-4000-8000-00000000ffff' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
