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
  (await h.ok('groups.get', { id: group.id })).members.filter((m) => m.person.id === personId);

describe('memberships', () => {
  it('adds a person and keeps the membership across a restart', async () => {
    const detail = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
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
      message: 'Ada is already a member of this group (since 2026-01-10).',
      fields: { personId: 'Ada is already a member of this group (since 2026-01-10).' },
    });
  });

  it('records leaving without losing the membership, and refuses a leaving date before joining', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const membershipId = added.members[0]!.membership.id;
    const early = await h.call('memberships.leave', { groupId: group.id, membershipId, leftOn: '2026-01-09' });
    expect(early.ok || early.error).toEqual({
      code: 'invalid_input',
      message: 'The leaving date must be on or after the joining date (2026-01-10).',
      fields: { leftOn: 'The leaving date must be on or after the joining date (2026-01-10).' },
    });
    const left = await h.ok('memberships.leave', { groupId: group.id, membershipId, leftOn: '2026-03-01' });
    expect(left.activeMemberCount).toBe(0);
    expect(left.members).toHaveLength(1);
    expect(left.members[0]).toMatchObject({ active: false, membership: { leftOn: '2026-03-01' } });
  });

  it('rejoins someone who left as a new period from today, keeping the earlier one', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const first = added.members[0]!.membership.id;
    await h.ok('goals.set', { groupId: group.id, membershipId: first, goal: { text: 'I want to get better at saying no', targetDate: '', status: 'in-progress' } });
    await h.ok('memberships.leave', { groupId: group.id, membershipId: first, leftOn: '2026-02-01' });
    const back = await h.ok('memberships.rejoin', { groupId: group.id, membershipId: first });
    expect(back.members.map((m) => [m.membership.joinedOn, m.membership.leftOn, m.active])).toEqual([
      ['2026-03-15', null, true],
      ['2026-01-10', '2026-02-01', false],
    ]);
    expect(back.members[0]?.membership.goal?.text).toBe('I want to get better at saying no');
    const again = await h.call('memberships.rejoin', { groupId: group.id, membershipId: back.members[0]!.membership.id });
    expect(again.ok || again.error).toEqual({ code: 'conflict', message: 'Ada has not left this group.' });
    // The old period cannot be reopened while the new one runs.
    const old = await h.call('memberships.rejoin', { groupId: group.id, membershipId: first });
    expect(old.ok || old.error.code).toBe('conflict');
  });

  it('cancels a leaving date that has not arrived yet instead of adding a period', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const id = added.members[0]!.membership.id;
    await h.ok('memberships.leave', { groupId: group.id, membershipId: id, leftOn: '2026-04-01' });
    const back = await h.ok('memberships.rejoin', { groupId: group.id, membershipId: id });
    expect(back.members.map((m) => [m.membership.id, m.membership.leftOn])).toEqual([[id, null]]);
  });

  it('uses the group\'s time zone for "today"', async () => {
    const kiwi = await h.ok('groups.create', sampleGroupInput({ name: 'Kiwi', timeZone: 'Pacific/Auckland' }));
    h.clock.set('2026-03-15T11:30:00.000Z'); // 00:30 on 16 March in Auckland
    const added = await h.ok('memberships.add', { groupId: kiwi.id, personId: ada.id, joinedOn: '2026-03-16' });
    expect(added.activeMemberCount).toBe(1);
    const london = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-03-16' });
    expect(london.activeMemberCount).toBe(0);
  });

  it('removes a mistaken membership together with the person\'s agreement', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    await h.ok('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-01-10' });
    const removed = await h.ok('memberships.remove', { groupId: group.id, membershipId: added.members[0]!.membership.id });
    expect(removed.members).toEqual([]);
    await h.reopen();
    const raw = h.store.group(group.id);
    expect(raw?.normAgreements).toEqual([]);
    const missing = await h.call('memberships.remove', { groupId: group.id, membershipId: added.members[0]!.membership.id });
    expect(missing.ok || missing.error).toEqual({ code: 'not_found', message: 'That membership could not be found. It may have been deleted.' });
  });
});

describe('goals', () => {
  it('sets, updates and clears a member\'s goal, keeping when it was first set', async () => {
    const added = await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
    const membershipId = added.members[0]!.membership.id;
    const set = await h.ok('goals.set', {
      groupId: group.id,
      membershipId,
      goal: { text: '  I want to get better at delegating  ', targetDate: '2026-05-01', status: 'not-started' },
    });
    expect(set.members[0]?.membership.goal).toEqual({
      text: 'I want to get better at delegating',
      targetDate: '2026-05-01',
      status: 'not-started',
      setAt: '2026-03-15T10:00:00.000Z',
      updatedAt: '2026-03-15T10:00:00.000Z',
    });
    expect(set.warnings.map((w) => w.code)).toEqual(['norms-not-agreed']);

    h.clock.advanceDays(3);
    await h.ok('goals.set', { groupId: group.id, membershipId, goal: { text: 'I want to get better at delegating', targetDate: '', status: 'achieved' } });
    await h.reopen();
    const goal = (await membershipOf(ada.id))[0]?.membership.goal;
    expect(goal).toMatchObject({ status: 'achieved', setAt: '2026-03-15T10:00:00.000Z', updatedAt: '2026-03-18T10:00:00.000Z' });

    const short = await h.call('goals.set', { groupId: group.id, membershipId, goal: { text: 'x', targetDate: '', status: 'achieved' } });
    expect(short.ok || short.error.fields).toEqual({ 'goal.text': 'Goal needs at least 3 characters.' });

    const cleared = await h.ok('goals.clear', { groupId: group.id, membershipId });
    expect(cleared.members[0]?.membership.goal).toBeNull();
    expect(cleared.warnings.map((w) => w.code)).toContain('members-without-goal');
  });
});
