import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

let h: ServiceHarness;
beforeEach(async () => {
  h = await openHarness({ coachTimeZone: 'America/New_York' });
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

describe('dashboard', () => {
  it('starts empty for a new coach, with today in the coach\'s zone', async () => {
    h.clock.set('2026-03-15T03:00:00.000Z'); // still 14 March in New York
    expect(await h.ok('dashboard.get', {})).toEqual({
      today: '2026-03-14',
      coachTimeZone: 'America/New_York',
      activeGroups: [],
      archivedGroupCount: 0,
      peopleCount: 0,
      attention: [],
    });
  });

  it('shows running groups with counts and what needs attention', async () => {
    const empty = await h.ok('groups.create', sampleGroupInput({ name: 'Empty Circle' }));
    const circle = await h.ok('groups.create', sampleGroupInput({ name: 'Busy Circle' }));
    const old = await h.ok('groups.create', sampleGroupInput({ name: 'Old Circle' }));
    await h.ok('groups.archive', { id: old.id });
    const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    const bo = await h.ok('people.create', samplePersonInput({ name: 'Bo' }));
    const added = await h.ok('memberships.add', { groupId: circle.id, personId: ada.id, joinedOn: '2026-01-10' });
    await h.ok('memberships.add', { groupId: circle.id, personId: bo.id, joinedOn: '2026-01-10' });
    await h.ok('goals.set', {
      groupId: circle.id,
      membershipId: added.id,
      goal: { text: 'I want to get better at feedback', targetDate: '', status: 'in-progress' },
    });
    await h.ok('norms.recordAgreement', { groupId: circle.id, personId: ada.id, agreedOn: '2026-01-10' });

    const dashboard = await h.ok('dashboard.get', {});
    expect(dashboard.activeGroups.map((g) => [g.group.name, g.activeMemberCount])).toEqual([
      ['Busy Circle', 2],
      ['Empty Circle', 0],
    ]);
    expect(dashboard.archivedGroupCount).toBe(1);
    expect(dashboard.peopleCount).toBe(2);
    expect(dashboard.attention.map((a) => [a.kind, a.groupId, a.personName ?? null])).toEqual([
      ['member-without-goal', circle.id, 'Bo'],
      ['norms-not-agreed', circle.id, 'Bo'],
      ['group-without-members', empty.id, null],
    ]);
  });

  it('warns when a group grows past eight members', async () => {
    const circle = await h.ok('groups.create', sampleGroupInput({ name: 'Big Circle' }));
    for (let i = 0; i < 9; i++) {
      const p = await h.ok('people.create', samplePersonInput());
      await h.ok('memberships.add', { groupId: circle.id, personId: p.id, joinedOn: '2026-01-10' });
    }
    const dashboard = await h.ok('dashboard.get', {});
    expect(dashboard.attention.filter((a) => a.kind === 'group-too-large')).toEqual([
      expect.objectContaining({ message: 'Big Circle has 9 active members, more than the recommended 8. Consider splitting it.' }),
    ]);
    expect(dashboard.activeGroups[0]?.warnings.map((w) => w.code)).toContain('too-many-members');
  });
});

describe('settings and app info', () => {
  it('reads and updates the coach\'s settings, and they persist', async () => {
    expect(await h.ok('settings.get', {})).toEqual({ coachName: '', coachTimeZone: 'America/New_York', coachEmail: '' });
    expect(await h.ok('settings.update', { coachName: ' Jo Coach ', coachTimeZone: 'Europe/Paris' })).toEqual({
      coachName: 'Jo Coach',
      coachTimeZone: 'Europe/Paris',
      coachEmail: '',
    });
    const bad = await h.call('settings.update', { coachName: '', coachTimeZone: 'Nowhere/Else' });
    expect(bad.ok || bad.error.fields).toEqual({ coachTimeZone: 'Unknown time zone. Use a name such as Europe/London.' });
    await h.reopen();
    expect((await h.ok('dashboard.get', {})).coachTimeZone).toBe('Europe/Paris');
    const info = await h.ok('app.info', {});
    expect(info).toEqual({
      version: '0.0.0-test',
      dataDir: h.store.dataDir,
      recovery: [],
      dataProblems: [],
      backupProblem: null,
      settings: { coachName: 'Jo Coach', coachTimeZone: 'Europe/Paris', coachEmail: '' },
    });
  });

  it('reports in app info what was recovered when a damaged file was found at start', async () => {
    const group = await h.ok('groups.create', sampleGroupInput({ name: 'Precious' }));
    await h.reopen(); // the start backup now holds the group
    await h.close();
    await fs.writeFile(path.join(h.dir, 'groups', `${group.id}.json`), '{"schemaVersion":1,"gro');
    h = await openHarness({ dir: h.dir, clock: h.clock });
    const info = await h.ok('app.info', {});
    expect(info.recovery).toEqual([
      expect.objectContaining({ file: `groups/${group.id}.json`, problem: expect.stringMatching(/cut short/), restoredFrom: expect.any(String) }),
    ]);
    expect((await h.ok('groups.get', { id: group.id })).group.name).toBe('Precious');
  });
});
