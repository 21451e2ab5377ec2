import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMeetings, meetingId, plannedMeeting } from '../../support/meetings';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// What running meetings raises on the dashboard and shows on a person's page.

let h: ServiceHarness;
let circle: string;
let founders: string;
let adaId: string;
let ada: string;
let bo: string;
let adaInFounders: string;
const JAN = meetingId(1);
const FEB = meetingId(2);
const MAR = meetingId(3);
const F_FEB = meetingId(11);

beforeEach(async () => {
  h = await openHarness();
  circle = (await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }))).id;
  founders = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders' }))).id;
  adaId = (await h.ok('people.create', samplePersonInput({ name: 'Ada' }))).id;
  const boId = (await h.ok('people.create', samplePersonInput({ name: 'Bo' }))).id;
  ada = (await h.ok('memberships.add', { groupId: circle, personId: adaId, joinedOn: '2026-01-10' })).id;
  bo = (await h.ok('memberships.add', { groupId: circle, personId: boId, joinedOn: '2026-01-10' })).id;
  adaInFounders = (await h.ok('memberships.add', { groupId: founders, personId: adaId, joinedOn: '2026-01-10' })).id;
  await addMeetings(h.store, circle, [plannedMeeting({ id: JAN, date: '2026-01-13' }), plannedMeeting({ id: FEB, date: '2026-02-10' }), plannedMeeting({ id: MAR, date: '2026-03-10' })]);
  await addMeetings(h.store, founders, [plannedMeeting({ id: F_FEB, date: '2026-02-12' })]);
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

async function hold(meetingId: string, marks: Record<string, 'present' | 'absent' | 'excused'>) {
  await h.ok('meetings.recordAttendance', { groupId: circle, meetingId, marks: Object.entries(marks).map(([membershipId, mark]) => ({ membershipId, mark })) });
  await h.ok('meetings.markHeld', { groupId: circle, meetingId, held: true });
}

const meetingItems = async () => (await h.ok('dashboard.get', {})).attention.filter((i) => i.kind === 'missed-two-meetings' || i.kind === 'next-step-overdue');

describe('dashboard items from meetings', () => {
  it('names a member away at the last two held meetings, until they come back', async () => {
    await hold(JAN, { [ada]: 'present', [bo]: 'absent' });
    expect(await meetingItems()).toEqual([]);
    await hold(FEB, { [ada]: 'present', [bo]: 'excused' });
    expect(await meetingItems()).toEqual([
      expect.objectContaining({
        kind: 'missed-two-meetings',
        groupId: circle,
        personName: 'Bo',
        message: 'Bo missed the last two meetings of Circle (13 Jan and 10 Feb 2026). A word before the next one may help.',
      }),
    ]);
    await hold(MAR, { [ada]: 'present', [bo]: 'present' });
    expect(await meetingItems()).toEqual([]);
  });

  it('lists overdue next steps once per member and group, and not once they are reviewed', async () => {
    await h.ok('meetings.addNextStep', { groupId: circle, meetingId: JAN, membershipId: ada, text: 'Ask for feedback', dueOn: '2026-02-01' });
    await h.ok('meetings.addNextStep', { groupId: circle, meetingId: JAN, membershipId: ada, text: 'Book the course', dueOn: '2026-03-01' });
    const { step: notDue } = await h.ok('meetings.addNextStep', { groupId: founders, meetingId: F_FEB, membershipId: adaInFounders, text: 'Write the plan', dueOn: '2026-04-01' });
    expect((await meetingItems()).map((i) => i.message)).toEqual(['Ada has 2 overdue next steps in Circle, the oldest due on 1 Feb 2026.']);

    // Her page lists every open step across groups, the overdue ones first.
    const mine = await h.ok('meetings.personNextSteps', { id: adaId });
    expect(mine.open.map((s) => [s.groupName, s.step.text, s.overdue])).toEqual([
      ['Circle', 'Ask for feedback', true],
      ['Circle', 'Book the course', true],
      ['Founders', 'Write the plan', false],
    ]);
    expect(mine.groupIds.sort()).toEqual([circle, founders].sort());
    expect(mine.open[2]!.step.id).toBe(notDue.id);

    await hold(FEB, { [ada]: 'present', [bo]: 'present' });
    const review = (await h.ok('meetings.page', { groupId: circle, meetingId: FEB })).review;
    for (const { step } of review) await h.ok('meetings.reviewNextStep', { groupId: circle, meetingId: FEB, stepMeetingId: JAN, stepId: step.id, outcome: 'done' });
    expect(await meetingItems()).toEqual([]);
    expect((await h.ok('meetings.personNextSteps', { id: adaId })).open.map((s) => s.step.text)).toEqual(['Write the plan']);
  });

  it('names past meetings left unrecorded, one item per group pointing at the oldest, until each is held or marked not held', async () => {
    // Today is 15 March 2026: all four meetings are past and nothing is recorded yet.
    const unrecorded = async () => (await h.ok('dashboard.get', {})).attention.filter((i) => i.kind === 'meetings-not-recorded');
    expect(await unrecorded()).toEqual([
      expect.objectContaining({ groupId: circle, meetingId: JAN, meetingDate: '2026-01-13', message: '3 past meetings of Circle are not recorded yet, the oldest on 13 Jan 2026: record them, or mark them as not held.' }),
      expect.objectContaining({ groupId: founders, meetingId: F_FEB, message: 'The meeting of Founders on 12 Feb 2026 is not recorded yet: record it, or mark it as not held.' }),
    ]);
    await hold(JAN, { [ada]: 'present', [bo]: 'present' });
    await h.ok('meetings.cancel', { groupId: circle, meetingId: FEB, reason: 'Snowed in' });
    expect((await unrecorded()).map((i) => [i.groupName, i.meetingId])).toEqual([['Circle', MAR], ['Founders', F_FEB]]);

    // The Meetings tab says so too, and counts only March's meeting as neither held nor to come.
    const stats = await h.ok('meetings.memberStats', { groupId: circle });
    expect(stats).toMatchObject({ heldCount: 1, plannedCount: 0, unrecordedCount: 1 });
    await hold(MAR, { [ada]: 'present', [bo]: 'present' });
    expect((await unrecorded()).map((i) => i.groupName)).toEqual(['Founders']);
  });
});
