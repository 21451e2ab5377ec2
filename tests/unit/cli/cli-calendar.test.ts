import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';
import { readInstants } from '../../support/ics-read';
import { cli, demoFolder } from './cli-helpers';

// `calendar` on the demo practice: the files the Export view writes, a summary
// line per file, the ledger moved on only with --record, and clear refusals.
// The period is always given (--from), so nothing here depends on today.

afterEach(removeTempDirs);

const FROM = '2026-03-15';

describe('cli calendar', () => {
  it('writes a file per person, per group and for the coach, and drafts, with a line per file; --record moves the ledger on', async () => {
    const dir = await demoFolder();
    const out = await makeTempDir();
    const first = await cli('calendar', '--data-dir', dir, '--out', out, '--from', FROM);
    expect(first).toMatchObject({ code: 0, err: '' });
    const lines = first.out.split('\n');
    expect(lines.at(-1)).toMatch(/^Wrote \d+ calendar files and \d+ invitation drafts to .*\. Not recorded: add --record once you send them\.$/);
    const people = lines.filter((l) => l.startsWith('people/'));
    expect(people.length).toBeGreaterThanOrEqual(20);
    expect(lines.filter((l) => l.startsWith('groups/'))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('coach.ics: '))).toHaveLength(1);
    expect(people[0]).toMatch(/^people\/.+\.ics: \d+ events: \d+ meetings?/);
    const drafts = lines.filter((l) => l.startsWith('drafts/'));
    expect(drafts.length).toBeGreaterThan(people.length);
    // Every line names a file that is there.
    for (const line of lines.slice(0, -1)) await fs.access(path.join(out, line.split(': ')[0]!));
    const coach = await fs.readFile(path.join(out, 'coach.ics'), 'utf8');
    expect(readInstants(coach, '2026-03-15T00:00:00Z', '2028-01-01T00:00:00Z').length).toBeGreaterThan(20);

    // Without --record nothing changed: the same drafts again.
    const again = await cli('calendar', '--data-dir', dir, '--out', await makeTempDir(), '--from', FROM);
    expect(again.out.split('\n').filter((l) => l.startsWith('drafts/')).length).toBe(drafts.length);
    const recorded = await cli('calendar', '--data-dir', dir, '--out', await makeTempDir(), '--from', FROM, '--record');
    expect(recorded.out).toMatch(/Recorded in the export ledger\.$/);
    await fs.access(path.join(dir, 'calendar-ledger.json'));
    const after = await cli('calendar', '--data-dir', dir, '--out', await makeTempDir(), '--from', FROM);
    expect(after.out.split('\n').filter((l) => l.startsWith('drafts/'))).toEqual([]);
    expect((await cli('verify', '--data-dir', dir)).code).toBe(0);
  }, 60_000);

  it('writes only the chosen person’s file and drafts with --person, and the chosen group with --group', async () => {
    const dir = await demoFolder();
    const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as { people: { id: string; name: string }[] };
    const person = index.people[0]!;
    const out = await makeTempDir();
    const one = await cli('calendar', '--data-dir', dir, '--out', out, '--from', FROM, '--person', person.id);
    expect(one.code).toBe(0);
    const lines = one.out.split('\n');
    expect(lines.filter((l) => l.startsWith('people/'))).toEqual([expect.stringMatching(new RegExp(`^people/${person.name}`))]);
    expect(lines.filter((l) => l.startsWith('drafts/')).every((l) => l.startsWith(`drafts/${person.name}`))).toBe(true);
  }, 60_000);

  it('refuses bad options with the reason, before writing anything', async () => {
    const dir = await demoFolder();
    const out = await makeTempDir();
    const unknown = await cli('calendar', '--data-dir', dir, '--out', out, '--person', '00000000-0000-4000-8000-00000000dead');
    expect(unknown).toMatchObject({ code: 1, err: expect.stringContaining('There is no person with id 00000000-0000-4000-8000-00000000dead') });
    const backwards = await cli('calendar', '--data-dir', dir, '--out', out, '--from', '2026-06-01', '--to', '2026-05-01');
    expect(backwards).toMatchObject({ code: 1, err: expect.stringContaining('--to: The end of the period must be on or after its start.') });
    const badDate = await cli('calendar', '--data-dir', dir, '--out', out, '--from', '2026-02-30');
    expect(badDate.code).toBe(1);
    expect(badDate.err).toMatch(/^--from: /);
    const file = path.join(out, 'a-file');
    await fs.writeFile(file, 'x');
    expect(await cli('calendar', '--data-dir', dir, '--out', file)).toMatchObject({ code: 1, err: expect.stringContaining('is not a folder') });
    expect(await cli('calendar', '--data-dir', dir, '--out', path.join(dir, 'inside'))).toMatchObject({ code: 1, err: expect.stringContaining('outside the data folder') });
    expect(await cli('calendar', '--data-dir', dir)).toMatchObject({ code: 1, err: expect.stringContaining('calendar needs --out FOLDER') });
    expect((await fs.readdir(out)).sort()).toEqual(['a-file']);
  }, 60_000);
});
