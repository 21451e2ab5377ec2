import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

let h: ServiceHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

describe('people', () => {
  it('creates a person with a normalised email and keeps them across a restart', async () => {
    const ada = await h.ok('people.create', samplePersonInput({ name: ' Ada Lovelace ', email: ' Ada@Example.COM ', phone: '+44 20 7946 0000' }));
    expect(ada).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', createdAt: '2026-03-15T10:00:00.000Z' });
    await h.reopen();
    expect((await h.ok('people.get', { id: ada.id })).person).toEqual(ada);
  });

  it('stores names composed (NFC) and time zones in their canonical spelling', async () => {
    const jose = await h.ok(
      'people.create',
      samplePersonInput({ name: 'Jose\u0301 Nu\u0301n\u0303ez', organisation: 'Socie\u0301te\u0301', timeZone: 'europe/berlin' }),
    );
    expect(jose).toMatchObject({ name: 'Jos\u00e9 N\u00fa\u00f1ez', organisation: 'Soci\u00e9t\u00e9', timeZone: 'Europe/Berlin' });
    const updated = await h.ok('people.update', { id: jose.id, values: samplePersonInput({ email: jose.email, timeZone: 'EUROPE/LONDON' }) });
    expect(updated.timeZone).toBe('Europe/London');
    await h.ok('settings.update', { coachName: 'Zoe\u0308', coachTimeZone: 'utc' });
    expect(await h.ok('settings.get', {})).toEqual({ coachName: 'Zo\u00eb', coachTimeZone: 'UTC', coachEmail: '' });
  });

  it('refuses a second person with the same email in any case', async () => {
    await h.ok('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com' }));
    const result = await h.call('people.create', samplePersonInput({ email: 'ADA@example.com' }));
    const message = 'Ada already uses ada@example.com. Each person needs their own email address.';
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message, fields: { email: message } } });
  });

  it('updates a person, allowing their own email and refusing someone else\'s', async () => {
    const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com' }));
    await h.ok('people.create', samplePersonInput({ name: 'Bo', email: 'bo@example.com' }));
    h.clock.advanceDays(2);
    const updated = await h.ok('people.update', { id: ada.id, values: samplePersonInput({ name: 'Ada L.', email: 'ADA@example.com', role: 'Director' }) });
    expect(updated).toMatchObject({ id: ada.id, name: 'Ada L.', role: 'Director', createdAt: ada.createdAt, updatedAt: '2026-03-17T10:00:00.000Z' });
    const clash = await h.call('people.update', { id: ada.id, values: samplePersonInput({ email: 'bo@example.com' }) });
    expect(clash.ok || clash.error.fields).toEqual({ email: 'Bo already uses bo@example.com. Each person needs their own email address.' });
  });

  it('lists people by name with the running groups they are in today', async () => {
    const zed = await h.ok('people.create', samplePersonInput({ name: 'Zed' }));
    await h.ok('people.create', samplePersonInput({ name: 'amy' }));
    const g1 = await h.ok('groups.create', sampleGroupInput({ name: 'Circle B' }));
    const g2 = await h.ok('groups.create', sampleGroupInput({ name: 'Circle A' }));
    const g3 = await h.ok('groups.create', sampleGroupInput({ name: 'Old Circle' }));
    const g4 = await h.ok('groups.create', sampleGroupInput({ name: 'Left Circle' }));
    for (const g of [g1, g2, g3]) await h.ok('memberships.add', { groupId: g.id, personId: zed.id, joinedOn: '2026-01-10' });
    const left = await h.ok('memberships.add', { groupId: g4.id, personId: zed.id, joinedOn: '2026-01-10' });
    await h.ok('memberships.leave', { groupId: g4.id, membershipId: left.id, leftOn: '2026-03-01' });
    await h.ok('groups.archive', { id: g3.id });

    const list = await h.ok('people.list', {});
    expect(list.map((s) => [s.person.name, s.activeGroupCount, s.groupNames])).toEqual([
      ['amy', 0, []],
      ['Zed', 2, ['Circle A', 'Circle B']],
    ]);
    const detail = await h.ok('people.get', { id: zed.id });
    expect(detail.memberships.map((m) => [m.groupName, m.groupArchived, m.membership.leftOn])).toEqual([
      ['Circle A', false, null],
      ['Circle B', false, null],
      ['Left Circle', false, '2026-03-01'],
      ['Old Circle', true, null],
    ]);
  });

  it('refuses to delete someone still recorded in groups, naming the groups', async () => {
    const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    const g1 = await h.ok('groups.create', sampleGroupInput({ name: 'Founders' }));
    const g2 = await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }));
    const d1 = await h.ok('memberships.add', { groupId: g1.id, personId: ada.id, joinedOn: '2026-01-10' });
    const d2 = await h.ok('memberships.add', { groupId: g2.id, personId: ada.id, joinedOn: '2026-01-10' });
    await h.ok('memberships.leave', { groupId: g2.id, membershipId: d2.id, leftOn: '2026-02-01' });

    const refused = await h.call('people.delete', { id: ada.id });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Ada is recorded in these groups: Circle, Founders. Delete them with the groups’ history kept anonymously, or remove them from those groups first.',
      },
    });
    await h.ok('memberships.remove', { groupId: g1.id, membershipId: d1.id });
    await h.ok('memberships.remove', { groupId: g2.id, membershipId: d2.id });
    expect(await h.ok('people.delete', { id: ada.id })).toEqual({ deleted: true });
    await h.reopen();
    expect(await h.ok('people.list', {})).toEqual([]);
    expect((await h.call('people.get', { id: ada.id })).ok).toBe(false);
  });

  it('deletes a member keeping each group\'s history true, with them as an anonymous former member', async () => {
    const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com', phone: '+44 20 7946 0000' }));
    const bo = await h.ok('people.create', samplePersonInput({ name: 'Bo' }));
    const running = await h.ok('groups.create', sampleGroupInput({ name: 'Running' }));
    const past = await h.ok('groups.create', sampleGroupInput({ name: 'Past' }));
    const later = await h.ok('groups.create', sampleGroupInput({ name: 'Later', startDate: '2026-04-01' }));
    const r = await h.ok('memberships.addMany', { groupId: running.id, personIds: [ada.id, bo.id], joinedOn: '2026-01-10' });
    const adaInRunning = r.find((m) => m.personId === ada.id)!.id;
    await h.ok('goals.set', { groupId: running.id, membershipId: adaInRunning, goal: { text: 'I want to get better at listening', targetDate: '', status: 'in-progress' } });
    await h.ok('norms.recordAgreements', { groupId: running.id, personIds: [ada.id, bo.id], agreedOn: '2026-01-10' });
    const p = await h.ok('memberships.add', { groupId: past.id, personId: ada.id, joinedOn: '2026-01-10' });
    await h.ok('memberships.leave', { groupId: past.id, membershipId: p.id, leftOn: '2026-02-01' });
    await h.ok('memberships.add', { groupId: later.id, personId: ada.id, joinedOn: '2026-04-01' });

    // Three groups were rewritten (the one Ada had not joined yet simply loses her); two keep history.
    const deleted = await h.ok('people.deleteKeepingHistory', { id: ada.id });
    expect({ ...deleted, groupIds: [...deleted.groupIds].sort() }).toEqual({ deleted: true, groupsKept: 2, groupIds: [running.id, past.id, later.id].sort() });
    await h.reopen();

    // Nothing of the person's record is left in the live files (backups keep their own past copies).
    expect((await h.call('people.get', { id: ada.id })).ok).toBe(false);
    const live = ['index.json', ...(await fs.readdir(path.join(h.dir, 'groups'))).map((f) => `groups/${f}`)];
    for (const file of live) {
      const text = await fs.readFile(path.join(h.dir, file), 'utf8');
      for (const trace of ['Ada', 'ada@example.com', '7946', ada.id]) expect(text, `${file} holds ${trace}`).not.toContain(trace);
    }

    const runningNow = await h.ok('groups.get', { id: running.id });
    expect(runningNow.activeMemberCount).toBe(1);
    const former = runningNow.members.find((m) => m.person === null)!;
    expect(former).toMatchObject({
      name: 'Former member',
      active: false,
      membership: { joinedOn: '2026-01-10', leftOn: '2026-03-15', goal: { text: 'I want to get better at listening' } },
      agreement: { agreedOn: '2026-01-10' },
    });
    const pastNow = await h.ok('groups.get', { id: past.id });
    expect(pastNow.members.map((m) => [m.name, m.membership.joinedOn, m.membership.leftOn])).toEqual([['Former member', '2026-01-10', '2026-02-01']]);
    // Each group has its own id for the former member, so the groups cannot be matched up.
    expect(pastNow.members[0]!.membership.personId).not.toBe(former.membership.personId);
    // A membership that had not begun is simply gone.
    expect((await h.ok('groups.get', { id: later.id })).members).toEqual([]);
    expect((await h.ok('people.list', {})).map((s) => s.person.name)).toEqual(['Bo']);

    // The kept history is read-only, except that it can be removed as a mistake.
    const rewrite = await h.call('memberships.updateDates', { groupId: past.id, membershipId: pastNow.members[0]!.membership.id, joinedOn: '2026-01-11', leftOn: '2026-02-01' });
    expect(rewrite.ok || rewrite.error.code).toBe('conflict');
    const removed = await h.ok('memberships.remove', { groupId: past.id, membershipId: pastNow.members[0]!.membership.id });
    expect(removed).toEqual({ removed: pastNow.members[0]!.membership });
    expect((await h.ok('groups.get', { id: past.id })).members).toEqual([]);
    expect(h.store.group(past.id)?.anonymisedMembers).toEqual([]);
  });

  it('previews a CSV import with per-row problems and duplicates, and saves nothing', async () => {
    await h.ok('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com' }));
    const csv = 'Name,Email,Timezone\nAda Again,ada@example.com,\nGrace,grace@example.com,\n,nobody@example.com,\n';
    const preview = await h.ok('people.importPreview', { text: csv, format: 'csv' });
    expect(preview.importableCount).toBe(1);
    expect(preview.rows.map((r) => [r.line, r.duplicateOf?.kind ?? null, r.errors.map((e) => e.field)])).toEqual([
      [2, 'existing', []],
      [3, null, []],
      [4, null, ['name']],
    ]);
    expect(preview.rows[1]?.person?.timeZone).toBe('Europe/London');
    expect(await h.ok('people.list', {})).toHaveLength(1);
  });

  it('commits only importable rows, in one write, and refuses an unusable file', async () => {
    await h.ok('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com' }));
    const csv = 'name,email,organisation\nAda Again,ada@example.com,X\nGrace,grace@example.com,Navy\nGrace Twice,GRACE@example.com,\nBad,bad,\nAlan,alan@example.com,\n';
    const writes = vi.spyOn(h.store, 'updateIndex');
    const result = await h.ok('people.importCommit', { text: csv, format: 'csv' });
    expect(writes).toHaveBeenCalledTimes(1);
    writes.mockRestore();
    expect(result.created.map((p) => [p.name, p.email, p.organisation])).toEqual([
      ['Grace', 'grace@example.com', 'Navy'],
      ['Alan', 'alan@example.com', ''],
    ]);
    expect(result.skipped).toBe(3);
    await h.reopen();
    expect((await h.ok('people.list', {})).map((s) => s.person.name)).toEqual(['Ada', 'Alan', 'Grace']);

    // Importing the same file again creates nobody.
    expect((await h.ok('people.importCommit', { text: csv, format: 'csv' })).created).toEqual([]);

    const bad = await h.call('people.importCommit', { text: 'nickname\nAda\n', format: 'csv' });
    expect(bad.ok || bad.error.code).toBe('invalid_input');
    expect(bad.ok || bad.error.message).toMatch(/needs a header row with a "name" column and an "email" column/);
  });
});

describe('people under concurrent calls', () => {
  it('lets only one of two simultaneous creates claim an email', async () => {
    const results = await Promise.all([
      h.call('people.create', samplePersonInput({ email: 'same@example.com' })),
      h.call('people.create', samplePersonInput({ email: 'SAME@example.com' })),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await h.ok('people.list', {})).toHaveLength(1);
  });
});

describe('people deleted while being added to a group', () => {
  // Both calls pass their checks against the same moment's memory; only the
  // store's queue decides the order, so each must check again where it writes.
  it('never leaves a membership that points at a deleted person (delete first)', async () => {
    const group = await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }));
    const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    const [deleted, added] = await Promise.all([
      h.call('people.delete', { id: ada.id }),
      h.call('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' }),
    ]);
    expect(deleted.ok).toBe(true);
    expect(added.ok || added.error.code).toBe('not_found');
    expect(h.store.group(group.id)?.memberships).toEqual([]);
  });

  it('never deletes a person who has just become a member (add first)', async () => {
    const group = await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }));
    const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    const [added, deleted] = await Promise.all([
      h.call('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' }),
      h.call('people.delete', { id: ada.id }),
    ]);
    expect(added.ok).toBe(true);
    expect(deleted.ok || deleted.error.code).toBe('conflict');
    expect(h.store.index().people.map((p) => p.id)).toEqual([ada.id]);
  });
});
