import { afterEach, describe, expect, it } from 'vitest';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { addMeetings } from '../../support/meetings-in-store';
import { openHarness, refusalOf, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// The coach's 1:1s through the same dispatch the window uses, on a real store:
// scheduled on the coach's clock and shown on the member's, clashes named
// before saving, SEQUENCE rising only on what a calendar shows, and the "who is
// due" list across groups. "Now" is 15 March 2026; the coach is in London.

let h: ServiceHarness;
afterEach(async () => {
  await h?.close();
  await removeTempDirs();
});

async function practice() {
  h = await openHarness();
  const group = await h.ok('groups.create', sampleGroupInput({ name: 'Tuesday Circle', startDate: '2026-01-05', timeZone: 'Europe/London' }));
  const other = await h.ok('groups.create', sampleGroupInput({ name: 'Founders', startDate: '2026-01-05', timeZone: 'Europe/London' }));
  const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada Obi', email: 'ada@example.com', timeZone: 'Asia/Singapore' }));
  const bo = await h.ok('people.create', samplePersonInput({ name: 'Bo Lind', email: 'bo@example.com', timeZone: 'Europe/London' }));
  const cy = await h.ok('people.create', samplePersonInput({ name: 'Cy Moss', email: 'cy@example.com', timeZone: 'Europe/London' }));
  for (const p of [ada, bo]) await h.ok('memberships.add', { groupId: group.id, personId: p.id, joinedOn: '2026-01-05' });
  await h.ok('memberships.add', { groupId: other.id, personId: cy.id, joinedOn: '2026-01-05' });
  // Tuesday meets at 18:00 London on the second Tuesday; March's was on the 10th, April's is on the 14th.
  await addMeetings(h.store, group.id, ['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14'].map((date) => ({ date, time: '18:00', minutes: 120 })));
  return { groupId: group.id, otherId: other.id, ada: ada.id, bo: bo.id, cy: cy.id };
}

describe('the coach’s 1:1s', () => {
  it('schedules on the coach’s clock, shows the member’s, and finds it after a restart', async () => {
    const p = await practice();
    const made = await h.ok('oneToOnes.schedule', { groupId: p.groupId, personId: p.ada, date: '2026-03-20', time: '09:00', minutes: 45, where: 'https://meet.example.com/ada' });
    expect(made).toMatchObject({ personName: 'Ada Obi', timeZone: 'Europe/London', start: '2026-03-20T09:00:00.000Z', end: '2026-03-20T09:45:00.000Z', status: 'planned', sequence: 0 });
    expect(made.memberTimeZone).toBe('Asia/Singapore');
    expect(made.memberLocal).toEqual({ date: '2026-03-20', time: '17:00' });
    await h.reopen();
    expect(await h.ok('oneToOnes.forGroup', { groupId: p.groupId })).toEqual([made]);
  });

  it('names a clash with a meeting and with another 1:1 before saving, on the coach’s clock', async () => {
    const p = await practice();
    // April's meeting runs 18:00 to 20:00 London (BST, 17:00 UTC).
    const clashes = await h.ok('oneToOnes.conflicts', { id: null, date: '2026-04-14', time: '19:30', minutes: 60 });
    expect(clashes).toEqual([{ kind: 'overlap', text: 'Overlaps the Tuesday Circle meeting (Tue 14 Apr 2026, 18:00–20:00) by 30 minutes.' }]);
    await h.ok('oneToOnes.schedule', { groupId: p.otherId, personId: p.cy, date: '2026-03-23', time: '10:00', minutes: 60, where: '' });
    const near = await h.ok('oneToOnes.conflicts', { id: null, date: '2026-03-23', time: '11:05', minutes: 30 });
    expect(near).toEqual([{ kind: 'too-close', text: 'Leaves only 5 minutes beside your 1:1 with Cy Moss (Mon 23 Mar 2026, 10:00–11:00); you asked for at least 15 minutes between.' }]);
    expect(await h.ok('oneToOnes.conflicts', { id: null, date: '2026-03-23', time: '14:00', minutes: 30 })).toEqual([]);
  });

  it('raises SEQUENCE when the time, length, place or cancellation changes, and never otherwise', async () => {
    const p = await practice();
    const made = await h.ok('oneToOnes.schedule', { groupId: p.groupId, personId: p.bo, date: '2026-03-20', time: '09:00', minutes: 45, where: '' });
    const same = await h.ok('oneToOnes.update', { groupId: p.groupId, id: made.id, date: '2026-03-20', time: '09:00', minutes: 45, where: '' });
    expect(same.sequence).toBe(0);
    const moved = await h.ok('oneToOnes.update', { groupId: p.groupId, id: made.id, date: '2026-03-21', time: '09:00', minutes: 45, where: '' });
    expect(moved.sequence).toBe(1);
    expect((await h.ok('oneToOnes.setStatus', { groupId: p.groupId, id: made.id, status: 'held' })).sequence).toBe(1);
    expect((await h.ok('oneToOnes.setStatus', { groupId: p.groupId, id: made.id, status: 'cancelled' })).sequence).toBe(2);
  });

  it('refuses a time the clocks skip, a non-member and an impossible length, each on its field', async () => {
    const p = await practice();
    // 29 March 2026, 01:30 does not exist in London.
    const skipped = await h.call('oneToOnes.schedule', { groupId: p.groupId, personId: p.ada, date: '2026-03-29', time: '01:30', minutes: 30, where: '' });
    expect(!skipped.ok && Object.keys(skipped.error.fields ?? {})).toEqual(['time']);
    expect(await refusalOf(h.call('oneToOnes.schedule', { groupId: p.groupId, personId: p.cy, date: '2026-03-20', time: '09:00', minutes: 30, where: '' }))).toMatch(/member of this group/);
    expect(await refusalOf(h.call('oneToOnes.schedule', { groupId: p.groupId, personId: p.ada, date: '2026-03-20', time: '09:00', minutes: 5, where: '' }))).toMatch(/at least 15 minutes/);
  });

  it('lists who is due across groups, and a scheduled 1:1 moves a member down', async () => {
    const p = await practice();
    let due = await h.ok('oneToOnes.due', {});
    // Tuesday: one 1:1 per member between meetings; both are due before 14 April, and overdue for the gaps they missed.
    const tuesday = due.filter((d) => d.groupId === p.groupId);
    expect(tuesday.map((d) => d.personName).sort()).toEqual(['Ada Obi', 'Bo Lind']);
    expect(tuesday.every((d) => d.state === 'overdue' && d.because.length > 0)).toBe(true);
    await h.ok('oneToOnes.schedule', { groupId: p.groupId, personId: p.bo, date: '2026-03-25', time: '09:00', minutes: 45, where: '' });
    due = await h.ok('oneToOnes.due', {});
    const order = due.filter((d) => d.groupId === p.groupId).map((d) => [d.personName, d.state]);
    expect(order).toEqual([['Ada Obi', 'overdue'], ['Bo Lind', 'scheduled']]);
  });

  it('lists the group’s members by name with their last and next 1:1 on the coach’s clock', async () => {
    const p = await practice();
    await h.ok('oneToOnes.schedule', { groupId: p.groupId, personId: p.bo, date: '2026-03-25', time: '09:00', minutes: 45, where: '' });
    const rows = await h.ok('oneToOnes.byMember', { groupId: p.groupId });
    expect(rows.map((r) => r.personName)).toEqual(['Ada Obi', 'Bo Lind']);
    const [ada, bo] = rows;
    // Both missed the gaps since joining on 5 January; Bo's planned 1:1 catches up.
    expect(ada).toMatchObject({ personId: p.ada, timeZone: 'Asia/Singapore', lastHeldOn: null, nextPlanned: null, status: { kind: 'overdue', dueOn: '2026-01-13' } });
    expect(bo).toMatchObject({ nextPlanned: { date: '2026-03-25', time: '09:00' }, status: { kind: 'scheduled', dueOn: '2026-01-13' } });
    expect(bo?.because).toBe('Planned for 25 Mar 2026 to catch up on the one due 13 Jan 2026.');
    expect(await refusalOf(h.call('oneToOnes.byMember', { groupId: '00000000-0000-4000-8000-00000000dead' }))).toBeTruthy();
  });
});
