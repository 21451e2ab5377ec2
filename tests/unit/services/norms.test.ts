import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Group, Person } from '../../../src/shared/entities';
import { DEFAULT_NORMS } from '../../../src/main/domain/norms';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

let h: ServiceHarness;
let group: Group;
let ada: Person;
let bo: Person;
beforeEach(async () => {
  h = await openHarness();
  group = await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }));
  ada = await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
  bo = await h.ok('people.create', samplePersonInput({ name: 'Bo' }));
  await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
  await h.ok('memberships.add', { groupId: group.id, personId: bo.id, joinedOn: '2026-01-10' });
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

const firstNormId = async () => (await h.ok('groups.get', { id: group.id })).norms[0]!.id;
/** The group page as the renderer reloads it after a change. */
const page = (id = group.id) => h.ok('groups.get', { id });

describe('norms', () => {
  it('adds, edits, moves and removes norms, each change a new revision that persists', async () => {
    const added = await h.ok('norms.add', { groupId: group.id, text: '  We start and end on time.  ' });
    expect(added.norms.at(-1)?.text).toBe('We start and end on time.');
    expect(added.normsRevision).toBe(2);

    const normId = added.norms.at(-1)!.id;
    const edited = await h.ok('norms.update', { groupId: group.id, normId, text: 'We start on time.' });
    expect(edited.normsRevision).toBe(3);

    const moved = await h.ok('norms.move', { groupId: group.id, normId, direction: 'up' });
    expect(moved.norms.at(-2)?.id).toBe(normId);
    expect(moved.normsRevision).toBe(4);

    const removed = await h.ok('norms.remove', { groupId: group.id, normId: await firstNormId() });
    expect(removed.norms).toHaveLength(DEFAULT_NORMS.length);
    expect(removed.normsRevision).toBe(5);

    await h.reopen();
    const detail = await h.ok('groups.get', { id: group.id });
    expect(detail.normsRevision).toBe(5);
    expect(detail.norms.map((n) => n.text)).toEqual(removed.norms.map((n) => n.text));
  });

  it('does not start a new revision when nothing changes', async () => {
    const normId = await firstNormId();
    const atTop = await h.ok('norms.move', { groupId: group.id, normId, direction: 'up' });
    expect(atTop.normsRevision).toBe(1);
    const same = await h.ok('norms.update', { groupId: group.id, normId, text: DEFAULT_NORMS[0]! });
    expect(same.normsRevision).toBe(1);
  });

  it('refuses a duplicate norm, an empty one and an unknown one', async () => {
    const dup = await h.call('norms.add', { groupId: group.id, text: DEFAULT_NORMS[1]!.toUpperCase() });
    expect(dup.ok || dup.error).toEqual({ code: 'conflict', message: 'The group already has this norm.', fields: { text: 'The group already has this norm.' } });
    const empty = await h.call('norms.add', { groupId: group.id, text: '   ' });
    expect(empty.ok || empty.error.fields).toEqual({ text: 'Norm needs at least 2 characters.' });
    const unknown = await h.call('norms.remove', { groupId: group.id, normId: '00000000-0000-4000-8000-0000000000ff' });
    expect(unknown.ok || unknown.error).toEqual({ code: 'not_found', message: 'That norm could not be found. It may have been deleted.' });
  });
});

describe('norm agreement', () => {
  it('records agreement to the current revision and shows who has not agreed', async () => {
    const agreement = await h.ok('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-03-15' });
    expect(agreement).toEqual({ personId: ada.id, agreedOn: '2026-03-15', revision: 1 });
    const detail = await page();
    expect(detail.notAgreed.map((p) => p.name)).toEqual(['Bo']);
    const adaView = detail.members.find((m) => m.membership.personId === ada.id);
    expect(adaView?.agreement).toEqual({ personId: ada.id, agreedOn: '2026-03-15', revision: 1 });
    await h.reopen();
    expect((await h.ok('groups.get', { id: group.id })).notAgreed.map((p) => p.name)).toEqual(['Bo']);
  });

  it('turns agreements stale when the norms change, until the member agrees again', async () => {
    await h.ok('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-03-01' });
    await h.ok('norms.add', { groupId: group.id, text: 'Cameras on when we can.' });
    const changed = await page();
    const adaView = changed.members.find((m) => m.membership.personId === ada.id);
    expect(adaView?.agreement).toBeNull();
    expect(adaView?.staleAgreement).toEqual({ personId: ada.id, agreedOn: '2026-03-01', revision: 1 });
    expect(changed.notAgreed.map((p) => p.name)).toEqual(['Ada', 'Bo']);
    const again = await h.ok('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-03-15' });
    expect(again.revision).toBe(2);
    expect((await page()).members.find((m) => m.membership.personId === ada.id)?.agreement?.revision).toBe(2);
  });

  it('refuses agreement from a non-member, a past member, or dated in the future', async () => {
    const cy = await h.ok('people.create', samplePersonInput({ name: 'Cy' }));
    const outsider = await h.call('norms.recordAgreement', { groupId: group.id, personId: cy.id, agreedOn: '2026-03-15' });
    expect(outsider.ok || outsider.error).toEqual({
      code: 'conflict',
      message: 'Cy is not a member of this group now or about to join it, so cannot agree to its norms.',
    });
    const membershipId = (await h.ok('groups.get', { id: group.id })).members.find((m) => m.membership.personId === bo.id)!.membership.id;
    await h.ok('memberships.leave', { groupId: group.id, membershipId, leftOn: '2026-03-01' });
    const past = await h.call('norms.recordAgreement', { groupId: group.id, personId: bo.id, agreedOn: '2026-02-01' });
    expect(past.ok || past.error.code).toBe('conflict');

    const future = await h.call('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-03-16' });
    const message = "The agreement date cannot be in the future (today is 15 Mar 2026 in the group's time zone).";
    expect(future.ok || future.error).toEqual({ code: 'invalid_input', message, fields: { agreedOn: message } });

    const impossible = await h.call('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-02-30' });
    expect(impossible.ok || impossible.error.fields).toEqual({ agreedOn: 'That date does not exist.' });
  });

  it('records agreement before the start for members about to join: a group contracts first', async () => {
    const later = await h.ok('groups.create', sampleGroupInput({ name: 'April Circle', startDate: '2026-04-01' }));
    await h.ok('memberships.addMany', { groupId: later.id, personIds: [ada.id, bo.id], joinedOn: '2026-04-01' });
    await h.ok('norms.recordAgreement', { groupId: later.id, personId: ada.id, agreedOn: '2026-03-15' });
    const detail = await page(later.id);
    expect(detail.activeMemberCount).toBe(0);
    expect(detail.members.find((m) => m.membership.personId === ada.id)?.agreement).toMatchObject({ agreedOn: '2026-03-15' });
    expect(detail.notAgreed.map((p) => p.name)).toEqual(['Bo']);
  });

  it('refuses an agreement dated before the group started, was set up and the member joined', async () => {
    // Set up today (15 Mar), starting 1 Apr: contracting from today on makes sense, a week ago does not.
    const later = await h.ok('groups.create', sampleGroupInput({ name: 'April Circle', startDate: '2026-04-01' }));
    await h.ok('memberships.add', { groupId: later.id, personId: ada.id, joinedOn: '2026-04-01' });
    const early = await h.call('norms.recordAgreement', { groupId: later.id, personId: ada.id, agreedOn: '2026-03-08' });
    const message = 'Ada cannot have agreed before 15 Mar 2026: that is before they joined and before the group started or was set up here.';
    expect(early.ok || early.error).toEqual({ code: 'conflict', message, fields: { agreedOn: message } });
    // The circle from the set-up started on 10 Jan and was set up later: its real dates count.
    expect((await h.call('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-01-10' })).ok).toBe(true);
  });

  it('records agreement for several members at once with one date, or for nobody when one is refused', async () => {
    const cy = await h.ok('people.create', samplePersonInput({ name: 'Cy' }));
    const refused = await h.call('norms.recordAgreements', { groupId: group.id, personIds: [ada.id, cy.id, bo.id], agreedOn: '2026-03-10' });
    expect(refused.ok || refused.error).toEqual({
      code: 'conflict',
      message: 'Nothing was saved: 1 of the 3 people cannot have their agreement recorded.',
      fields: { 'personIds.1': 'Cy is not a member of this group now or about to join it, so cannot agree to its norms.' },
    });
    expect((await h.ok('groups.get', { id: group.id })).members.every((m) => m.agreement === null)).toBe(true);

    const recorded = await h.ok('norms.recordAgreements', { groupId: group.id, personIds: [ada.id, bo.id], agreedOn: '2026-03-10' });
    expect(recorded).toEqual([ada.id, bo.id].map((personId) => ({ personId, agreedOn: '2026-03-10', revision: 1 })));
    const both = await page();
    expect(both.notAgreed).toEqual([]);
    expect(both.members.map((m) => m.agreement?.agreedOn)).toEqual(['2026-03-10', '2026-03-10']);
    await h.reopen();
    expect((await h.ok('groups.get', { id: group.id })).notAgreed).toEqual([]);

    const future = await h.call('norms.recordAgreements', { groupId: group.id, personIds: [ada.id], agreedOn: '2026-03-16' });
    expect(future.ok || future.error.fields).toEqual({ agreedOn: "The agreement date cannot be in the future (today is 15 Mar 2026 in the group's time zone)." });
    const twice = await h.call('norms.recordAgreements', { groupId: group.id, personIds: [ada.id, ada.id], agreedOn: '2026-03-10' });
    expect(twice.ok || twice.error.fields).toEqual({ personIds: 'Each person can be chosen only once.' });
  });

  it('judges "future" by the group\'s zone', async () => {
    const kiwi = await h.ok('groups.create', sampleGroupInput({ name: 'Kiwi', timeZone: 'Pacific/Auckland' }));
    await h.ok('memberships.add', { groupId: kiwi.id, personId: ada.id, joinedOn: '2026-01-10' });
    h.clock.set('2026-03-15T11:30:00.000Z'); // already 16 March in Auckland
    const ok = await h.call('norms.recordAgreement', { groupId: kiwi.id, personId: ada.id, agreedOn: '2026-03-16' });
    expect(ok.ok).toBe(true);
    const london = await h.call('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-03-16' });
    expect(london.ok).toBe(false);
  });

  it('withdraws an agreement, and says so when there is none', async () => {
    await h.ok('norms.recordAgreement', { groupId: group.id, personId: ada.id, agreedOn: '2026-03-15' });
    const withdrawn = await h.ok('norms.withdrawAgreement', { groupId: group.id, personId: ada.id });
    expect(withdrawn).toEqual({ withdrawn: { personId: ada.id, agreedOn: '2026-03-15', revision: 1 } });
    expect((await page()).notAgreed.map((p) => p.name)).toEqual(['Ada', 'Bo']);
    const none = await h.call('norms.withdrawAgreement', { groupId: group.id, personId: ada.id });
    expect(none.ok || none.error).toEqual({ code: 'not_found', message: 'Ada has no recorded agreement to withdraw.' });
  });
});
