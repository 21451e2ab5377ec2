import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src/main/dispatch';
import { createServices } from '../../../src/main/services/registry';
import { cli } from '../cli/cli-helpers';
import { canaryHits, filesUnder, type Haystack } from '../../support/canary-scan';
import { openHarness, type ServiceHarness } from '../../support/services';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

// The promise of issue 7: note text never leaves the vault except through
// `notes export`. Canaries go into every part of a note (title, a heading,
// text, an earlier version, an imported file), then everything the app and
// the CLI wrote or printed is searched for them in every encoding.

const PASSPHRASE = 'canary violet harbour lantern 42';
const CANARY = {
  title: 'CNRYtitle-5c1e «Zoë’s \\ "plan"» 𝄞 / + =',
  label: 'CNRYlabel-8d2f Łódź ñandú 😀 <b>&amp;',
  text: 'CNRYtext-41aa\tcafé\u0301 → naïve “quotes” \\u0041 ==',
  oldVersion: 'CNRYold-9b07 — only in the note’s history ✓✓',
  imported: 'CNRYimport-3e6c Ærøskøbing ☕ "imported" \\n',
};
const ALL = Object.values(CANARY).map((c) => c.normalize('NFC'));

let h: ServiceHarness | null = null;
afterEach(async () => {
  await h?.close().catch(() => undefined);
  h = null;
  vi.restoreAllMocks();
  await removeTempDirs();
});

const later = (harness: ServiceHarness, minutes: number) => harness.clock.set(new Date(harness.clock.now().getTime() + minutes * 60_000).toISOString());

/** A folder with two members of a group and notes holding every canary, saved over several sittings. */
async function folderWithCanaries(): Promise<{ dir: string; jsonFromService: string }> {
  h = await openHarness();
  const zoe = await h.ok('people.create', samplePersonInput({ name: 'Zoë Brandt', email: 'zoe@example.com' }));
  const ian = await h.ok('people.create', samplePersonInput({ name: 'Ian Cole', email: 'ian@example.com' }));
  const group = await h.ok('groups.create', sampleGroupInput({ name: 'Thursday Circle', startDate: '2026-01-05' }));
  for (const p of [zoe, ian]) await h.ok('memberships.add', { groupId: group.id, personId: p.id, joinedOn: '2026-01-05' });
  await h.ok('vault.setUp', { passphrase: PASSPHRASE });
  await h.ok('vault.updateSettings', { idleLockMinutes: 60 }); // sittings 15 minutes apart, without the idle lock in between

  const first = await h.ok('notes.create', {
    kind: 'member', date: '2026-03-10', groupId: group.id, meetingId: null, personIds: [zoe.id], templateId: null,
    content: { title: CANARY.title, fields: [{ label: CANARY.label, text: `${CANARY.oldVersion}\n${CANARY.text}` }] },
  });
  let revision = first.meta.revision;
  // Each save a new sitting, so the first version (the only one with CANARY.oldVersion) stays in the history.
  for (const extra of ['second sitting', 'third sitting']) {
    later(h, 15);
    const saved = await h.ok('notes.save', { id: first.meta.id, baseRevision: revision, content: { title: CANARY.title, fields: [{ label: CANARY.label, text: `${CANARY.text}\n${extra}` }] } });
    revision = saved.meta.revision;
  }
  expect((await h.ok('notes.versions', { id: first.meta.id })).length).toBe(2);
  await h.ok('notes.create', {
    kind: 'pair-check-in', date: '2026-03-11', groupId: group.id, meetingId: null, personIds: [zoe.id, ian.id], templateId: 'pair-session',
    content: { title: 'Pair', fields: [{ label: 'What will you do', text: CANARY.text }] },
  });
  await h.ok('backups.create', {});
  await h.ok('notes.search', { text: 'CNRYtext', filter: {} }); // builds the in-memory index

  // The app's JSON export, through the service and a save dialog that answers with a path.
  const jsonFromService = path.join(await makeTempDir(), 'from-service.json');
  const services = createServices({ store: h.store, now: h.clock.now, appVersion: '0.0.0-test', platform: { chooseSaveLocation: async () => jsonFromService, chooseFolder: async () => null } });
  expect((await dispatch(services, 'data.export', {})).ok).toBe(true);
  await h.close();
  return { dir: h.dir, jsonFromService };
}

describe('note text never leaves the vault', () => {
  it('is in no file of the data folder, no backup, no export, no log and no CLI output; only notes export holds it', async () => {
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')));
    }
    const { dir, jsonFromService } = await folderWithCanaries();
    const work = await makeTempDir();
    const passFile = path.join(work, 'passphrase.txt');
    await fs.writeFile(passFile, `${PASSPHRASE}\n`, { mode: 0o600 });
    const importDir = path.join(work, 'to-import');
    await fs.mkdir(importDir);
    await fs.writeFile(path.join(importDir, 'zoe.md'), `---\nperson: zoe@example.com\ngroup: Thursday Circle\ndate: 2026-03-12\n---\n# ${CANARY.imported}\n\n## ${CANARY.label}\n\n${CANARY.text}\n`);

    const outputs: { name: string; text: string }[] = [];
    const run = async (...argv: string[]) => {
      const result = await cli(...argv);
      outputs.push({ name: `cli ${argv[0]} ${argv[1]}`, text: `${result.out}\n${result.err}` });
      return result;
    };
    const imported = await run('notes', 'import', '--data-dir', dir, '--passphrase-file', passFile, importDir);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.out).toMatch(/^imported {2}.*zoe\.md -> note [0-9a-f-]{36} \(member, 2026-03-12\)$/m);
    const backup = await run('backup', '--data-dir', dir);
    expect(backup.code).toBe(0);
    expect((await run('backups', '--data-dir', dir)).code).toBe(0);
    expect((await run('restore', '--data-dir', dir, '--backup', backup.out.trim())).code).toBe(0);
    expect((await run('verify', '--data-dir', dir)).code).toBe(0);
    const jsonFromCli = path.join(work, 'export.json');
    expect((await run('export', '--data-dir', dir, '--out', jsonFromCli)).code).toBe(0);
    expect((await run('notes', 'export', '--data-dir', dir, '--out', path.join(work, 'refused'), '--passphrase-file', passFile)).code).toBe(1);
    expect((await run('notes', 'import', '--data-dir', dir, '--passphrase-file', passFile, path.join(work, 'missing.md'))).code).toBe(1);
    const plain = path.join(work, 'plaintext');
    expect((await run('notes', 'export', '--data-dir', dir, '--out', plain, '--passphrase-file', passFile, '--i-understand-this-is-plaintext')).code).toBe(0);

    const json = JSON.parse(await fs.readFile(jsonFromCli, 'utf8'));
    expect(json.notes).toHaveLength(3); // the metadata is there, so the search below looks at a real export
    const haystacks: Haystack[] = [
      ...(await filesUnder(dir)),
      { name: 'JSON export (cli)', bytes: await fs.readFile(jsonFromCli) },
      { name: 'JSON export (service)', bytes: await fs.readFile(jsonFromService) },
      ...outputs.map((o) => ({ name: o.name, bytes: Buffer.from(o.text) })),
      { name: 'console', bytes: Buffer.from(logged.join('\n')) },
    ];
    expect(haystacks.filter((x) => x.name.startsWith('backups/')).length).toBeGreaterThan(0);
    expect(haystacks.filter((x) => x.name.startsWith('notes/')).length).toBeGreaterThan(3);
    expect(canaryHits(haystacks, ALL)).toEqual([]);

    // Only the plaintext export holds the text, so the search can find what it looks for.
    const exported = await filesUnder(plain);
    for (const canary of [CANARY.title, CANARY.label, CANARY.text, CANARY.imported]) {
      expect(canaryHits(exported, [canary.normalize('NFC')]).length, canary).toBeGreaterThan(0);
    }
  }, 120_000);

  it('finds a note stored unsealed, in the clear, in base64 or folded, so the test above can fail', async () => {
    const note = { title: CANARY.title, fields: [{ label: CANARY.label, text: CANARY.text }] };
    const leaky = (encoded: string): Haystack => ({ name: 'notes/leaky.r1.json', bytes: Buffer.from(JSON.stringify({ id: 'x', sealed: encoded })) });
    const asJson = JSON.stringify(note);
    for (const pad of ['', 'a', 'ab']) {
      const b64 = Buffer.from(pad + asJson, 'utf8').toString('base64');
      expect(canaryHits([leaky(b64)], ALL).length, `base64 at offset ${pad.length}`).toBeGreaterThan(0);
    }
    expect(canaryHits([leaky(asJson)], ALL).length).toBeGreaterThan(0);
    const folded = (CANARY.text.normalize('NFC').slice(0, 10) + '\r\n ' + CANARY.text.normalize('NFC').slice(10));
    expect(canaryHits([{ name: 'calendar.ics', bytes: Buffer.from(`DESCRIPTION:${folded}`) }], ALL).length).toBeGreaterThan(0);
    expect(canaryHits([{ name: 'clean', bytes: Buffer.from('nothing to see') }], ALL)).toEqual([]);
  });
});
