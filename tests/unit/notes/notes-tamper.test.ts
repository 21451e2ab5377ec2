import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type ServiceHarness } from '../../support/services';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { removeTempDirs } from '../../support/temp-dir';

// Tampering with the files on disk, through the real store and services: each
// change is refused with a message that names no note text, nothing crashes,
// and every other note still opens.

const PASSPHRASE = 'tamper proof willow engine 93';
const SECRET = 'TAMPERSECRET';
let h: ServiceHarness;
afterEach(async () => {
  await h.close().catch(() => undefined);
  await removeTempDirs();
});

interface Made {
  ids: string[];
}

async function threeNotes(): Promise<Made> {
  h = await openHarness();
  const person = await h.ok('people.create', samplePersonInput({ name: 'Ana Souza', email: 'ana@example.com' }));
  const group = await h.ok('groups.create', sampleGroupInput({ name: 'Circle', startDate: '2026-01-05' }));
  await h.ok('memberships.add', { groupId: group.id, personId: person.id, joinedOn: '2026-01-05' });
  await h.ok('vault.setUp', { passphrase: PASSPHRASE });
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const made = await h.ok('notes.create', {
      kind: 'member', date: `2026-03-0${n}`, groupId: group.id, meetingId: null, personIds: [person.id], templateId: null,
      content: { title: `${SECRET} title ${n}`, fields: [{ label: 'Notes', text: `${SECRET} text ${n}` }] },
    });
    ids.push(made.meta.id);
  }
  return { ids };
}

const notesDir = () => path.join(h.dir, 'notes');
async function fileOf(id: string): Promise<string> {
  const name = (await fs.readdir(notesDir())).find((n) => n.startsWith(`${id}.r`))!;
  return path.join(notesDir(), name);
}
const readDoc = async (id: string) => JSON.parse(await fs.readFile(await fileOf(id), 'utf8'));
const writeDoc = async (id: string, doc: unknown) => fs.writeFile(await fileOf(id), JSON.stringify(doc));

/** Closes, lets `tamper` change the files, reopens and unlocks, then checks the damaged note is refused and the others open. */
async function expectRejected(made: Made, tamper: () => Promise<void>, damaged: string): Promise<string> {
  await h.close();
  await tamper();
  // Without the catalog's checksums the file is read afresh, so the seal itself (AES-GCM bound to id, kind, revision) must refuse it.
  if (!withCatalog) await fs.rm(path.join(notesDir(), 'catalog.json'), { force: true });
  await h.reopen();
  await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
  const result = await h.call('notes.get', { id: damaged });
  expect(result.ok).toBe(false);
  const message = result.ok ? '' : result.error.message;
  expect(message).not.toContain(SECRET);
  expect(message.length).toBeGreaterThan(10);
  for (const id of made.ids.filter((i) => i !== damaged)) {
    const other = await h.ok('notes.get', { id });
    expect(other.content.title).toMatch(new RegExp(`^${SECRET} title \\d$`));
  }
  const list = await h.call('notes.list', {});
  if (list.ok) expect(JSON.stringify(list.value)).not.toMatch(new RegExp(`${SECRET} title ${made.ids.indexOf(damaged) + 1}`));
  return message;
}

let withCatalog = true;

describe.each([
  ['with the catalog', true],
  ['without the catalog', false],
])('tampered note files are refused, and nothing else is damaged (%s)', (_name, catalog) => {
  beforeEach(() => {
    withCatalog = catalog;
  });

  it('rejects a ciphertext swapped in from another note', async () => {
    const made = await threeNotes();
    const [a, b] = made.ids as [string, string];
    const message = await expectRejected(made, async () => {
      const docA = await readDoc(a);
      await writeDoc(a, { ...docA, sealed: (await readDoc(b)).sealed });
    }, a);
    expect(message).toMatch(/note/i);
  });

  it('rejects a truncated ciphertext', async () => {
    const made = await threeNotes();
    const id = made.ids[1]!;
    await expectRejected(made, async () => {
      const doc = await readDoc(id);
      await writeDoc(id, { ...doc, sealed: doc.sealed.slice(0, Math.floor(doc.sealed.length / 8) * 4) });
    }, id);
  });

  it('rejects a ciphertext with one bit flipped', async () => {
    const made = await threeNotes();
    const id = made.ids[0]!;
    await expectRejected(made, async () => {
      const doc = await readDoc(id);
      const bytes = Buffer.from(doc.sealed, 'base64');
      bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
      await writeDoc(id, { ...doc, sealed: bytes.toString('base64') });
    }, id);
  });

  it('rejects an older revision put back under the current name (replay)', async () => {
    const made = await threeNotes();
    const id = made.ids[2]!;
    const older = await readDoc(id);
    const current = await h.ok('notes.get', { id });
    await h.ok('notes.save', { id, baseRevision: current.meta.revision, content: { title: `${SECRET} title 3`, fields: [{ label: 'Notes', text: 'newer' }] } });
    await expectRejected(made, async () => {
      // The old content, its revision edited to the current one, under the current file name.
      const now = await readDoc(id);
      await writeDoc(id, { ...older, revision: now.revision, updatedAt: now.updatedAt });
    }, id);
  });

  it('rejects a note whose kind was edited on disk', async () => {
    const made = await threeNotes();
    const id = made.ids[0]!;
    await expectRejected(made, async () => {
      const doc = await readDoc(id);
      await writeDoc(id, { ...doc, kind: 'one-to-one' });
    }, id);
  });

});

describe('a modified vault header', () => {
  const edits = [
    ['salt', (v: Record<string, unknown>) => flipSomewhere(v, /salt/i)],
    ['scrypt cost', (v: Record<string, unknown>) => flipSomewhere(v, /^N$|cost|logN/i)],
    ['wrapped key', (v: Record<string, unknown>) => flipSomewhere(v, /wrap|cipher|sealed/i)],
  ] as const;

  for (const [what, edit] of edits) {
    it(`refuses to unlock with a modified vault header (${what}), naming the key file, and the notes are still there`, async () => {
      const made = await threeNotes();
      await h.close();
      // No backup holds the header, so nothing can take its place.
      await fs.rm(path.join(h.dir, 'backups'), { recursive: true, force: true });
      const header = path.join(h.dir, 'vault.json');
      const original = await fs.readFile(header, 'utf8');
      const doc = JSON.parse(original);
      expect(edit(doc)).toBe(true);
      await fs.writeFile(header, JSON.stringify(doc));
      await h.reopen();
      const result = await h.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).not.toContain(SECRET);
        // Not "check your passphrase": the passphrase is right, the key file is not.
        expect(result.error.message).toMatch(/key file \(vault\.json\)/);
        expect(result.error.message).not.toMatch(/passphrase does not unlock/);
      }
      const recovery = (await h.ok('app.info', {})).recovery;
      expect(recovery).toEqual([expect.objectContaining({ kind: 'file-set-aside', file: 'vault.json', restoredFrom: null })]);
      await h.close();
      await fs.writeFile(header, original);
      await h.reopen();
      await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
      for (const id of made.ids) expect((await h.ok('notes.get', { id })).content.fields[0]!.text).toContain(SECRET);
    });
  }

  it('puts back the newest good copy from a backup, and the passphrase unlocks as before', async () => {
    const made = await threeNotes();
    await h.ok('backups.create', {});
    await h.close();
    const header = path.join(h.dir, 'vault.json');
    const doc = JSON.parse(await fs.readFile(header, 'utf8'));
    expect(flipSomewhere(doc, /salt/i)).toBe(true);
    await fs.writeFile(header, JSON.stringify(doc));
    await h.reopen();
    await h.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const recovery = (await h.ok('app.info', {})).recovery;
    expect(recovery).toEqual([expect.objectContaining({ kind: 'file-restored', file: 'vault.json', restoredFrom: expect.any(String) })]);
    for (const id of made.ids) expect((await h.ok('notes.get', { id })).content.fields[0]!.text).toContain(SECRET);
  });
});

/** Changes the first value under a key matching `key`, anywhere in the header: a number goes up, base64 gets one bit flipped. */
function flipSomewhere(value: Record<string, unknown>, key: RegExp): boolean {
  for (const [k, v] of Object.entries(value)) {
    if (key.test(k) && typeof v === 'number') {
      value[k] = v * 2;
      return true;
    }
    if (key.test(k) && typeof v === 'string' && /^[A-Za-z0-9+/=_-]{8,}$/.test(v)) {
      const bytes = Buffer.from(v, 'base64');
      bytes[0]! ^= 0x01;
      value[k] = bytes.toString('base64');
      return true;
    }
    if (v && typeof v === 'object' && flipSomewhere(v as Record<string, unknown>, key)) return true;
  }
  return false;
}
