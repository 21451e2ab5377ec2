import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataExportSchema } from '../../../src/main/domain/data-export';
import { openStore } from '../../../src/main/store/open-store';
import { hashTree, makeTempDir, removeTempDirs } from '../../support/temp-dir';
import { cli, demoFolder, groupFiles, readJson } from './cli-helpers';

// `cli export`: every record, in the documented shape, read the way the app
// would show the folder, and not one byte written to the folder itself.

afterEach(removeTempDirs);

const repo = path.resolve(import.meta.dirname, '../../..');

/** The records as the store holds them, for comparing with an export. */
async function recordsOf(dir: string) {
  const store = await openStore({ dataDir: dir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
  const groups = [];
  for (const g of store.groups()) {
    const years = await store.allMeetingRecords(g.group.id);
    groups.push({
      ...g,
      meetings: [...g.meetings].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1)),
      meetingRecords: years.flatMap((y) => y.records).sort((a, b) => (a.meetingId < b.meetingId ? -1 : 1)),
      pairingRounds: [...g.pairingRounds].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : 1)),
      oneToOnes: [...g.oneToOnes].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1)),
    });
  }
  const records = { people: [...store.index().people], calendar: store.index().calendar, groups };
  await store.close();
  return records;
}

describe('cli export', () => {
  it('writes every person and group record, in the documented shape, changing nothing in the folder', async () => {
    const dir = await demoFolder();
    const expected = await recordsOf(dir);
    const before = await hashTree(dir);
    const out = path.join(await makeTempDir(), 'export.json');

    const result = await cli('export', '--data-dir', dir, '--out', out);
    expect(result).toMatchObject({ code: 0, err: '', out: `Exported 25 people, 4 groups and the metadata of 0 notes (no note text) to ${out}.` });
    expect(await hashTree(dir)).toEqual(before);
    expect((await fs.stat(out)).mode & 0o777).toBe(0o600);

    const doc = DataExportSchema.parse(await readJson(out));
    expect(doc).toMatchObject({ format: 'circlekeeper-export', formatVersion: 1, dataSchemaVersion: expect.any(Number), recoveredFiles: [] });
    expect(doc.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.people).toEqual([...expected.people].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(doc.calendar).toEqual(expected.calendar);
    for (const g of expected.groups) {
      const { schemaVersion: _v, ...record } = g;
      expect(doc.groups).toContainEqual(record);
    }
    expect(doc.groups).toHaveLength(expected.groups.length);
  });

  it('uses the backup copy of a damaged group, as the app would, without repairing anything', async () => {
    const dir = await demoFolder();
    // Let the app make its start backup, so a good copy exists.
    const store = await openStore({ dataDir: dir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
    await store.close();
    const [first] = await groupFiles(dir);
    await fs.writeFile(path.join(dir, 'groups', first!), '{"schemaVersion":1,"gro');
    const before = await hashTree(dir);
    const out = path.join(await makeTempDir(), 'export.json');

    const result = await cli('export', '--data-dir', dir, '--out', out);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`Note: groups/${first} is damaged \\(The file was cut short \\(incomplete data\\)\\.\\); its copy from backup .* is used, as the app would\\.`));
    expect(await hashTree(dir)).toEqual(before);
    const doc = DataExportSchema.parse(await readJson(out));
    expect(doc.groups).toHaveLength(4);
    expect(doc.recoveredFiles).toEqual([{ file: `groups/${first}`, problem: 'The file was cut short (incomplete data).', backupId: expect.any(String) }]);
  });

  it('refuses to overwrite without --force, to write into the data folder, or to export a folder without data', async () => {
    const dir = await demoFolder();
    const out = path.join(await makeTempDir(), 'export.json');
    await fs.writeFile(out, 'keep me');
    expect(await cli('export', '--data-dir', dir, '--out', out)).toMatchObject({
      code: 1,
      err: `${out} already exists. Choose another name, or add --force to replace it.`,
    });
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
    expect((await cli('export', '--data-dir', dir, '--out', out, '--force')).code).toBe(0);

    const inside = path.join(dir, 'export.json');
    expect(await cli('export', '--data-dir', dir, '--out', inside)).toMatchObject({
      code: 1,
      err: 'Save the export outside Circlekeeper’s data folder, for example in your Documents folder.',
    });
    await expect(fs.access(inside)).rejects.toThrow();

    const empty = await makeTempDir();
    expect(await cli('export', '--data-dir', empty, '--out', path.join(await makeTempDir(), 'x.json'))).toMatchObject({
      code: 1,
      err: `The folder ${empty} holds no Circlekeeper data (no index.json).`,
    });
    expect(await fs.readdir(empty)).toEqual([]);
    expect(await cli('export', '--data-dir', dir)).toMatchObject({ code: 1, err: 'export needs --out FILE.json. Run with --help for usage.' });
  });

  it('exports a folder on a read-only disk', async () => {
    const dir = await demoFolder();
    const outDir = await makeTempDir();
    const probe = spawnSync('unshare', ['-rm', 'true']);
    if (probe.status !== 0) return void console.log(`skipped: user namespaces are not available here (${probe.stderr.toString().trim()})`);
    const script = `mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec "$2" "$3" export --data-dir "$1" --out "$4"`;
    const run = spawnSync(
      'unshare',
      ['-rm', 'sh', '-c', script, 'sh', dir, path.join(repo, 'node_modules/.bin/tsx'), path.join(repo, 'src/cli/index.ts'), path.join(outDir, 'e.json')],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Exported 25 people, 4 groups and the metadata of 0 notes');
    expect(DataExportSchema.parse(await readJson(path.join(outDir, 'e.json'))).people).toHaveLength(25);
  }, 30_000);
});
