import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Group, Person } from '../../../src/shared/entities';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

let h: ServiceHarness;
let group: Group;
let ada: Person;
beforeEach(async () => {
  h = await openHarness();
  group = await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }));
  ada = await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

const membershipOf = async (personId: string) =>
  (await h.ok('groups.get', { id: group.id })).members.filter((m) => m.membership.personId === personId);
/** The group page as the renderer reloads it after a change. */
const page = (id = group.id) => h.ok('groups.get', { id });

describe('memberships', () => {
  it('adds a person and keeps the membership across a restart', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    // The answer is the membership that was added, not the page.
    expect(added).toEqual({ id: expect.any(String), personId: ada.id, joinedOn: '2026-01-10', leftOn: null, goal: null });
    const detail = await page();
    expect(detail.activeMemberCount).toBe(1);
    expect(detail.members[0]).toMatchObject({ active: true, person: { name: 'Ada' }, membership: { joinedOn: '2026-01-10', leftOn: null, goal: null } });
    await h.reopen();
    expect((await membershipOf(ada.id))[0]?.membership.joinedOn).toBe('2026-01-10');
  });

  it('refuses an unknown person or group, and someone who is already a member', async () => {
    const noPerson = await h.call('memberships.add', { groupId: group.id, personId: '00000000-0000-4000-8000-0000000000ff', joinedOn: '2026-01-10' });
    expect(noPerson.ok || noPerson.error).toEqual({ code: 'not_found', message: 'That person could not be found. It may have been deleted.' });
    const noGroup = await h.call('memberships.add', { groupId: '00000000-0000-4000-8000-0000000000ff', personId: ada.id, joinedOn: '2026-01-10' });
    expect(noGroup.ok || noGroup.error.code).toBe('not_found');

    await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const twice = await h.call('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-02-01' });
    expect(twice.ok || twice.error).toEqual({
      code: 'conflict',
      message: 'Ada is already a member of this group (since 10 Jan 2026).',
      fields: { personId: 'Ada is already a member of this group (since 10 Jan 2026).' },
    });
  });

  it('records leaving without losing the membership, and refuses a leaving date on or before joining', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const membershipId = added.id;
    const message = 'The leaving date must be after the joining date (10 Jan 2026): a membership lasts at least one day.';
    for (const leftOn of ['2026-01-09', '2026-01-10']) {
      const early = await h.call('memberships.leave', { groupId: group.id, membershipId, leftOn });
      expect(early.ok || early.error).toEqual({ code: 'invalid_input', message, fields: { leftOn: message } });
    }
    const left = await h.ok('memberships.leave', { groupId: group.id, membershipId, leftOn: '2026-03-01' });
    expect(left).toEqual({ ...added, leftOn: '2026-03-01' });
    const after = await page();
    expect(after.activeMemberCount).toBe(0);
    expect(after.members).toHaveLength(1);
    expect(after.members[0]).toMatchObject({ active: false, membership: { leftOn: '2026-03-01' } });
  });

  it('rejoins someone who left as a new period from today, keeping the earlier one', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const first = added.id;
    await h.ok('goals.set', { groupId: group.id, membershipId: first, goal: { text: 'I want to get better at saying no', targetDate: '', status: 'in-progress' } });
    await h.ok('memberships.leave', { groupId: group.id, membershipId: first, leftOn: '2026-02-01' });
    const back = await h.ok('memberships.rejoin', { groupId: group.id, membershipId: first });
    // The answer is the new period.
    expect(back).toMatchObject({ personId: ada.id, joinedOn: '2026-03-15', leftOn: null });
    expect(back.id).not.toBe(first);
    const members = (await page()).members;
    expect(members.map((m) => [m.membership.joinedOn, m.membership.leftOn, m.active])).toEqual([
      ['2026-03-15', null, true],
      ['2026-01-10', '2026-02-01', false],
    ]);
    expect(members[0]?.membership.goal?.text).toBe('I want to get better at saying no');
    const again = await h.call('memberships.rejoin', { groupId: group.id, membershipId: back.id });
    expect(again.ok || again.error).toEqual({ code: 'conflict', message: 'Ada has not left this group.' });
    // The old period cannot be reopened while the new one runs.
    const old = await h.call('memberships.rejoin', { groupId: group.id, membershipId: first });
    expect(old.ok || old.error.code).toBe('conflict');
  });

  it('does not rejoin someone after the group\'s planned end', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const id = added.id;
    await h.ok('memberships.leave', { groupId: group.id, membershipId: id, leftOn: '2026-03-01' });
    h.clock.set('2027-02-01T10:00:00.000Z'); // the circle was planned to end on 10 Jan 2027
    const late = await h.call('memberships.rejoin', { groupId: group.id, membershipId: id });
    expect(late.ok || late.error).toEqual({ code: 'conflict', message: 'The group is planned to end on 10 Jan 2027, so nobody can join after that.' });
  });

  it('cancels a leaving date that has not arrived yet instead of adding a period', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const id = added.id;
    await h.ok('memberships.leave', { groupId: group.id, membershipId: id, leftOn: '2026-04-01' });
    const back = await h.ok('memberships.rejoin', { groupId: group.id, membershipId: id });
    expect(back).toEqual({ ...added, leftOn: null });
    expect((await page()).members.map((m) => [m.membership.id, m.membership.leftOn])).toEqual([[id, null]]);
  });

  it('uses the group\'s time zone for "today"', async () => {
    const kiwi = await h.ok('groups.create', sampleGroupInput({ name: 'Kiwi', timeZone: 'Pacific/Auckland' }));
    h.clock.set('2026-03-15T11:30:00.000Z'); // 00:30 on 16 March in Auckland
    await h.ok('memberships.add', { groupId: kiwi.id, personId: ada.id, joinedOn: '2026-03-16' });
    expect((await page(kiwi.id)).activeMemberCount).toBe(1);
    await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-03-16' });
    expect((await page()).activeMemberCount).toBe(0);
  });

  it('removes a mistaken membership together with the person\'s agreement', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    await h.ok('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-01-10' });
    const removed = await h.ok('memberships.remove', { groupId: group.id, membershipId: added.id });
    expect(removed).toEqual({ removed: added });
    expect((await page()).members).toEqual([]);
    await h.reopen();
    const raw = h.store.group(group.id);
    expect(raw?.normAgreements).toEqual([]);
    const missing = await h.call('memberships.remove', { groupId: group.id, membershipId: added.id });
    expect(missing.ok || missing.error).toEqual({ code: 'not_found', message: 'That membership could not be found. It may have been deleted.' });
  });
});

describe('adding several members at once', () => {
  it('adds everyone on one joining day in one change', async () => {
    const bo = await h.ok('people.create', samplePersonInput({ name: 'Bo' }));
    const cy = await h.ok('people.create', samplePersonInput({ name: 'Cy' }));
    const added = await h.ok('memberships.addMany', { groupId: group.id, personIds: [ada.id, bo.id, cy.id], joinedOn: '2026-02-01' });
    // The answer is the memberships added, in the order the people were chosen.
    expect(added.map((m) => [m.personId, m.joinedOn])).toEqual([
      [ada.id, '2026-02-01'],
      [bo.id, '2026-02-01'],
      [cy.id, '2026-02-01'],
    ]);
    expect((await page()).members.map((m) => [m.name, m.membership.joinedOn])).toEqual([
      ['Ada', '2026-02-01'],
      ['Bo', '2026-02-01'],
      ['Cy', '2026-02-01'],
    ]);
    await h.reopen();
    expect((await h.ok('groups.get', { id: group.id })).activeMemberCount).toBe(3);
  });

  it('adds nobody when anyone is refused, and names each refusal by its place in the list', async () => {
    const bo = await h.ok('people.create', samplePersonInput({ name: 'Bo' }));
    await h.ok('memberships.add', { groupId: group.id, personId: bo.id, joinedOn: '2026-01-10' });
    const gone = '00000000-0000-4000-8000-0000000000ff';
    const refused = await h.call('memberships.addMany', { groupId: group.id, personIds: [ada.id, bo.id, gone], joinedOn: '2026-02-01' });
    expect(refused.ok || refused.error).toEqual({
      code: 'conflict',
      message: 'Nothing was saved: 2 of the 3 people cannot be added.',
      fields: {
        'personIds.1': 'Bo is already a member of this group (since 10 Jan 2026).',
        'personIds.2': 'That person could not be found. They may have been deleted.',
      },
    });
    expect((await h.ok('groups.get', { id: group.id })).members.map((m) => m.name)).toEqual(['Bo']);
  });

  it('refuses a joining day after the group\'s planned end, for everyone at once', async () => {
    // The circle starts 10 Jan 2026 and runs 12 months.
    const late = await h.call('memberships.addMany', { groupId: group.id, personIds: [ada.id], joinedOn: '2027-01-11' });
    const message = 'The group is planned to end on 10 Jan 2027, so nobody can join after that.';
    expect(late.ok || late.error).toEqual({ code: 'invalid_input', message, fields: { joinedOn: message } });
    const single = await h.call('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2027-01-11' });
    expect(single.ok || single.error.fields).toEqual({ joinedOn: message });
    expect((await h.call('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2027-01-10' })).ok).toBe(true);
  });
});

describe('starting later', () => {
  it('counts members who join on a future start date as starting later, not as missing', async () => {
    const later = await h.ok('groups.create', sampleGroupInput({ name: 'April Circle', startDate: '2026-04-01' }));
    await h.ok('memberships.addMany', { groupId: later.id, personIds: [ada.id], joinedOn: '2026-04-01' });
    const detail = await page(later.id);
    expect(detail).toMatchObject({ activeMemberCount: 0, upcomingMemberCount: 1, nextJoinDate: '2026-04-01', warnings: [] });
    expect(detail.members[0]).toMatchObject({ active: false, upcoming: true });
    const person = await h.ok('people.list', {});
    expect(person.find((p) => p.person.id === ada.id)?.groupNames).toEqual(['April Circle']);
  });
});

describe('correcting the dates of a membership', () => {
  it('changes the joining and leaving day, and keeps the change across a restart', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const membershipId = added.id;
    const moved = await h.ok('memberships.updateDates', { groupId: group.id, membershipId, joinedOn: '2026-01-17', leftOn: '2026-06-01' });
    expect(moved).toEqual({ ...added, joinedOn: '2026-01-17', leftOn: '2026-06-01' });
    expect((await page()).members[0]?.membership).toMatchObject({ joinedOn: '2026-01-17', leftOn: '2026-06-01' });
    const reopened = await h.ok('memberships.updateDates', { groupId: group.id, membershipId, joinedOn: '2026-01-17', leftOn: null });
    expect(reopened.leftOn).toBeNull();
    await h.reopen();
    expect((await membershipOf(ada.id))[0]?.membership).toMatchObject({ joinedOn: '2026-01-17', leftOn: null });
  });

  it('applies the rules of adding and leaving: the planned end, a day at least, and no overlap', async () => {
    const first = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const firstId = first.id;
    await h.ok('memberships.leave', { groupId: group.id, membershipId: firstId, leftOn: '2026-02-01' });
    const second = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-03-01' });
    const secondId = second.id;
    const update = (joinedOn: string, leftOn: string | null, membershipId = secondId) =>
      h.call('memberships.updateDates', { groupId: group.id, membershipId, joinedOn, leftOn });

    const both = await update('2027-02-01', '2027-01-01');
    expect(both.ok || both.error.fields).toEqual({
      joinedOn: 'The group is planned to end on 10 Jan 2027, so nobody can join after that.',
      leftOn: 'The leaving date must be after the joining date (1 Feb 2027): a membership lasts at least one day.',
    });
    const sameDay = await update('2026-03-01', '2026-03-01');
    expect(sameDay.ok || sameDay.error.code).toBe('invalid_input');
    const overlap = await update('2026-01-20', null);
    expect(overlap.ok || overlap.error).toEqual({
      code: 'conflict',
      message: 'Ada was a member of this group from 10 Jan 2026 until 1 Feb 2026; the dates would overlap.',
      fields: { joinedOn: 'Ada was a member of this group from 10 Jan 2026 until 1 Feb 2026; the dates would overlap.' },
    });
    expect((await membershipOf(ada.id)).map((m) => [m.membership.joinedOn, m.membership.leftOn])).toEqual([
      ['2026-03-01', null],
      ['2026-01-10', '2026-02-01'],
    ]);
  });

  it('refuses a planned end moved before a member\'s joining day', async () => {
    await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-09-01' });
    const values = sampleGroupInput({ name: 'Circle', plannedEnd: { type: 'duration', months: 6 } });
    const refused = await h.call('groups.update', { id: group.id, values });
    const message = 'Ada joins on 1 Sep 2026, after this planned end (10 Jul 2026). End the group later, or change their joining date first.';
    expect(refused.ok || refused.error).toEqual({ code: 'invalid_input', message, fields: { 'values.plannedEnd.months': message } });
  });
});

describe('goals', () => {
  it('sets, updates and clears a member\'s goal, keeping when it was first set', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const membershipId = added.id;
    const set = await h.ok('goals.set', {
      groupId: group.id,
      membershipId,
      goal: { text: '  I want to get better at delegating  ', targetDate: '2026-05-01', status: 'not-started' },
    });
    expect(set.goal).toEqual({
      text: 'I want to get better at delegating',
      targetDate: '2026-05-01',
      status: 'not-started',
      setAt: '2026-03-15T10:00:00.000Z',
      updatedAt: '2026-03-15T10:00:00.000Z',
    });
    expect((await page()).warnings.map((w) => w.code)).toEqual(['norms-not-agreed']);

    h.clock.advanceDays(3);
    await h.ok('goals.set', { groupId: group.id, membershipId, goal: { text: 'I want to get better at delegating', targetDate: '', status: 'achieved' } });
    await h.reopen();
    const goal = (await membershipOf(ada.id))[0]?.membership.goal;
    expect(goal).toMatchObject({ status: 'achieved', setAt: '2026-03-15T10:00:00.000Z', updatedAt: '2026-03-18T10:00:00.000Z' });

    const short = await h.call('goals.set', { groupId: group.id, membershipId, goal: { text: 'x', targetDate: '', status: 'achieved' } });
    expect(short.ok || short.error.fields).toEqual({ 'goal.text': 'Goal needs at least 3 characters.' });

    const cleared = await h.ok('goals.clear', { groupId: group.id, membershipId });
    expect(cleared).toEqual({ ...added, goal: null });
    expect((await page()).warnings.map((w) => w.code)).toContain('members-without-goal');
  });
});
