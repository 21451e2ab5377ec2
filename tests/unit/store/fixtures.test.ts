import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../src/main/domain/invariants';
import { buildGroupDetail } from '../../../src/main/domain/group-summary';
import { peopleById } from '../../../src/main/domain/group-health';
import { CURRENT_SCHEMA_VERSION } from '../../../src/main/store/documents';
import { DEFAULT_BETWEEN_SETTINGS } from '../../../src/shared/between';
import { inspectFile } from '../../../src/main/store/inspect-document';
import { cli } from '../cli/cli-helpers';
import { open, tempDir } from './helpers';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures');
const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8'));

async function openCopy(version: string) {
  const dir = await tempDir();
  await fs.cp(path.join(FIXTURES, version), dir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  return { dir, store: await open(dir) };
}


/** What version 3 adds to files that had no meetings: the usual buffer, the method's agenda, one coachee, nothing planned. */
const version3Index = { calendar: { bufferMinutes: 15, busy: null } };
const version3Group = { meetingSettings: { coacheesPerMeeting: 1, agendaTemplate: null }, meetingSeries: [], meetings: [] };
/** What version 4 adds to every group file: the default rules between meetings, no rounds, no 1:1s. */
const version4Group = { between: DEFAULT_BETWEEN_SETTINGS, pairingRounds: [], oneToOnes: [] };
/** What version 5 adds to the index: the coach's email, not given yet. */
const withVersion5Settings = (index: { settings: Record<string, unknown> }) => ({ ...index, settings: { ...index.settings, coachEmail: '' } });

describe('data folders written by earlier versions', () => {
  it('opens the schema version 1 fixture with every record intact, upgraded to the current version', async () => {
    const { dir, store } = await openCopy('v1');
    const originalIndex = await readJson(path.join(FIXTURES, 'v1', 'index.json'));

    expect(store.recovery).toEqual([]);
    expect(store.index()).toEqual({ ...withVersion5Settings(originalIndex), schemaVersion: CURRENT_SCHEMA_VERSION, ...version3Index });
    expect(store.index().people.map((p) => p.name)).toEqual([
      'Amara Okafor',
      'Jonas Weber',
      'Priya Raman',
      'Tom Hēnare',
      'Lucía Fernández',
    ]);
    const groups = Object.fromEntries(store.groups().map((g) => [g.group.name, g]));
    expect(Object.keys(groups).sort()).toEqual(['Founders Round Table', 'Northwind Leaders Circle']);
    const northwind = groups['Northwind Leaders Circle']!;
    expect(northwind.group.kind).toEqual({ type: 'internal', organisation: 'Northwind Health', sponsorName: 'Grace Liu', sponsorEmail: 'grace.liu@example.org' });
    expect(northwind.memberships.map((m) => m.goal?.status ?? null)).toEqual(['in-progress', 'dropped', null]);
    expect(northwind.norms).toHaveLength(5);
    expect(northwind.normsRevision).toBe(2);
    expect(northwind.normAgreements.filter((a) => a.revision === 2)).toHaveLength(2);
    expect(groups['Founders Round Table']!.group.archivedAt).toBe('2025-04-02T06:00:00.000Z');
    // Amara is a member of both groups.
    const amara = store.index().people[0]!.id;
    expect(store.groups().filter((g) => g.memberships.some((m) => m.personId === amara))).toHaveLength(2);

    // Every fixture file deep-equals what the store holds for it, plus what versions 2 (no former members yet) and 3 (no meetings yet) added.
    for (const g of store.groups()) {
      const original = await readJson(path.join(FIXTURES, 'v1', 'groups', `${g.group.id}.json`));
      expect(g).toEqual({ ...original, schemaVersion: CURRENT_SCHEMA_VERSION, anonymisedMembers: [], ...version3Group, ...version4Group });
    }
    expect(checkInvariants(store.index(), store.groups().map((doc) => ({ file: doc.group.id, doc })))).toEqual([]);

    // The upgrade is written back: the next open reads current files and migrates nothing.
    await store.close();
    expect((await readJson(path.join(dir, 'index.json'))).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const again = await open(dir);
    expect(again.groups().map((g) => g.anonymisedMembers)).toEqual([[], []]);
    await again.close();
  });

  it('opens the schema version 2 fixture, whose former member is kept anonymously, with every record intact', async () => {
    const { store } = await openCopy('v2');
    expect(store.recovery).toEqual([]);
    expect(store.index()).toEqual({ ...withVersion5Settings(await readJson(path.join(FIXTURES, 'v2', 'index.json'))), schemaVersion: CURRENT_SCHEMA_VERSION, ...version3Index });
    for (const g of store.groups()) {
      const original = await readJson(path.join(FIXTURES, 'v2', 'groups', `${g.group.id}.json`));
      expect(g).toEqual({ ...original, schemaVersion: CURRENT_SCHEMA_VERSION, ...version3Group, ...version4Group });
    }
    expect(checkInvariants(store.index(), store.groups().map((doc) => ({ file: doc.group.id, doc })))).toEqual([]);
    const northwind = store.groups().find((g) => g.group.name === 'Northwind Leaders Circle')!;
    const detail = buildGroupDetail(northwind, peopleById(store.index().people), new Date('2025-05-12T09:00:00.000Z'));
    expect(detail.members.map((m) => [m.name, m.membership.joinedOn, m.membership.leftOn, m.staleAgreement?.agreedOn ?? null])).toEqual([
      ['Amara Okafor', '2024-02-05', null, null],
      ['Tom Hēnare', '2024-03-04', null, null],
      ['Former member', '2024-02-05', '2024-06-30', '2024-02-05'],
    ]);
    await store.close();
  });

  it('opens the schema version 3 fixture (series, a moved and a cancelled meeting, records, busy times) with every record intact, and verify passes', async () => {
    const { dir, store } = await openCopy('v3');
    const fixture = (file: string) => readJson(path.join(FIXTURES, 'v3', file));
    expect(store.recovery).toEqual([]);
    // Two steps: version 4 adds what lies between meetings to group files, version 5 the coach's email; everything else is read as it was written.
    expect(store.index()).toEqual({ ...withVersion5Settings(await fixture('index.json')), schemaVersion: CURRENT_SCHEMA_VERSION });
    for (const g of store.groups()) expect(g).toEqual({ ...(await fixture(`groups/${g.group.id}.json`)), schemaVersion: CURRENT_SCHEMA_VERSION, ...version4Group });

    const groups = Object.fromEntries(store.groups().map((g) => [g.group.name, g]));
    const harbour = groups['Harbour Leaders Circle']!;
    expect(harbour.meetingSeries).toHaveLength(1);
    expect(harbour.meetings.map((m) => [m.date, m.startTime, m.status, m.sequence])).toEqual([
      ['2026-03-10', '18:00', 'planned', 0],
      ['2026-04-14', '18:00', 'planned', 0],
      ['2026-05-14', '18:30', 'planned', 1],
      ['2026-06-09', '18:00', 'cancelled', 1],
      ['2026-07-14', '18:00', 'planned', 0],
      ['2026-08-11', '18:00', 'planned', 0],
    ]);
    expect(harbour.meetings[3]!.cancelledReason).toBe('Half-term week');
    // Moved, it keeps its place in the series.
    expect(harbour.meetings[2]).toMatchObject({ seriesId: harbour.meetingSeries[0]!.id, seriesStart: '2026-05-12T17:00:00.000Z', start: '2026-05-14T17:30:00.000Z' });
    expect(groups['Founders Round Table']!.meetings.map((m) => [m.date, m.start])).toEqual([
      ['2026-03-05', '2026-03-05T17:00:00.000Z'],
      ['2026-03-19', '2026-03-19T16:00:00.000Z'],
      ['2026-04-02', '2026-04-02T16:00:00.000Z'],
      ['2026-04-16', '2026-04-16T16:00:00.000Z'],
    ]);

    const [march, april] = (await store.meetingRecords(harbour.group.id, 2026)).records;
    expect(march!.attendance.map((a) => a.mark)).toEqual(['present', 'present', 'excused']);
    expect(march!.checkIns.map((c) => c.progress)).toEqual(['on-track', 'stuck']);
    expect(march!.nextSteps.map((s) => [s.text, s.status])).toEqual([
      ['Book the last skip-level meeting', 'done'],
      ['Draft the team charter', 'carried-over'],
    ]);
    expect(april!.nextSteps.map((s) => [s.text, s.status, s.carriedFromId])).toEqual([
      ['Draft the team charter', 'open', march!.nextSteps[1]!.id],
      ['Ask two mentors to join the pilot', 'open', null],
    ]);
    expect(store.index().calendar.busy).toMatchObject({
      fileName: 'my-calendar.ics',
      busyTimes: [{ label: 'Choir rehearsal' }, { label: 'Dentist' }],
      skipped: [
        { reason: 'all-day', count: 1 },
        { reason: 'unreadable', count: 1 },
      ],
    });
    await store.close();

    // Records files are read only when a page needs them, so they are still in format 3, and verify says so.
    const verified = await cli('verify', '--data-dir', dir);
    expect(verified).toMatchObject({ code: 0, err: '' });
    expect(verified.out.split('\n')).toEqual([
      ...[...verified.out.matchAll(/meetings\/[^ ]+\.json/g)].map((m) => `Note: ${m[0]} is in data format 3; the app upgrades it when it next opens the folder.`),
      'OK: 2 groups, 3 people, 10 meetings, 2 files of meeting records, 0 notes',
    ]);
    expect(verified.out.match(/data format 3/g)).toHaveLength(2);
  });

  it('opens the schema version 4 fixture (pairing rounds, a held pair session, an absence, a never-pair rule, 1:1s) with every record intact, the coach\'s email not given yet, and verify passes', async () => {
    const { dir, store } = await openCopy('v4');
    const fixture = (file: string) => readJson(path.join(FIXTURES, 'v4', file));
    expect(store.recovery).toEqual([]);
    // Version 5 adds only the coach's email to the index's settings; every group file is read as it was written.
    const originalIndex = await fixture('index.json');
    expect(store.index()).toEqual({ ...originalIndex, schemaVersion: CURRENT_SCHEMA_VERSION, settings: { coachName: 'Hannah Price', coachTimeZone: 'Europe/London', coachEmail: '' } });
    expect(store.index().settings.coachEmail).toBe('');
    for (const g of store.groups()) expect(g).toEqual({ ...(await fixture(`groups/${g.group.id}.json`)), schemaVersion: CURRENT_SCHEMA_VERSION });

    const groups = Object.fromEntries(store.groups().map((g) => [g.group.name, g]));
    const harbour = groups['Harbour Leaders Circle']!;
    const name = new Map(store.index().people.map((p) => [p.id, p.name.split(' ')[0]]));
    const names = (ids: readonly string[]) => ids.map((id) => name.get(id));
    expect(harbour.meetings.map((m) => [m.date, m.status])).toEqual([
      ['2026-03-10', 'planned'],
      ['2026-04-14', 'planned'],
      ['2026-05-14', 'planned'],
      ['2026-06-09', 'cancelled'],
      ['2026-07-14', 'planned'],
      ['2026-08-11', 'planned'],
    ]);
    expect(harbour.between.pairing.neverPair.map(names)).toEqual([['Amara', 'Tom']]);
    expect(harbour.pairingRounds.map((r) => [r.from, r.to, names(r.absent), r.sessions.map((s) => names(s.personIds))])).toEqual([
      ['2026-03-10', '2026-04-14', [], [['Amara', 'Jonas'], ['Tom', 'Priya']]],
      ['2026-04-14', '2026-05-14', [], [['Amara', 'Priya'], ['Tom', 'Jonas']]],
      ['2026-05-14', '2026-07-14', ['Tom'], [['Amara', 'Priya', 'Jonas']]],
      ['2026-07-14', '2026-08-11', [], [['Amara', 'Jonas'], ['Tom', 'Priya']]],
    ]);
    expect(harbour.pairingRounds[0]!.sessions[0]).toMatchObject({ status: 'held', agreedTime: { date: '2026-03-19', time: '07:30', timeZone: 'Europe/London' }, where: 'https://meet.example.com/pair' });
    expect(harbour.pairingRounds.flatMap((r) => r.sessions).filter((s) => s.status !== 'planned')).toHaveLength(1);
    expect(harbour.oneToOnes.map((o) => [name.get(o.personId), o.date, o.startTime, o.minutes, o.start, o.status])).toEqual([
      ['Tom', '2026-03-24', '08:00', 45, '2026-03-24T08:00:00.000Z', 'held'],
      ['Jonas', '2026-05-20', '12:00', 30, '2026-05-20T11:00:00.000Z', 'planned'],
    ]);
    expect(groups['Founders Round Table']!.pairingRounds).toEqual([]);
    const [march, april] = (await store.meetingRecords(harbour.group.id, 2026)).records;
    expect(march!.attendance.map((a) => a.mark)).toEqual(['present', 'present', 'excused', 'present']);
    expect(april!.nextSteps.map((s) => [s.text, s.status])).toEqual([
      ['Draft the team charter', 'open'],
      ['Ask two mentors to join the pilot', 'open'],
    ]);
    expect(checkInvariants(store.index(), store.groups().map((doc) => ({ file: doc.group.id, doc })))).toEqual([]);
    await store.close();

    // The index and group files were upgraded at open; the records files wait for a page that reads them.
    expect((await readJson(path.join(dir, 'index.json'))).settings.coachEmail).toBe('');
    const verified = await cli('verify', '--data-dir', dir);
    expect(verified).toMatchObject({ code: 0, err: '' });
    expect(verified.out.split('\n')).toEqual([
      ...[...verified.out.matchAll(/meetings\/[^ ]+\.json/g)].map((m) => `Note: ${m[0]} is in data format 4; the app upgrades it when it next opens the folder.`),
      'OK: 2 groups, 4 people, 10 meetings, 2 files of meeting records, 0 notes',
    ]);
    expect(verified.out.match(/data format 4/g)).toHaveLength(2);
  });

  it('every fixture file is valid at its version', async () => {
    for (const version of ['v1', 'v2', 'v3', 'v4']) {
      const root = path.join(FIXTURES, version);
      const files = (await fs.readdir(root, { recursive: true })).filter((f) => f.endsWith('.json')).map((f) => f.split(path.sep).join('/'));
      expect(files, version).toContain('index.json');
      for (const file of files) {
        expect(inspectFile(file, await fs.readFile(path.join(root, file)))?.status, `${version}/${file}`).toBe('ok');
      }
    }
  });
});
