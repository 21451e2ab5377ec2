import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// Notes through the same dispatch the window uses: sealed on disk, readable
// only unlocked, saved by revision, versions kept per sitting, searchable in
// memory, and gone from main's memory the moment the vault locks.

const PASSPHRASE = 'glacier otter lantern mosaic';
let h: ServiceHarness;
afterEach(async () => {
  await h?.close();
  await removeTempDirs();
});

const minutesLater = (minutes: number) => h.clock.set(new Date(h.clock.now().getTime() + minutes * 60_000).toISOString());

async function practice() {
  h = await openHarness();
  await h.ok('vault.setUp', { passphrase: PASSPHRASE });
  const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada Lovelace', email: 'ada@example.com' }));
  const bo = await h.ok('people.create', samplePersonInput({ name: 'Bo Chen', email: 'bo@example.com' }));
  const group = await h.ok('groups.create', sampleGroupInput({ name: 'Tuesday Circle' }));
  await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-01-10' });
  await h.ok('memberships.add', { groupId: group.id, personId: bo.id, joinedOn: '2026-01-10' });
  return { ada: ada.id, bo: bo.id, group: group.id };
}

const memberNote = (personId: string, title: string, text: string) => ({
  kind: 'member' as const,
  date: '2026-03-10',
  groupId: null,
  meetingId: null,
  personIds: [personId],
  templateId: 'blank',
  content: { title, fields: [{ label: 'Notes', text }] },
});

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

describe('notes service', () => {
  it('keeps title and text sealed on disk, metadata in the clear, and opens them again after a restart', async () => {
    const p = await practice();
    const { meta } = await h.ok('notes.create', memberNote(p.ada, 'Zephyr title', 'Quokka body text'));
    await h.store.flush();
    for (const file of await filesUnder(h.dir)) {
      const bytes = await fs.readFile(file, 'utf8');
      expect(bytes, file).not.toContain('Zephyr');
      expect(bytes, file).not.toContain('Quokka');
    }
    const onDisk = JSON.parse(await fs.readFile(path.join(h.dir, 'notes', `${meta.id}.r1.json`), 'utf8'));
    expect(onDisk).toMatchObject({ id: meta.id, kind: 'member', personIds: [p.ada], revision: 1 });
    await h.reopen();
    const locked = await h.ok('notes.list', {});
    expect(locked.vault).toBe('locked');
    expect(locked.notes.map((n) => [n.id, n.title])).toEqual([[meta.id, null]]);
    expect((await h.call('notes.get', { id: meta.id })).ok).toBe(false);
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect((await h.ok('notes.get', { id: meta.id })).content).toEqual({ title: 'Zephyr title', fields: [{ label: 'Notes', text: 'Quokka body text' }] });
  });

  it('refuses everything that needs text while locked, as forbidden, and writes nothing', async () => {
    const p = await practice();
    const { meta } = await h.ok('notes.create', memberNote(p.ada, 'T', 'x'));
    await h.ok('vault.lock', {});
    for (const [method, input] of [
      ['notes.get', { id: meta.id }],
      ['notes.create', memberNote(p.ada, 'New', 'y')],
      ['notes.save', { id: meta.id, baseRevision: 1, content: { title: 'T2', fields: [{ label: 'Notes', text: 'z' }] } }],
      ['notes.search', { text: 'x', filter: {} }],
      ['notes.templates', {}],
    ] as const) {
      const result = await h.call(method, input as never);
      expect(result.ok, method).toBe(false);
      if (!result.ok) expect(result.error.code, method).toBe('forbidden');
    }
    expect((await h.ok('notes.list', {})).notes.map((n) => n.revision)).toEqual([1]);
  });

  it('saves by revision: a save over a newer one is refused, an unchanged save writes nothing', async () => {
    const p = await practice();
    const { meta } = await h.ok('notes.create', memberNote(p.ada, 'T', 'one'));
    const content = (text: string) => ({ title: 'T', fields: [{ label: 'Notes', text }] });
    const second = await h.ok('notes.save', { id: meta.id, baseRevision: 1, content: content('two') });
    expect(second.meta.revision).toBe(2);
    const stale = await h.call('notes.save', { id: meta.id, baseRevision: 1, content: content('from another window') });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('conflict');
    expect((await h.ok('notes.save', { id: meta.id, baseRevision: 2, content: content('two') })).meta.revision).toBe(2);
    expect((await h.ok('notes.get', { id: meta.id })).content).toEqual(content('two'));
    // Only the newest revision's file stays.
    expect((await fs.readdir(path.join(h.dir, 'notes'))).filter((n) => n.startsWith(meta.id))).toEqual([`${meta.id}.r2.json`]);
  });

  it('keeps one earlier version per sitting, sealed, and can open each', async () => {
    const p = await practice();
    const content = (text: string) => ({ title: `Title ${text}`, fields: [{ label: 'Notes', text }] });
    const { meta } = await h.ok('notes.create', { ...memberNote(p.ada, 'x', 'x'), content: content('monday') });
    let revision = meta.revision;
    // Autosave while typing: one sitting, no versions.
    for (const text of ['monday a', 'monday ab', 'monday abc']) {
      minutesLater(0.05);
      revision = (await h.ok('notes.save', { id: meta.id, baseRevision: revision, content: content(text) })).meta.revision;
    }
    expect(await h.ok('notes.versions', { id: meta.id })).toEqual([]);
    // Back after a break (the vault stays unlocked for an hour here).
    await h.ok('vault.updateSettings', { idleLockMinutes: 60 });
    minutesLater(20);
    revision = (await h.ok('notes.save', { id: meta.id, baseRevision: revision, content: content('tuesday') })).meta.revision;
    const versions = await h.ok('notes.versions', { id: meta.id });
    expect(versions.map((v) => v.title)).toEqual(['Title monday abc']);
    expect(await h.ok('notes.version', { id: meta.id, revision: versions[0]!.revision })).toEqual(content('monday abc'));
    // A change of kind re-binds the versions: they still open.
    await h.ok('notes.relink', { id: meta.id, kind: 'one-to-one', date: '2026-03-11', groupId: null, meetingId: null, personIds: [p.ada] });
    expect(await h.ok('notes.version', { id: meta.id, revision: versions[0]!.revision })).toEqual(content('monday abc'));
    expect((await h.ok('notes.get', { id: meta.id })).content).toEqual(content('tuesday'));
  });

  it('checks where a note belongs', async () => {
    const p = await practice();
    const refused = await h.call('notes.create', { ...memberNote(p.ada, 'T', 'x'), personIds: [p.ada, p.bo] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields?.personIds).toBe('Choose the member this note is about.');
    const meeting = await h.call('notes.create', { ...memberNote(p.ada, 'T', 'x'), kind: 'meeting', groupId: p.group, meetingId: '00000000-0000-4000-8000-000000000009' });
    expect(meeting.ok).toBe(false);
    if (!meeting.ok) expect(meeting.error.fields?.meetingId).toBe('That meeting is not one of this group’s.');
    const pair = await h.ok('notes.create', { ...memberNote(p.ada, 'T', 'x'), kind: 'pair-check-in', groupId: p.group, personIds: [p.ada, p.bo], templateId: 'pair-session', content: null });
    expect(pair.meta.kind).toBe('pair-check-in');
    const fromTemplate = await h.ok('notes.get', { id: pair.meta.id });
    expect(fromTemplate.content.fields.map((f) => f.label)).toEqual([
      'Agree confidentiality', 'A good outcome today', 'What has been going on', 'What has been tried', 'Other options', 'Pros and cons', 'What will you do', 'Action plan',
    ]);
  });

  it('searches every note while unlocked (accents and case ignored), with filters, and forgets the index on lock', async () => {
    const p = await practice();
    await h.ok('notes.create', memberNote(p.ada, 'Feedback', 'Ada wants to practise saying no to José.'));
    await h.ok('notes.create', memberNote(p.bo, 'Delegation', 'Bo is delegating the quarterly report.'));
    expect((await h.ok('notes.search', { text: 'jose', filter: {} })).map((hit) => hit.title)).toEqual(['Feedback']);
    expect((await h.ok('notes.search', { text: 'quarter', filter: {} })).map((hit) => hit.title)).toEqual(['Delegation']);
    expect(await h.ok('notes.search', { text: 'quarter', filter: { personId: p.ada } })).toEqual([]);
    const [hit] = await h.ok('notes.search', { text: 'practise', filter: {} });
    expect(hit!.excerpt).toContain('practise saying no');
    // A save reaches the index without a reload.
    const delegation = (await h.ok('notes.list', { personId: p.bo })).notes[0]!;
    await h.ok('notes.save', { id: delegation.id, baseRevision: delegation.revision, content: { title: 'Delegation', fields: [{ label: 'Notes', text: 'Bo handed over the budget.' }] } });
    expect(await h.ok('notes.search', { text: 'quarterly', filter: {} })).toEqual([]);
    expect((await h.ok('notes.search', { text: 'budget', filter: {} })).length).toBe(1);
    await h.ok('vault.lock', {});
    expect((await h.call('notes.search', { text: 'budget', filter: {} })).ok).toBe(false);
  });

  it('lists newest first with titles only when unlocked, filtered by person, kind and dates', async () => {
    const p = await practice();
    await h.ok('notes.create', { ...memberNote(p.ada, 'March', 'x'), date: '2026-03-01' });
    await h.ok('notes.create', { ...memberNote(p.ada, 'April', 'x'), date: '2026-04-01' });
    await h.ok('notes.create', { ...memberNote(p.bo, 'Bo in May', 'x'), date: '2026-05-01' });
    expect((await h.ok('notes.list', {})).notes.map((n) => n.title)).toEqual(['Bo in May', 'April', 'March']);
    expect((await h.ok('notes.list', { personId: p.ada, from: '2026-03-15' })).notes.map((n) => n.title)).toEqual(['April']);
    expect((await h.ok('notes.list', { kind: 'one-to-one' })).notes).toEqual([]);
  });

  it('removes a note for good', async () => {
    const p = await practice();
    const { meta } = await h.ok('notes.create', memberNote(p.ada, 'T', 'x'));
    await h.ok('notes.remove', { id: meta.id });
    await h.reopen();
    expect((await h.ok('notes.list', {})).notes).toEqual([]);
  });

  it('keeps the coach’s templates sealed, puts a built-in one back, and starts new notes from them', async () => {
    const p = await practice();
    const own = await h.ok('notes.saveTemplate', { id: null, template: { name: 'Walk and talk', kinds: ['one-to-one'], fields: [{ label: 'Where we walked', prompt: 'Which park?' }] } });
    await h.ok('notes.saveTemplate', { id: 'check-in', template: { name: 'Check-in (short)', kinds: ['member'], fields: [{ label: 'Progress', prompt: '' }] } });
    const listed = await h.ok('notes.templates', {});
    expect(listed.find((t) => t.id === 'check-in')).toMatchObject({ name: 'Check-in (short)', builtIn: true, edited: true });
    expect(listed.find((t) => t.id === own.id)).toMatchObject({ name: 'Walk and talk', builtIn: false });
    expect(await fs.readFile(path.join(h.dir, 'note-templates.json'), 'utf8')).not.toContain('Walk and talk');
    const note = await h.ok('notes.create', { ...memberNote(p.ada, 'x', 'x'), kind: 'one-to-one', templateId: own.id, content: null });
    expect((await h.ok('notes.get', { id: note.meta.id })).content.fields).toEqual([{ label: 'Where we walked', text: '' }]);
    await h.ok('notes.removeTemplate', { id: 'check-in' });
    expect((await h.ok('notes.templates', {})).find((t) => t.id === 'check-in')).toMatchObject({ name: 'Check-in', edited: false });
  });

  it('resets: notes, templates and key file go, nothing else does, and a new vault can be set up', async () => {
    const p = await practice();
    await h.ok('notes.create', memberNote(p.ada, 'T', 'x'));
    await h.ok('notes.saveTemplate', { id: null, template: { name: 'Mine', kinds: ['member'], fields: [{ label: 'A', prompt: '' }] } });
    const wrong = await h.call('vault.reset', { confirmation: 'delete' });
    expect(wrong.ok).toBe(false);
    expect((await h.ok('vault.reset', { confirmation: 'Delete my notes' })).state).toBe('none');
    expect((await h.ok('notes.list', {})).notes).toEqual([]);
    expect((await h.ok('people.list', {})).length).toBe(2);
    await expect(fs.stat(path.join(h.dir, 'vault.json'))).rejects.toThrow();
    await expect(fs.stat(path.join(h.dir, 'note-templates.json'))).rejects.toThrow();
    expect((await h.ok('vault.setUp', { passphrase: PASSPHRASE })).status.state).toBe('unlocked');
  });

  it('will not set up a new vault over notes whose key file is missing', async () => {
    const p = await practice();
    await h.ok('notes.create', memberNote(p.ada, 'T', 'x'));
    await h.store.flush();
    await h.close();
    await fs.rm(path.join(h.dir, 'vault.json'));
    h = await openHarness({ dir: h.dir });
    const refused = await h.call('vault.setUp', { passphrase: PASSPHRASE });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('key file (vault.json) is missing');
  });
});
