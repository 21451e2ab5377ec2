import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreDamagedError } from '../../../src/main/store/errors';
import { FIXED_NOW, open, person, seed, snapshot, tempDir } from './helpers';

type Damage = (bytes: Buffer) => Buffer | string;
const damages: [string, Damage, RegExp][] = [
  ['empty', () => '', /empty/],
  ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2)), /cut short/],
  ['NUL-filled', (b) => Buffer.alloc(b.length), /zero bytes/],
  ['garbage', () => 'this is { not json', /not valid JSON/],
  ['schema-invalid', () => JSON.stringify({ schemaVersion: 1, people: 'nobody' }), /expected format/],
];

/** A seeded store with one manual backup, closed. */
async function seededWithBackup() {
  const dir = await tempDir();
  const seeded = await seed(dir);
  const store = await open(dir);
  await store.flush(); // lets the start backup finish
  await store.close();
  return { dir, ...seeded };
}

describe('recovery at open', () => {
  it.each(damages)('restores a %s index.json from the newest backup and keeps the bad file aside', async (_name, damage, problem) => {
    const { dir } = await seededWithBackup();
    const indexPath = path.join(dir, 'index.json');
    const good = await fs.readFile(indexPath);
    const bad = Buffer.from(damage(good));
    await fs.writeFile(indexPath, bad);

    const store = await open(dir);
    expect(store.recovery).toHaveLength(1);
    const event = store.recovery[0]!;
    expect(event.file).toBe('index.json');
    expect(event.problem).toMatch(problem);
    expect(event.restoredFrom).toMatch(/^\d{4}-/);
    expect(event.keptAs).toMatch(/^quarantine\/.*index\.json$/);
    expect(await fs.readFile(path.join(dir, event.keptAs))).toEqual(bad);
    expect(await fs.readFile(indexPath)).toEqual(good);
    expect(store.index().people.map((p) => p.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it.each(damages)('restores a %s group file from the newest backup', async (_name, damage) => {
    const { dir, groupId } = await seededWithBackup();
    const file = path.join(dir, 'groups', `${groupId}.json`);
    const good = await fs.readFile(file);
    await fs.writeFile(file, damage(good));

    const store = await open(dir);
    expect(store.recovery).toEqual([
      expect.objectContaining({ file: `groups/${groupId}.json`, keptAs: expect.stringMatching(/^quarantine\/.*groups-/) }),
    ]);
    expect(store.group(groupId)?.group.name).toBe('Tuesday Circle');
    expect(await fs.readFile(file)).toEqual(good);
  });

  it('keeps every damaged copy when the same file is damaged twice at the same moment', async () => {
    const { dir } = await seededWithBackup();
    const kept: string[] = [];
    for (const bad of ['first bad', 'second bad']) {
      await fs.writeFile(path.join(dir, 'index.json'), bad);
      const store = await open(dir); // the same fixed clock both times
      kept.push(store.recovery.at(-1)!.keptAs);
      await store.close();
    }
    expect(new Set(kept).size).toBe(2);
    expect(await fs.readFile(path.join(dir, kept[0]!), 'utf8')).toBe('first bad');
    expect(await fs.readFile(path.join(dir, kept[1]!), 'utf8')).toBe('second bad');
  });

  it('skips a backup whose copy is itself damaged and uses an older good one', async () => {
    const { dir } = await seededWithBackup();
    const store = await open(dir, { now: () => new Date('2025-06-15T13:00:00.000Z') });
    await store.updateIndex((d) => void (d.settings.coachName = 'Newer name'));
    const newest = await store.createBackup('manual');
    await store.close();
    await fs.writeFile(path.join(dir, 'backups', newest.id, 'index.json'), 'garbage');
    await fs.writeFile(path.join(dir, 'index.json'), '');

    const before = (await fs.readdir(path.join(dir, 'backups'))).sort();
    expect(before.at(-1)).toBe(newest.id); // it really is the newest
    const reopened = await open(dir);
    expect(reopened.recovery[0]!.restoredFrom).not.toBe(newest.id);
    expect(before).toContain(reopened.recovery[0]!.restoredFrom);
    expect(reopened.index().settings.coachName).toBe('Coach Kim');
  });

  it('refuses to start over real data when the index is damaged and no backup has it, changing nothing', async () => {
    const dir = await tempDir();
    await seed(dir);
    await fs.rm(path.join(dir, 'backups'), { recursive: true, force: true });
    await fs.writeFile(path.join(dir, 'index.json'), Buffer.alloc(300));
    const before = await snapshot(dir);

    const failure = await open(dir).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(StoreDamagedError);
    expect((failure as Error).message).toContain(path.join(dir, 'index.json'));
    expect((failure as Error).message).toMatch(/Nothing has been changed/);
    expect(await snapshot(dir)).toEqual(before);
    // The lock was released: once the file is fixed the folder opens.
    await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 1, settings: { coachName: '', coachTimeZone: 'UTC' }, people: [] }));
    await expect(open(dir)).resolves.toBeTruthy();
  });

  it('treats a missing index beside group files as damage, not as a new store', async () => {
    const dir = await tempDir();
    await seed(dir);
    await fs.rm(path.join(dir, 'backups'), { recursive: true, force: true });
    await fs.rm(path.join(dir, 'index.json'));
    await expect(open(dir)).rejects.toBeInstanceOf(StoreDamagedError);
    await expect(fs.access(path.join(dir, 'index.json'))).rejects.toThrow();
  });

  it('restores a missing index from a backup even when there are no groups, rather than start empty', async () => {
    // A coach who has entered people but no groups yet: index.json is the only data file.
    const dir = await tempDir();
    const first = await open(dir);
    await first.updateIndex((d) => {
      d.settings.coachName = 'Coach Kim';
      d.people.push(person('Ada Lovelace', 'ada@example.com'));
    });
    await first.createBackup('manual');
    await first.close();
    await fs.rm(path.join(dir, 'index.json'));

    const store = await open(dir);
    expect(store.recovery).toEqual([
      expect.objectContaining({ file: 'index.json', problem: 'The file is missing.', restoredFrom: expect.stringMatching(/^\d{4}-/), keptAs: '' }),
    ]);
    expect(store.index().people.map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')).settings.coachName).toBe('Coach Kim');
  });

  it('keeps a damaged group aside and reports it when no backup has a good copy', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    await fs.rm(path.join(dir, 'backups'), { recursive: true, force: true });
    const file = path.join(dir, 'groups', `${groupId}.json`);
    await fs.writeFile(file, '{"schemaVersion":1,"gro');

    const store = await open(dir);
    expect(store.recovery).toEqual([
      {
        id: expect.any(String),
        occurredAt: FIXED_NOW.toISOString(),
        kind: 'file-set-aside',
        file: `groups/${groupId}.json`,
        problem: expect.stringMatching(/cut short/),
        restoredFrom: null,
        keptAs: expect.any(String),
      },
    ]);
    expect(await fs.readFile(path.join(dir, store.recovery[0]!.keptAs), 'utf8')).toBe('{"schemaVersion":1,"gro');
    expect(store.groupIds()).toEqual([]);
    expect(store.index().people).toHaveLength(2);
  });

  it('treats a group file whose name and contents disagree as damaged', async () => {
    const { dir, groupId } = await seededWithBackup();
    const other = '00000000-0000-4000-8000-000000000000';
    await fs.copyFile(path.join(dir, 'groups', `${groupId}.json`), path.join(dir, 'groups', `${other}.json`));
    const store = await open(dir);
    expect(store.recovery).toEqual([expect.objectContaining({ file: `groups/${other}.json`, restoredFrom: null })]);
    expect(store.groupIds()).toEqual([groupId]);
  });

  it('removes temp files and half-built backups left by a crash', async () => {
    const { dir } = await seededWithBackup();
    await fs.writeFile(path.join(dir, '.index.json.4242.0123456789ab.tmp'), '{"half');
    await fs.writeFile(path.join(dir, 'groups', '.x.json.4242.0123456789ab.tmp'), '');
    await fs.mkdir(path.join(dir, 'backups', '.tmp-2025-01-01T00-00-00-000Z-abcdef'));
    await fs.writeFile(path.join(dir, 'notes-by-hand.txt'), 'not ours, left alone');
    await open(dir);
    const names = [...(await fs.readdir(dir)), ...(await fs.readdir(path.join(dir, 'groups'))), ...(await fs.readdir(path.join(dir, 'backups')))];
    expect(names.filter((n) => n.endsWith('.tmp') || n.startsWith('.tmp-'))).toEqual([]);
    expect(names).toContain('notes-by-hand.txt');
  });
});
