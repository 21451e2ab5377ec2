import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import type { GroupDoc, IndexDoc } from '../../../src/main/store/documents';
import { sampleGroup, samplePerson } from '../../support/sample-records';
import { openHarness } from '../../support/services';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

// Files written by the version before names were composed (NFC) and zones
// canonicalised: names as they were typed, zones in any letter case. Reading
// them back through the schemas must normalise them, lose nothing, and keep
// the uniqueness rules judged on the normalised form.

afterEach(removeTempDirs);

const ids = {
  jose: '00000000-0000-4000-8000-00000000a001',
  berlin: '00000000-0000-4000-8000-00000000a002',
  london: '00000000-0000-4000-8000-00000000a003',
  composed: '00000000-0000-4000-8000-00000000b001',
  decomposed: '00000000-0000-4000-8000-00000000b002',
  archived: '00000000-0000-4000-8000-00000000b003',
};

/** Files as version 1 (the version before anonymised former members) saved them. */
type V1Index = Omit<IndexDoc, 'schemaVersion' | 'calendar' | 'settings'> & { schemaVersion: 1; settings: Omit<IndexDoc['settings'], 'coachEmail'> };
type V1Group = Omit<GroupDoc, 'schemaVersion' | 'anonymisedMembers' | 'meetingSettings' | 'meetingSeries' | 'meetings' | 'between' | 'pairingRounds' | 'oneToOnes'> & { schemaVersion: 1 };

const legacyIndex: V1Index = {
  schemaVersion: 1,
  settings: { coachName: 'Zoe\u0308', coachTimeZone: 'europe/london' },
  people: [
    samplePerson(ids.jose, { name: 'Jose\u0301 Nu\u0301n\u0303ez', email: 'jose@example.com', timeZone: 'europe/berlin' }),
    samplePerson(ids.berlin, { name: 'Bea', email: 'bea@example.com', timeZone: 'Europe/Berlin' }),
    samplePerson(ids.london, { name: 'Lou', email: 'lou@example.com', timeZone: 'EUROPE/LONDON' }),
  ],
};

function legacyGroup(id: string, name: string, timeZone: string, archived = false): V1Group {
  return {
    schemaVersion: 1,
    group: sampleGroup(id, { name, timeZone, archivedAt: archived ? '2026-02-01T00:00:00.000Z' : null }),
    memberships: [{ id: `${id.slice(0, -4)}c${id.slice(-3)}`, personId: ids.jose, joinedOn: '2026-01-10', leftOn: null, goal: null }],
    norms: [{ id: `${id.slice(0, -4)}d${id.slice(-3)}`, text: 'What is said here stays here.' }],
    normsRevision: 1,
    normAgreements: [],
  };
}

async function legacyFolder(): Promise<string> {
  const dir = path.join(await makeTempDir(), 'data');
  await fs.mkdir(path.join(dir, 'groups'), { recursive: true, mode: 0o700 });
  await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify(legacyIndex), { mode: 0o600 });
  const groups = [
    legacyGroup(ids.composed, 'Caf\u00e9 Circle', 'asia/kolkata'),
    legacyGroup(ids.decomposed, 'Cafe\u0301 Circle', 'Europe/Berlin'),
    legacyGroup(ids.archived, 'cafe\u0301 circle', 'UTC', true),
  ];
  for (const doc of groups) {
    await fs.writeFile(path.join(dir, 'groups', `${doc.group.id}.json`), JSON.stringify(doc), { mode: 0o600 });
  }
  return dir;
}

async function verify(dir: string): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(['verify', '--data-dir', dir], { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out: out.join('\n') };
}

describe('data saved before names and zones had one stored form', () => {
  it('opens with every name composed and every zone in its canonical spelling, losing nothing', async () => {
    const h = await openHarness({ dir: await legacyFolder() });
    try {
      const people = await h.ok('people.list', {});
      expect(people.map((p) => [p.person.id, p.person.name, p.person.timeZone])).toEqual([
        [ids.berlin, 'Bea', 'Europe/Berlin'],
        [ids.jose, 'Jos\u00e9 N\u00fa\u00f1ez', 'Europe/Berlin'],
        [ids.london, 'Lou', 'Europe/London'],
      ]);
      // The people filter offers the zones people have: now one entry per zone.
      expect([...new Set(people.map((p) => p.person.timeZone))].sort()).toEqual(['Europe/Berlin', 'Europe/London']);
      expect(await h.ok('settings.get', {})).toEqual({ coachName: 'Zo\u00eb', coachTimeZone: 'Europe/London', coachEmail: '' });

      const groups = await h.ok('groups.list', { includeArchived: true });
      expect(groups.map((g) => [g.group.id, g.group.name, g.group.archivedAt === null])).toEqual(
        expect.arrayContaining([
          [ids.composed, 'Caf\u00e9 Circle', true],
          [ids.decomposed, 'Caf\u00e9 Circle', true],
          [ids.archived, 'caf\u00e9 circle', false],
        ]),
      );
      const kolkata = await h.ok('groups.get', { id: ids.composed });
      expect(kolkata.group.timeZone).toBe('Asia/Kolkata');
      expect(kolkata.members.map((m) => m.person?.id)).toEqual([ids.jose]);
    } finally {
      await h.close();
    }
  });

  it('reports two active groups that now share a name, and lets the coach rename one to resolve it', async () => {
    const dir = await legacyFolder();
    const before = await verify(dir);
    expect(before.code).toBe(1);
    expect(before.out).toContain('More than one active group is called "café circle".');

    const h = await openHarness({ dir });
    try {
      // Saving either group under the shared name is refused; a new name is accepted.
      const same = await h.call('groups.update', { id: ids.decomposed, values: pickInput('Cafe\u0301 Circle') });
      expect(same.ok || same.error.code).toBe('conflict');
      const renamed = await h.ok('groups.update', { id: ids.decomposed, values: pickInput('Café Circle (evenings)') });
      expect(renamed.name).toBe('Café Circle (evenings)');

      // A write rewrites the index in the stored form; nobody is lost on the way.
      await h.ok('people.update', { id: ids.london, values: { name: 'Lou', email: 'lou@example.com', timeZone: 'Europe/London', organisation: '', role: '', phone: '' } });
      const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as IndexDoc;
      expect(onDisk.people.map((p) => [p.id, p.name, p.timeZone])).toEqual([
        [ids.jose, 'Jos\u00e9 N\u00fa\u00f1ez', 'Europe/Berlin'],
        [ids.berlin, 'Bea', 'Europe/Berlin'],
        [ids.london, 'Lou', 'Europe/London'],
      ]);
    } finally {
      await h.close();
    }
    expect(await verify(dir)).toEqual({ code: 0, out: 'OK: 3 groups, 3 people, 0 meetings, 0 files of meeting records, 0 notes' });
  });
});

/** The editable fields of a sample group, under a given name. */
function pickInput(name: string) {
  const { id: _id, archivedAt: _a, createdAt: _c, updatedAt: _u, ...values } = sampleGroup(ids.decomposed, { name });
  return values;
}
