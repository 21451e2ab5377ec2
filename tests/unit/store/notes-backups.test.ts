import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// Note files in backups, restore and recovery: each backup names its notes and
// shares the files (backups/note-files/), a restore makes the live notes the
// backup's, and a damaged or stale file is found and put right.

const PASSPHRASE = 'glacier otter lantern mosaic';
let h: ServiceHarness;
afterEach(async () => {
  await h?.close();
  await removeTempDirs();
});

const content = (title: string, text = 'x') => ({ title, fields: [{ label: 'Notes', text }] });

async function withNotes(count: number) {
  h = await openHarness();
  await h.ok('vault.setUp', { passphrase: PASSPHRASE });
  const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com' }));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const made = await h.ok('notes.create', { kind: 'member', date: '2026-03-10', groupId: null, meetingId: null, personIds: [ada.id], templateId: null, content: content(`Note ${i}`) });
    ids.push(made.meta.id);
  }
  return { ada: ada.id, ids };
}

const pool = () => path.join(h.dir, 'backups', 'note-files');
const liveNotes = async () => (await fs.readdir(path.join(h.dir, 'notes'))).filter((n) => n.endsWith('.json') && n !== 'catalog.json').sort();
const titles = async () => (await h.ok('notes.list', {})).notes.map((n) => n.title).sort();

describe('notes in backups', () => {
  it('shares note files between backups: the second backup adds only the note that changed', async () => {
    const { ids } = await withNotes(3);
    const first = await h.ok('backups.create', {});
    expect((await fs.readdir(pool())).sort()).toEqual(await liveNotes());
    // The pooled file is the live file itself (a hard link), not a copy.
    const [name] = await liveNotes();
    const [live, pooled] = await Promise.all([fs.stat(path.join(h.dir, 'notes', name!)), fs.stat(path.join(pool(), name!))]);
    expect(pooled.ino).toBe(live.ino);
    expect(first.sizeBytes).toBeGreaterThan(0);
    await h.ok('notes.save', { id: ids[0]!, baseRevision: 1, content: content('Note 0, changed') });
    await h.ok('backups.create', {});
    expect((await fs.readdir(pool())).length).toBe(4);
  });

  it('restores the notes as they were: changed ones back, removed ones back, new ones gone', async () => {
    const { ada, ids } = await withNotes(2);
    const { id } = await h.ok('backups.create', {});
    await h.ok('notes.save', { id: ids[0]!, baseRevision: 1, content: content('Rewritten') });
    await h.ok('notes.remove', { id: ids[1]! });
    await h.ok('notes.create', { kind: 'member', date: '2026-03-11', groupId: null, meetingId: null, personIds: [ada], templateId: null, content: content('After the backup') });
    expect(await titles()).toEqual(['After the backup', 'Rewritten']);
    await h.ok('backups.restore', { id });
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE }).catch(() => undefined);
    expect(await titles()).toEqual(['Note 0', 'Note 1']);
    await h.reopen();
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(await titles()).toEqual(['Note 0', 'Note 1']);
    // And the safety backup taken before the restore holds what the restore replaced.
    const safety = (await h.ok('backups.list', {})).backups.find((b) => b.reason === 'before-restore')!;
    await h.ok('backups.restore', { id: safety.id });
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE }).catch(() => undefined);
    expect(await titles()).toEqual(['After the backup', 'Rewritten']);
  });

  it('keeps a note in a backup that was naming it while the coach removed it', async () => {
    const { ids } = await withNotes(5);
    const backup = h.ok('backups.create', {});
    const removal = h.ok('notes.remove', { id: ids[2]! });
    const [{ id }] = await Promise.all([backup, removal]);
    expect((await titles()).length).toBe(4);
    await h.ok('backups.restore', { id });
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE }).catch(() => undefined);
    expect((await titles()).length).toBe(5);
  });

  it('puts back a damaged note from the newest backup that holds it, and says so', async () => {
    const { ids } = await withNotes(2);
    await h.ok('backups.create', {});
    await h.store.flush();
    await h.close();
    // Something replaced the file with garbage (a sync tool, a bad copy): the pooled file is untouched.
    const file = path.join(h.dir, 'notes', `${ids[0]}.r1.json`);
    await fs.writeFile(`${file}.new`, '{"schemaVersion": 3, "id": "damaged');
    await fs.rename(`${file}.new`, file);
    await fs.rm(path.join(h.dir, 'notes', 'catalog.json'));
    h = await openHarness({ dir: h.dir });
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(await titles()).toEqual(['Note 0', 'Note 1']);
    const { recovery } = await h.ok('app.info', {});
    expect(recovery.map((e) => [e.kind, e.file])).toContainEqual(['file-restored', `notes/${ids[0]}.r1.json`]);
    expect((await fs.readdir(path.join(h.dir, 'quarantine'))).length).toBe(1);
  });

  it('reads the folder, not a stale catalog: a lost catalog is rebuilt, a leftover revision removed', async () => {
    const { ids } = await withNotes(2);
    await h.ok('notes.save', { id: ids[0]!, baseRevision: 1, content: content('Second revision') });
    await h.store.flush();
    const catalog = path.join(h.dir, 'notes', 'catalog.json');
    const written = await fs.readFile(catalog, 'utf8');
    expect(written).toContain(`${ids[0]}.r2.json`);
    await h.close();
    // A crash between writing revision 2 and removing revision 1, and a catalog from before revision 2.
    await fs.copyFile(path.join(h.dir, 'notes', `${ids[0]}.r2.json`), path.join(h.dir, 'notes', `${ids[0]}.r1.json`));
    await fs.writeFile(catalog, written.replace(`${ids[0]}.r2.json`, `${ids[0]}.r1.json`));
    h = await openHarness({ dir: h.dir });
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(await titles()).toEqual(['Note 1', 'Second revision']);
    expect(await liveNotes()).toEqual([`${ids[0]}.r2.json`, `${ids[1]}.r1.json`].sort());
  });

  it('keeps every note file, the notes folder and the shared backup files private (0600 / 0700)', async () => {
    await withNotes(2);
    await h.ok('backups.create', {});
    await h.store.flush();
    const mode = async (p: string) => (await fs.stat(p)).mode & 0o777;
    expect(await mode(path.join(h.dir, 'notes'))).toBe(0o700);
    for (const name of await fs.readdir(path.join(h.dir, 'notes'))) expect(await mode(path.join(h.dir, 'notes', name)), name).toBe(0o600);
    expect(await mode(pool())).toBe(0o700);
    for (const name of await fs.readdir(pool())) expect(await mode(path.join(pool(), name)), name).toBe(0o600);
  });
});
