import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/open-store';
import { createServices } from '../../../src/main/services/registry';
import { hashTree, makeTempDir, removeTempDirs } from '../../support/temp-dir';
import { cli, demoFolder, groupFiles, readJson } from './cli-helpers';

afterEach(removeTempDirs);

describe('cli demo', () => {
  it('builds four groups and 25 people through the services, and verify passes', async () => {
    const dir = await demoFolder();
    expect((await groupFiles(dir)).length).toBe(4);
    expect((await readJson(path.join(dir, 'index.json'))).people).toHaveLength(25);
    // The demo coach has given their email, so calendar invitations have an organiser.
    expect((await readJson(path.join(dir, 'index.json'))).settings).toEqual({ coachName: 'Jordan Ellis', coachTimeZone: 'Europe/London', coachEmail: 'jordan.ellis@example.com' });
    expect(await cli('verify', '--data-dir', dir)).toEqual({ code: 0, out: 'OK: 4 groups, 25 people, 43 meetings, 5 files of meeting records, 0 notes', err: '' });
  });

  it('plans a year of pairing rounds with the real planner: an odd group each way, a pair ruled out, a member who left', async () => {
    const dir = await demoFolder();
    const store = await openStore({ dataDir: dir, defaultTimeZone: 'UTC', now: () => new Date('2026-03-15T12:00:00Z'), backupIntervalMs: 0 });
    try {
      const byName = new Map(store.groups().map((g) => [g.group.name, g]));
      const names = new Map(store.index().people.map((p) => [p.id, p.name]));
      const founders = byName.get('Founders Peer Circle')!;
      expect(founders.between.pairing.oddMember).toBe('with-coach');
      // Five members from the day Grace joined: every round after that pairs four and gives one to the coach.
      const withFive = founders.pairingRounds.filter((r) => r.sessions.flatMap((s) => s.personIds).length + (r.withCoach ? 1 : 0) === 5);
      expect(withFive.length).toBeGreaterThan(3);
      expect(withFive.every((r) => r.withCoach !== null && r.sessions.every((s) => s.personIds.length === 2))).toBe(true);
      const wit = byName.get('Women in Tech Leadership')!;
      expect(wit.pairingRounds.every((r) => r.sessions.filter((s) => s.personIds.length === 3).length === 1)).toBe(true);
      const northwind = byName.get('Northwind Leadership Circle')!;
      const [a, b] = northwind.between.pairing.neverPair[0]!;
      expect([names.get(a), names.get(b)].sort()).toEqual(['Jonas Becker', 'Piotr Kowalski']);
      expect(northwind.pairingRounds.some((r) => r.sessions.some((s) => s.personIds.includes(a) && s.personIds.includes(b)))).toBe(false);
      const managers = byName.get('New Managers Circle')!;
      const daniel = managers.memberships.find((m) => names.get(m.personId) === 'Daniel Mensah')!;
      const afterDaniel = managers.pairingRounds.filter((r) => r.to > daniel.leftOn!);
      expect(afterDaniel.length).toBeGreaterThan(3);
      expect(afterDaniel.some((r) => r.sessions.some((s) => s.personIds.includes(daniel.personId)))).toBe(false);
      // Rounds of the past were held (or, now and then, skipped); the rest are plans.
      const statuses = new Set(store.groups().flatMap((g) => g.pairingRounds.flatMap((r) => r.sessions.map((s) => s.status))));
      expect([...statuses].sort()).toEqual(['held', 'planned', 'skipped']);
      // And the coach's 1:1s: held ones in the last gaps, a few cancelled, some planned before the next meetings.
      const oneToOnes = store.groups().flatMap((g) => g.oneToOnes);
      expect(new Set(oneToOnes.map((o) => o.status))).toEqual(new Set(['held', 'cancelled', 'planned']));
      expect(oneToOnes.every((o) => store.groups().some((g) => g.oneToOnes.includes(o) && g.memberships.some((m) => m.personId === o.personId)))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('shows a realistic practice: people in two groups, loose ends on the dashboard', async () => {
    const dir = await demoFolder();
    const store = await openStore({ dataDir: dir, defaultTimeZone: 'UTC', now: () => new Date('2026-03-15T12:00:00Z'), backupIntervalMs: 0 });
    try {
      const services = createServices({ store, now: () => new Date('2026-03-15T12:00:00Z'), appVersion: 'test' });
      const dashboard = await services['dashboard.get']({});
      expect(dashboard.activeGroups.map((g) => [g.group.name, g.activeMemberCount, g.upcomingMemberCount, g.nextJoinDate])).toEqual([
        ['Founders Peer Circle', 5, 0, null],
        ['New Managers Circle', 7, 0, null],
        // Starts next month: its members are counted as starting later, and it raises nothing yet.
        ['Northwind Leadership Circle', 0, 6, '2026-04-15'],
        ['Women in Tech Leadership', 7, 0, null],
      ]);
      expect(dashboard.attention.map((a) => `${a.kind}: ${a.personName}`).sort()).toEqual([
        'goal-overdue: Arjun Mehta',
        'goal-overdue: Tomás Herrera',
        'member-without-goal: Ben Carter',
        'member-without-goal: Fatima Al-Sayed',
        'member-without-goal: Raj Patel',
        // From the meetings the demo ran: one member away twice running, next steps past their due date.
        'missed-two-meetings: Yuki Tanaka',
        'next-step-overdue: Fatima Al-Sayed',
        'next-step-overdue: Grace Kim',
        'next-step-overdue: Mariana Costa',
        'next-step-overdue: Priscilla Nguyen',
        'norms-not-agreed: Nadia Rahman',
        'norms-not-agreed: Siobhán Murphy',
      ]);
      const people = await services['people.list']({});
      expect(people.filter((p) => p.activeGroupCount === 2).map((p) => p.person.name)).toEqual(['Grace Kim', 'Marco Rossi', 'Yuki Tanaka']);
      const northwind = dashboard.activeGroups.find((g) => g.group.kind.type === 'internal');
      expect(northwind?.group.kind).toMatchObject({ organisation: 'Northwind Logistics', sponsorName: 'Priya Raman' });
      const detail = await services['groups.get']({ id: northwind!.group.id });
      expect(detail.members.find((m) => m.name === 'Piotr Kowalski')?.staleAgreement).not.toBeNull();
    } finally {
      await store.close();
    }
  });

  it('refuses a folder that already holds anything, and changes nothing in it', async () => {
    const dir = await makeTempDir();
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine');
    const before = await hashTree(dir);
    const result = await cli('demo', '--data-dir', dir, '--today', '2026-03-15');
    expect(result.code).toBe(1);
    expect(result.err).toBe(`The folder ${dir} is not empty. The demo only writes into a new or empty folder.`);
    expect(await hashTree(dir)).toEqual(before);
  });

  it('refuses an impossible --today', async () => {
    const dir = path.join(await makeTempDir(), 'data');
    const result = await cli('demo', '--data-dir', dir, '--today', '2026-02-30');
    expect(result).toMatchObject({ code: 1, err: '--today must be a real date as YYYY-MM-DD, not "2026-02-30".' });
  });
});

describe('cli verify', () => {
  it('reports a membership pointing at a missing person, without changing any file', async () => {
    const dir = await demoFolder();
    const [file] = await groupFiles(dir);
    const doc = await readJson(path.join(dir, 'groups', file!));
    const original = doc.memberships[0].personId;
    doc.memberships[0].personId = '00000000-0000-4000-8000-00000000beef';
    await fs.writeFile(path.join(dir, 'groups', file!), JSON.stringify(doc));
    const before = await hashTree(dir);

    const result = await cli('verify', '--data-dir', dir);
    expect(result.code).toBe(1);
    // The person's norm agreement is now orphaned too, and so is their place in the pairing rounds: verify reports those as well.
    const rounds = doc.pairingRounds.filter((r: { withCoach: string | null; sessions: { personIds: string[] }[] }) => r.withCoach === original || r.sessions.some((s) => s.personIds.includes(original))).length;
    expect(rounds).toBeGreaterThan(0);
    const oneToOnes = doc.oneToOnes.filter((o: { personId: string }) => o.personId === original).length;
    expect(result.out.split('\n')[0]).toBe(`Found ${2 + rounds + oneToOnes} problems in ${dir}:`);
    expect(result.out).toContain(`pairs person ${original}, who was not a member of the group then.`);
    expect(result.out).toContain(
      `  1. groups/${file} (${doc.group.name}): Membership ${doc.memberships[0].id} refers to person 00000000-0000-4000-8000-00000000beef, who is not in the people list.`,
    );
    expect(await hashTree(dir)).toEqual(before);
  });

  it('lists several kinds of problem, numbered', async () => {
    const dir = await demoFolder();
    const [first, second] = await groupFiles(dir);
    // A file cut short, and a group whose file name no longer matches its id.
    const text = await fs.readFile(path.join(dir, 'groups', first!), 'utf8');
    await fs.writeFile(path.join(dir, 'groups', first!), text.slice(0, 50));
    const other = await readJson(path.join(dir, 'groups', second!));
    other.group.id = '00000000-0000-4000-8000-0000000000aa';
    other.normAgreements.push({ personId: '00000000-0000-4000-8000-0000000000bb', agreedOn: '2026-01-01', revision: 99 });
    await fs.writeFile(path.join(dir, 'groups', second!), JSON.stringify(other));
    const index = await readJson(path.join(dir, 'index.json'));
    index.people[1].email = index.people[0].email;
    index.people[2].timeZone = 'Mars/Olympus';
    await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify(index));

    const result = await cli('verify', '--data-dir', dir);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^Found \d+ problems in /);
    expect(result.out).toContain('index.json: Does not match the expected format: Unknown time zone. Use a name such as Europe/London. (at people.2.timeZone)');
    expect(result.out).toContain(`groups/${first}: The file is not valid JSON (it may be cut short or damaged).`);
    expect(result.out).toContain(`groups/${second}: The file holds group 00000000-0000-4000-8000-0000000000aa, but its name says`);
    expect(result.out).toContain('who is not a member of this group');
    expect(result.out).toContain('is for revision 99, but the norms are only at revision');
    expect(lines.slice(1).every((l, i) => l.startsWith(`  ${i + 1}. `))).toBe(true);
  });

  it('reports duplicate emails that the schema alone cannot see', async () => {
    const dir = await demoFolder();
    const index = await readJson(path.join(dir, 'index.json'));
    index.people[1].email = index.people[0].email.toUpperCase().toLowerCase();
    await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
    const result = await cli('verify', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`index.json: The email ${index.people[0].email} belongs to more than one person.`);
  });

  it('reports a folder without data, and one that does not exist', async () => {
    const empty = await makeTempDir();
    const result = await cli('verify', '--data-dir', empty);
    expect(result.code).toBe(1);
    expect(result.out).toContain('index.json: Missing: this folder has no list of people and settings.');
    const missing = await cli('verify', '--data-dir', path.join(empty, 'nope'));
    expect(missing).toMatchObject({ code: 1, err: `The folder ${path.join(empty, 'nope')} does not exist.` });
  });
});

describe('cli backups', () => {
  it('backs up, lists and restores, keeping a copy of what the restore replaced', async () => {
    const dir = await demoFolder();
    const made = await cli('backup', '--data-dir', dir);
    expect(made.code).toBe(0);
    const id = made.out.trim();
    expect(id).toMatch(/^[0-9A-Za-z._-]+$/);

    const indexFile = path.join(dir, 'index.json');
    const original = await fs.readFile(indexFile, 'utf8');
    const changed = JSON.parse(original);
    changed.settings.coachName = 'Changed After Backup';
    await fs.writeFile(indexFile, JSON.stringify(changed));

    const listed = await cli('backups', '--data-dir', dir);
    expect(listed.out).toContain(`${id}  `);
    expect(listed.out).toContain('manual');

    const restored = await cli('restore', '--data-dir', dir, '--backup', id);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(new RegExp(`^Restored backup ${id}\\.\\nWhat it replaced was saved as backup \\S+\\.$`));
    expect((await readJson(indexFile)).settings.coachName).toBe('Jordan Ellis');
    expect(await cli('verify', '--data-dir', dir)).toMatchObject({ code: 0 });

    const unknown = await cli('restore', '--data-dir', dir, '--backup', 'no-such-backup');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/backup could not be found/);
  });

  it('lists backups without changing anything: no new backup, no repair, no pruning', async () => {
    const dir = await demoFolder();
    const made = (await cli('backup', '--data-dir', dir)).out.trim();
    // Data changed since the newest backup, and a damaged group file: opening the store would back up and repair.
    const indexFile = path.join(dir, 'index.json');
    const changed = await readJson(indexFile);
    changed.settings.coachName = 'Changed After Backup';
    await fs.writeFile(indexFile, JSON.stringify(changed));
    const [file] = await groupFiles(dir);
    await fs.writeFile(path.join(dir, 'groups', file!), '{"schemaVersion":1,');
    const before = await hashTree(dir);

    const listed = await cli('backups', '--data-dir', dir);
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n').filter((l) => l.trim() !== '').map((l) => l.split('  ')[0])).toContain(made);
    expect(await hashTree(dir)).toEqual(before);
  });

  it('refuses to back up a folder with no Circlekeeper data rather than create one', async () => {
    const dir = await makeTempDir();
    const result = await cli('backup', '--data-dir', dir);
    expect(result).toMatchObject({ code: 1, err: `The folder ${dir} holds no Circlekeeper data (no index.json).` });
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

describe('cli and the folder lock', () => {
  it('refuses every command on a folder that is open, with exit code 2 and one line', async () => {
    const dir = await demoFolder();
    const store = await openStore({ dataDir: dir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
    try {
      for (const argv of [['verify'], ['backup'], ['backups'], ['restore', '--backup', 'x'], ['export', '--out', path.join(dir, '..', 'export.json')]]) {
        const result = await cli(argv[0]!, '--data-dir', dir, ...argv.slice(1));
        expect(result.code, argv[0]).toBe(2);
        expect(result.err.split('\n'), argv[0]).toHaveLength(1);
        expect(result.err).toMatch(/already open/);
      }
    } finally {
      await store.close();
    }
    expect((await cli('verify', '--data-dir', dir)).code).toBe(0);
  });
});

describe('cli usage', () => {
  it('prints help, and explains unknown commands, options and missing values', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run cli -- <command> --data-dir DIR');
    expect((await cli()).code).toBe(1);
    expect(await cli('explode', '--data-dir', '/tmp/x')).toMatchObject({ code: 1, err: expect.stringContaining('Unknown command "explode"') });
    expect(await cli('verify')).toMatchObject({ code: 1, err: 'verify needs --data-dir DIR. Run with --help for usage.' });
    expect(await cli('verify', '--data-dir', '/tmp/x', '--forcefully')).toMatchObject({ code: 1, err: expect.stringContaining("'--forcefully'") });
    expect(await cli('verify', '--data-dir', '/tmp/x', '--force')).toMatchObject({ code: 1, err: 'verify does not take --force. Run with --help for usage.' });
    expect(await cli('restore', '--data-dir', '/tmp/x')).toMatchObject({ code: 1, err: 'restore needs --backup ID. Run with --help for usage.' });
  });
});
