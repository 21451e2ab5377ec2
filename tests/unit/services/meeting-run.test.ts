import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMeetings, meetingId, plannedMeeting } from '../../support/meetings';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { joinAs, openHarness, refusalOf, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// A group with monthly meetings in January to April 2026; "now" is 15 March,
// so three meetings have taken place and one is still to come.

let h: ServiceHarness;
let groupId: string;
let ada: string;
let bo: string;
let cy: string;
const JAN = meetingId(1);
const FEB = meetingId(2);
const MAR = meetingId(3);
const APR = meetingId(4);

beforeEach(async () => {
  h = await openHarness();
  groupId = (await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }))).id;
  const join = (name: string, joinedOn: string) => joinAs(h, groupId, name, joinedOn);
  ada = await join('Ada', '2026-01-10');
  bo = await join('Bo', '2026-01-10');
  cy = await join('Cy', '2026-02-01');
  await addMeetings(h.store, groupId, [
    plannedMeeting({ id: JAN, date: '2026-01-13' }),
    plannedMeeting({ id: FEB, date: '2026-02-10' }),
    plannedMeeting({ id: MAR, date: '2026-03-10' }),
    plannedMeeting({ id: APR, date: '2026-04-14' }),
  ]);
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

const page = (id: string) => h.ok('meetings.page', { groupId, meetingId: id });
const refusal = refusalOf;

describe('running a meeting', () => {
  it('shows the meeting: times on both clocks, the group’s place, the agenda from the template, the rotation’s coachee', async () => {
    await h.ok('settings.update', { coachName: 'Jo', coachTimeZone: 'America/New_York' });
    const jan = await page(JAN);
    expect(jan.inGroupZone).toEqual({ timeZone: 'Europe/London', date: '2026-01-13', startTime: '18:00', endDate: '2026-01-13', endTime: '20:00' });
    expect(jan.inCoachZone).toMatchObject({ timeZone: 'America/New_York', startTime: '13:00', endTime: '15:00' });
    expect(jan.place).toEqual(sampleGroupInput().mode);
    expect(jan).toMatchObject({ state: 'planned', started: true, number: 1, of: 4, previous: null, next: { id: FEB } });
    // Cy joins in February: not at January's meeting.
    expect(jan.members.map((m) => m.name)).toEqual(['Ada', 'Bo']);
    expect(jan.coachees).toHaveLength(1);
    expect(jan.agenda.edited).toBe(false);
    expect(jan.agenda.check).toMatchObject({ fits: true, totalMinutes: 120 });
    expect(jan.agenda.items.find((i) => i.kind === 'hot-seat')?.coacheeName).toBe(jan.coachees[0]!.name);
  });

  it('records attendance, check-ins and next steps, marks it held, and the next meeting reviews the steps', async () => {
    await h.ok('meetings.recordAttendance', { groupId, meetingId: JAN, marks: [{ membershipId: ada, mark: 'present' }, { membershipId: bo, mark: 'absent' }] });
    await h.ok('meetings.recordCheckIn', { groupId, meetingId: JAN, membershipId: ada, progress: 'on-track', summary: '  Delegated the weekly report  ' });
    expect(await refusal(h.call('meetings.recordCheckIn', { groupId, meetingId: JAN, membershipId: bo, progress: 'stuck', summary: '' }))).toBe(
      'Bo is marked absent at this meeting. Mark them present to record their check-in.',
    );
    expect(await refusal(h.call('meetings.recordCheckIn', { groupId, meetingId: JAN, membershipId: ada, progress: 'stuck', summary: 'one\ntwo' }))).toMatch(
      /one line/,
    );
    const { step } = await h.ok('meetings.addNextStep', { groupId, meetingId: JAN, membershipId: ada, text: 'Ask for feedback', dueOn: '2026-02-01' });
    await h.ok('meetings.markHeld', { groupId, meetingId: JAN, held: true });

    const jan = await page(JAN);
    expect(jan.state).toBe('held');
    expect(jan.members.find((m) => m.name === 'Ada')).toMatchObject({
      attendance: 'present',
      checkIn: { progress: 'on-track', summary: 'Delegated the weekly report' },
      nextSteps: [{ step: { text: 'Ask for feedback', status: 'open' }, overdue: true }],
    });
    // Held, the agenda is kept as it was.
    expect(jan.agenda.edited).toBe(true);

    const feb = await page(FEB);
    expect(feb.review.map((r) => [r.memberName, r.step.text, r.overdue])).toEqual([['Ada', 'Ask for feedback', true]]);

    const carried = await h.ok('meetings.reviewNextStep', { groupId, meetingId: FEB, stepMeetingId: JAN, stepId: step.id, outcome: 'carried-over' });
    expect(carried.carried).toMatchObject({ carriedFromId: step.id, status: 'open', text: 'Ask for feedback', dueOn: '' });
    const after = await page(FEB);
    expect(after.review.map((r) => r.step.status)).toEqual(['carried-over']);
    expect(after.members.find((m) => m.name === 'Ada')!.nextSteps).toMatchObject([{ timesCarried: 1, firstAgreedOn: '2026-01-13' }]);
    // The carried copy is open at February, so March reviews it (and not the closed original).
    expect((await page(MAR)).review.map((r) => r.step.id)).toEqual([carried.carried!.id]);

    // Undone, the copy goes and the original is open again.
    await h.ok('meetings.reviewNextStep', { groupId, meetingId: FEB, stepMeetingId: JAN, stepId: step.id, outcome: 'open' });
    expect((await page(FEB)).members.find((m) => m.name === 'Ada')!.nextSteps).toEqual([]);
    await h.ok('meetings.reviewNextStep', { groupId, meetingId: FEB, stepMeetingId: JAN, stepId: step.id, outcome: 'done' });
    expect((await page(MAR)).review).toEqual([]);

    await h.reopen();
    expect((await page(FEB)).review.map((r) => r.step.status)).toEqual(['done']);
    expect((await page(JAN)).members.find((m) => m.name === 'Ada')!.checkIn?.summary).toBe('Delegated the weekly report');
  });

  it('takes only members in the group on the meeting’s date, and only apologies before it begins', async () => {
    expect(await refusal(h.call('meetings.recordAttendance', { groupId, meetingId: JAN, marks: [{ membershipId: cy, mark: 'present' }] }))).toBe(
      'Cy joined on 1 Feb 2026, after this meeting on 13 Jan 2026.',
    );
    expect(await refusal(h.call('meetings.recordAttendance', { groupId, meetingId: APR, marks: [{ membershipId: ada, mark: 'present' }] }))).toMatch(/apologies/);
    await h.ok('meetings.recordAttendance', { groupId, meetingId: APR, marks: [{ membershipId: ada, mark: 'excused' }] });
    expect(await refusal(h.call('meetings.addNextStep', { groupId, meetingId: APR, membershipId: bo, text: 'x', dueOn: '' }))).toMatch(/not begun/);
    expect(await refusal(h.call('meetings.markHeld', { groupId, meetingId: APR, held: true }))).toMatch(/not begun/);
    // Held needs everyone's attendance.
    expect(await refusal(h.call('meetings.markHeld', { groupId, meetingId: FEB, held: true }))).toBe(
      'Record attendance for Ada, Bo and Cy first, so the group’s attendance and turns stay right.',
    );
    // An excused coachee is not put in the hot seat.
    const apr = await page(APR);
    expect(apr.coachees.map((c) => c.name)).not.toContain('Ada');
  });

  it('swaps a coachee by hand, shows the fairness effect first, and goes back to the rotation', async () => {
    const apr = await page(APR);
    const out = apr.coachees[0]!.membershipId;
    const incoming = [ada, bo, cy].find((id) => id !== out)!;
    const preview = await h.ok('meetings.previewSwap', { groupId, meetingId: APR, out, in: incoming });
    expect(preview.coachees).toEqual([incoming]);
    expect(preview.changes.map((c) => c.membershipId)).toEqual(expect.arrayContaining([out, incoming]));
    await h.ok('meetings.setCoachees', { groupId, meetingId: APR, coachees: { type: 'by-hand', membershipIds: [incoming] } });
    expect(await page(APR)).toMatchObject({ coacheesByHand: true, coachees: [{ membershipId: incoming, reason: 'fixed' }] });
    await h.ok('meetings.setCoachees', { groupId, meetingId: APR, coachees: { type: 'rotation' } });
    expect((await page(APR)).coachees.map((c) => c.membershipId)).toEqual([out]);
  });

  it('saves an edited agenda with a warning when it does not add up, and resets it to the template', async () => {
    await h.ok('meetings.saveAgenda', {
      groupId,
      meetingId: APR,
      agenda: { type: 'edited', items: [{ kind: 'check-in', title: 'Check-in', minutes: 30 }, { kind: 'hot-seat', title: 'Hot seat', minutes: 60 }] },
    });
    const edited = (await page(APR)).agenda;
    expect(edited).toMatchObject({ edited: true, check: { fits: false, totalMinutes: 90 } });
    expect(edited.items.map((i) => i.startsAt)).toEqual([0, 30]);
    expect(edited.check.warnings[0]).toMatch(/leaving 30 minutes of the 120-minute meeting unplanned/);
    await h.ok('meetings.saveAgenda', { groupId, meetingId: APR, agenda: { type: 'template' } });
    expect((await page(APR)).agenda).toMatchObject({ edited: false, check: { fits: true } });
  });

  it('plans with the group’s own settings: two coachees and its own template', async () => {
    await h.ok('groups.updateMeetingSettings', {
      groupId,
      coacheesPerMeeting: 2,
      agendaTemplate: {
        type: 'own',
        items: [
          { kind: 'check-in', title: 'Round', timing: { type: 'fixed', minutes: 20 }, included: true },
          { kind: 'hot-seat', title: 'Hot seat', timing: { type: 'remainder' }, included: true },
        ],
      },
    });
    const apr = await page(APR);
    expect(apr.coachees).toHaveLength(2);
    expect(apr.agenda.template).toBe('group');
    expect(apr.agenda.items.map((i) => [i.title, i.minutes])).toEqual([
      ['Round', 20],
      ['Hot seat (turn 1 of 2)', 50],
      ['Hot seat (turn 2 of 2)', 50],
    ]);
  });

  it('keeps attendance and turns per member for the group’s meetings tab', async () => {
    for (const [id, marks] of [
      [JAN, { [ada]: 'present', [bo]: 'absent' }],
      [FEB, { [ada]: 'present', [bo]: 'excused', [cy]: 'present' }],
    ] as const) {
      await h.ok('meetings.recordAttendance', { groupId, meetingId: id, marks: Object.entries(marks).map(([membershipId, mark]) => ({ membershipId, mark })) });
      await h.ok('meetings.markHeld', { groupId, meetingId: id, held: true });
    }
    const stats = await h.ok('meetings.memberStats', { groupId });
    // Today is 15 March: the meeting of 10 March was never recorded, so it is neither held nor to come.
    expect(stats).toMatchObject({ heldCount: 2, plannedCount: 1, unrecordedCount: 1, coacheesPerMeeting: 1 });
    const byName = new Map(stats.members.map((m) => [m.name, m]));
    expect(byName.get('Ada')!.attendance).toEqual({ present: 2, absent: 0, excused: 0, rate: 1 });
    expect(byName.get('Bo')!.attendance).toMatchObject({ present: 0, rate: 0 });
    expect(byName.get('Cy')!.attendance).toMatchObject({ present: 1, rate: 1 });
    const turns = stats.members.reduce((sum, m) => sum + m.turns.taken + m.turns.planned, 0);
    expect(turns).toBe(3);
    // Current members first; one who joins later is told apart from one who has left.
    const dee = await h.ok('people.create', samplePersonInput({ name: 'Dee' }));
    await h.ok('memberships.add', { groupId, personId: dee.id, joinedOn: '2026-12-01' });
    const later = await h.ok('meetings.memberStats', { groupId });
    expect(later.members.map((m) => [m.name, m.active, m.joinsOn])).toEqual([
      ['Ada', true, null],
      ['Bo', true, null],
      ['Cy', true, null],
      ['Dee', false, '2026-12-01'],
    ]);
  });
});

describe('where records are kept', () => {
  it('writes each meeting’s records to the year file it was created with, and nothing else', async () => {
    // A meeting created for 2026 and moved into January 2027 keeps its records in 2026.json.
    const moved = { ...plannedMeeting({ id: meetingId(9), date: '2027-01-12' }), recordsYear: 2026 };
    const next = plannedMeeting({ id: meetingId(10), date: '2027-02-09' });
    await addMeetings(h.store, groupId, [moved, next]);
    h.clock.set('2027-02-20T10:00:00.000Z');
    await h.ok('meetings.recordAttendance', { groupId, meetingId: moved.id, marks: [{ membershipId: ada, mark: 'present' }] });
    await h.ok('meetings.addNextStep', { groupId, meetingId: moved.id, membershipId: ada, text: 'Read the book', dueOn: '' });
    await h.ok('meetings.recordAttendance', { groupId, meetingId: next.id, marks: [{ membershipId: bo, mark: 'present' }] });
    const { step } = (await h.ok('meetings.page', { groupId, meetingId: next.id })).review[0]!;
    // Reviewed in 2027, carried into 2027's file, while the original stays in 2026's.
    await h.ok('meetings.reviewNextStep', { groupId, meetingId: next.id, stepMeetingId: moved.id, stepId: step.id, outcome: 'carried-over' });
    await h.store.flush();
    const file = async (year: number) => JSON.parse(await readFile(join(h.dir, 'meetings', groupId, `${year}.json`), 'utf8'));
    const y2026 = await file(2026);
    const y2027 = await file(2027);
    expect(y2026.records.map((r: { meetingId: string }) => r.meetingId)).toEqual([moved.id]);
    expect(y2026.records[0].nextSteps[0]).toMatchObject({ status: 'carried-over', reviewedInMeetingId: next.id });
    expect(y2027.records.map((r: { meetingId: string }) => r.meetingId)).toEqual([next.id]);
    expect(y2027.records[0].nextSteps[0]).toMatchObject({ carriedFromId: step.id, status: 'open' });
  });
});
