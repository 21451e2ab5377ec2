import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import type { PassphraseTerminal } from '../../../src/cli/passphrase';
import { openHarness, type ServiceHarness } from '../../support/services';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';
import { cli, demoFolder } from './cli-helpers';

const PASSPHRASE = 'quiet meadow copper kettle 7';
let h: ServiceHarness | null = null;
afterEach(async () => {
  await h?.close().catch(() => undefined);
  h = null;
  await removeTempDirs();
});

async function passphraseFile(mode = 0o600): Promise<string> {
  const file = path.join(await makeTempDir(), 'pass.txt');
  await fs.writeFile(file, `${PASSPHRASE}\n`, { mode });
  await fs.chmod(file, mode);
  return file;
}

/** The CLI with a terminal that is (or is not) a TTY and answers the prompt. */
async function cliAt(terminal: PassphraseTerminal, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, terminal);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const noTty: PassphraseTerminal = { interactive: false, ask: () => Promise.reject(new Error('not asked')) };

/** The demo folder with a vault set up at the test cost, and one note of each kind. */
async function folderWithNotes() {
  const dir = await demoFolder();
  h = await openHarness({ dir, clock: undefined });
  await h.ok('vault.setUp', { passphrase: PASSPHRASE });
  const groups = h.store.groups();
  const withMeeting = groups.find((g) => g.meetings.some((m) => Date.parse(m.end) < h!.clock.now().getTime() && m.status === 'planned'))!;
  const meeting = withMeeting.meetings.find((m) => Date.parse(m.end) < h!.clock.now().getTime() && m.status === 'planned')!;
  const [a, b] = withMeeting.memberships.map((m) => m.personId);
  const base = { groupId: withMeeting.group.id, meetingId: null, templateId: null };
  await h.ok('notes.create', { ...base, kind: 'meeting', date: meeting.date, meetingId: meeting.id, personIds: [], content: { title: 'Minutes: « quoted »', fields: [{ label: 'Minutes', text: 'Line one\n## not a heading\n\\## escaped already\n  indented' }, { label: 'Observations', text: '' }] } });
  await h.ok('notes.create', { ...base, kind: 'one-to-one', date: '2026-03-01', personIds: [a!], content: { title: '', fields: [{ label: 'How they are', text: 'Well: "fine" — mostly.' }] } });
  await h.ok('notes.create', { ...base, kind: 'pair-check-in', date: '2026-03-02', personIds: [a!, b!], content: { title: 'Pair', fields: [{ label: 'Action plan', text: '1. one\n2. two' }] } });
  await h.ok('notes.create', { ...base, groupId: null, kind: 'member', date: '2026-03-03', personIds: [b!], content: { title: 'Zoë: a note', fields: [{ label: 'Notes', text: 'Café' }] } });
  return { dir, h };
}

const comparable = (notes: { kind: string; date: string; groupId: string | null; meetingId: string | null; personIds: string[] }[], contents: unknown[]) =>
  notes.map((n, i) => ({ kind: n.kind, date: n.date, groupId: n.groupId, meetingId: n.meetingId, personIds: n.personIds, content: contents[i] })).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

describe('notes on the command line', () => {
  it('never takes the passphrase as an argument, and needs a file or a terminal', async () => {
    const dir = await makeTempDir();
    for (const arg of [['--passphrase', 'x'], ['--passphrase=x']]) {
      const result = await cliAt(noTty, 'notes', 'import', '--data-dir', dir, ...arg, 'a.md');
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/never taken on the command line: it would stay in your shell history/);
    }
    const noWay = await cliAt(noTty, 'notes', 'import', '--data-dir', dir, 'a.md');
    expect(noWay).toEqual({ code: 1, out: '', err: 'This command needs the notes passphrase: give --passphrase-file FILE, or run it in a terminal to be asked for it.' });
    const refused = await cliAt(noTty, 'notes', 'export', '--data-dir', dir, '--out', path.join(dir, 'o'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/decrypted, as plain Markdown files.*--i-understand-this-is-plaintext/);
  });

  it('exports every note as private Markdown, and imports them back into a fresh vault as equal notes', async () => {
    const { dir } = await folderWithNotes();
    const before = await h!.ok('notes.list', {});
    const beforeContent = await Promise.all(before.notes.map(async (n) => (await h!.ok('notes.get', { id: n.id })).content));
    await h!.close();
    const pass = await passphraseFile(0o644);
    const out = path.join(await makeTempDir(), 'plain');
    const exported = await cliAt(noTty, 'notes', 'export', '--data-dir', dir, '--out', out, '--passphrase-file', pass, '--i-understand-this-is-plaintext');
    expect(exported.code).toBe(0);
    expect(exported.err).toMatch(/can be read by other users of this computer/);
    expect((await fs.stat(out)).mode & 0o777).toBe(0o700);
    const files = (await fs.readdir(out)).filter((n) => n.endsWith('.md'));
    expect(files).toHaveLength(4);
    for (const f of files) {
      expect(f).toMatch(/^\d{4}-\d{2}-\d{2}-(meeting|one-to-one|pair-check-in|member)-[0-9a-f-]{36}\.md$/);
      expect((await fs.stat(path.join(out, f))).mode & 0o777).toBe(0o600);
    }
    // A second export replaces the first; a folder holding anything else is refused.
    expect((await cli('notes', 'export', '--data-dir', dir, '--out', out, '--passphrase-file', pass, '--i-understand-this-is-plaintext')).code).toBe(0);
    const other = await makeTempDir();
    await fs.writeFile(path.join(other, 'mine.txt'), 'keep');
    expect((await cli('notes', 'export', '--data-dir', dir, '--out', other, '--passphrase-file', pass, '--i-understand-this-is-plaintext')).err).toMatch(/is not empty/);

    h = await openHarness({ dir });
    await h.ok('vault.reset', { confirmation: 'delete my notes' });
    await h.ok('vault.setUp', { passphrase: PASSPHRASE });
    await h.close();
    const imported = await cli('notes', 'import', '--data-dir', dir, '--passphrase-file', pass, out);
    expect(imported.code).toBe(0);
    expect(imported.out.split('\n').filter((l) => l.startsWith('imported '))).toHaveLength(4);
    expect(imported.out).not.toMatch(/Minutes:|Café|Pair/); // titles and text are never printed

    h = await openHarness({ dir });
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const after = await h.ok('notes.list', {});
    const afterContent = await Promise.all(after.notes.map(async (n) => (await h!.ok('notes.get', { id: n.id })).content));
    expect(comparable(after.notes, afterContent)).toEqual(comparable(before.notes, beforeContent));
  }, 120_000);

  it('imports what it can and names the reason for each file it skips, exiting 1', async () => {
    const { dir } = await folderWithNotes();
    const person = h!.store.index().people[0]!;
    const groupName = h!.store.groups()[0]!.group.name;
    await h!.close();
    const src = await makeTempDir();
    await fs.mkdir(path.join(src, 'sub'));
    await fs.writeFile(path.join(src, 'sub', `2026-02-01 ${person.name.toUpperCase()}.md`), 'Just text, no front matter.\n');
    await fs.writeFile(path.join(src, 'nobody.md'), 'No front matter and not a name.\n');
    await fs.writeFile(path.join(src, 'stranger.md'), '---\nperson: Someone Unknown\n---\nText\n');
    await fs.writeFile(path.join(src, 'broken.md'), '---\nperson: [unclosed\n---\nText\n');
    await fs.writeFile(path.join(src, 'no-meeting.md'), `---\nkind: meeting\ngroup: ${groupName}\ndate: 1999-01-01\n---\nText\n`);
    const result = await cli('notes', 'import', '--data-dir', dir, '--passphrase-file', await passphraseFile(), src);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines.find((l) => l.includes('nobody.md'))).toMatch(/skipped .*no front matter and its file or folder name is not the name of anyone/);
    expect(lines.find((l) => l.includes('stranger.md'))).toMatch(/skipped .*a person it names is not in Circlekeeper/);
    expect(lines.find((l) => l.includes('broken.md'))).toMatch(/skipped .*not valid YAML/);
    expect(lines.find((l) => l.includes('no-meeting.md'))).toMatch(/skipped .*has no meeting on that date/);
    expect(lines.find((l) => l.includes(person.name.toUpperCase()))).toMatch(/imported .* -> note [0-9a-f-]{36} \(member, 2026-02-01\)$/);
    expect(lines.at(-1)).toBe('1 imported, 4 skipped.');
    expect(result.out).not.toMatch(/Someone Unknown|Just text/);
  }, 120_000);

  it('demo --passphrase-file sets up the notes and writes demo notes of every kind through the services', async () => {
    const dir = path.join(await makeTempDir(), 'data');
    const demo = await cli('demo', '--data-dir', dir, '--today', '2026-03-15', '--passphrase-file', await passphraseFile());
    expect(demo).toMatchObject({ code: 0, err: '' });
    expect(demo.out).toMatch(/Encrypted notes set up with \d+ demo notes\.$/);
    expect(await cli('verify', '--data-dir', dir)).toMatchObject({ code: 0, out: expect.stringMatching(/, 22 notes$/) });
    h = await openHarness({ dir });
    expect((await h.call('notes.get', { id: '00000000-0000-4000-8000-000000000000' })).ok).toBe(false);
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const list = await h.ok('notes.list', {});
    expect(new Set(list.notes.map((n) => n.kind))).toEqual(new Set(['meeting', 'one-to-one', 'pair-check-in', 'member']));
    const pair = list.notes.find((n) => n.kind === 'pair-check-in')!;
    expect(pair.templateId).toBe('pair-session');
    expect((await h.ok('notes.get', { id: pair.id })).content.fields.map((f) => f.label)).toContain('What has been tried');
  }, 120_000);

  it('verify reports note files that are misnamed, stray or link to what does not exist, without a passphrase', async () => {
    const { dir } = await folderWithNotes();
    const notes = (await h!.ok('notes.list', {})).notes;
    await h!.close();
    const noteDir = path.join(dir, 'notes');
    const nameOf = (id: string) => `${id}.r1.json`;
    const member = notes.find((n) => n.kind === 'member')!;
    const doc = JSON.parse(await fs.readFile(path.join(noteDir, nameOf(member.id)), 'utf8'));
    await fs.writeFile(path.join(noteDir, nameOf(member.id)), JSON.stringify({ ...doc, personIds: ['00000000-0000-4000-8000-00000000ffff'] }));
    const pair = notes.find((n) => n.kind === 'pair-check-in')!;
    await fs.rename(path.join(noteDir, nameOf(pair.id)), path.join(noteDir, `${pair.id}.r7.json`));
    await fs.writeFile(path.join(noteDir, 'stray.json'), '{}');
    const result = await cli('verify', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`notes/${member.id}.r1.json: Its links do not hold: Someone chosen could not be found.`);
    expect(result.out).toContain(`notes/${pair.id}.r7.json: The file holds note ${pair.id} revision 1, but its name says otherwise.`);
    expect(result.out).toContain('notes/stray.json: Not a note file name, so the app ignores it.');
    expect(result.out).toMatch(/catalog\.json is out of date for 2 note/);
  }, 120_000);

  it('says how to set up notes when the folder has none', async () => {
    const dir = await demoFolder();
    const result = await cli('notes', 'import', '--data-dir', dir, '--passphrase-file', await passphraseFile(), dir);
    expect(result).toMatchObject({ code: 1 });
    expect(result.err).toMatch(/Encrypted notes are not set up .* choose a passphrase/);
  }, 60_000);
});
