// npm run bench:notes: confidential notes at the scale, through the
// real services and store on disk (15,000 notes of about 1.5 KB).
//
//   cold open       opening the folder, notes locked (a fresh process, as the app starts)
//   unlock + list   vault.unlock at the real key-derivation cost, then the Notes view's first page
//                   (notes.list, newest 100 with titles); then the whole list with every title
//   index ready     from unlock until the first search answers (every note opened and indexed)
//   search          notes.search once the index is built
//   open a note     notes.get right after unlocking, before the index is built (read, check, open)
//   save            notes.save p95 with 15,000 notes, against the same save in a vault of one note
//   change          vault.changePassphrase, and how many note files it rewrote
//   backup          backups.create after one note changed, and the longest wait of a write queued during it
//
// Set NOTES=2000 for a quick run.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../src/main/dispatch';
import { createServices } from '../src/main/services/registry';
import { openStore } from '../src/main/store/open-store';
import type { MethodName, Input, Output } from '../src/shared/api';
import { ms, percentile } from './bench-stats';
import { samplePersonInput } from '../tests/support/sample-records';
import { nodeCommandFor } from './bundle';

const NOTES = Number(process.env.NOTES ?? 15_000);
const PASSPHRASE = 'glacier otter lantern mosaic';
const quietLog = { error: () => undefined, warn: () => undefined, info: () => undefined };

const WORDS = 'goal feedback delegation meeting pair listen practise budget confidence team report boundary energy trust question'.split(' ');
const paragraph = (seed: number, words: number) => Array.from({ length: words }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ');

async function harness(dataDir: string) {
  const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
  const services = createServices({ store, appVersion: 'bench' });
  const call = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(services, method, input, quietLog);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Output<M>;
  };
  return { store, call };
}

async function makeVault(notes: number) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-notes-bench-'));
  const h = await harness(dir);
  await h.call('vault.setUp', { passphrase: PASSPHRASE });
  const people = [];
  for (let i = 0; i < 40; i++) people.push((await h.call('people.create', samplePersonInput({ name: `Member ${i}`, email: `m${i}@example.com` }))).id);
  const ids: string[] = [];
  for (let i = 0; i < notes; i++) {
    // About 1.5 KB of text in three fields, as a real note holds.
    const made = await h.call('notes.create', {
      kind: 'member',
      date: `20${String(16 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      groupId: null,
      meetingId: null,
      personIds: [people[i % people.length]!],
      templateId: null,
      content: { title: `Note ${i}: ${paragraph(i, 4)}`, fields: [0, 1, 2].map((f) => ({ label: `Field ${f}`, text: paragraph(i + f, 60) + ` marker${i}` })) },
    });
    ids.push(made.meta.id);
  }
  await h.store.flush();
  return { dir, h, ids };
}

const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

console.log(`Building a vault of ${NOTES} notes and one of 1 note (not timed)...`);
const built = performance.now();
const big = await makeVault(NOTES);
const small = await makeVault(1);
console.log(`  built in ${((performance.now() - built) / 1000).toFixed(1)} s`);

// Start backups out of the way, then the first backup of all notes (every file linked once).
await big.h.call('backups.create', {});
await small.h.call('backups.create', {});

// ---------- cold open, locked, in a fresh process ----------
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-notes-bench-bin-'));
const openCommand = await nodeCommandFor(path.join(import.meta.dirname, 'cold-open-child.ts'), root);
await big.h.store.close();
const coldOpens: number[] = [];
for (let i = 0; i < 5; i++) {
  const run = spawnSync(process.execPath, [...openCommand, big.dir], { encoding: 'utf8' });
  coldOpens.push((JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as { openMs: number }).openMs);
}

// ---------- unlock, list, open, index ----------
const unlocks: number[] = [];
const fullLists: number[] = [];
const readies: number[] = [];
const opens: number[] = [];
let h = big.h;
for (let run = 0; run < 3; run++) {
  h = await harness(big.dir);
  const unlockAndList = await time(async () => {
    await h.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const list = await h.call('notes.list', { limit: 100 });
    if (list.total !== NOTES || list.notes.length !== 100 || list.notes.some((n) => n.title === null)) throw new Error('the list is incomplete');
  });
  unlocks.push(unlockAndList);
  fullLists.push(await time(async () => {
    const list = await h.call('notes.list', {});
    if (list.notes.length !== NOTES || list.notes.some((n) => n.title === null)) throw new Error('the full list is incomplete');
  }));
  await h.store.close();
  // Opening single notes straight after unlocking, before anything else is loaded.
  h = await harness(big.dir);
  await h.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
  const unlockedAt = performance.now();
  for (let i = 0; i < 20; i++) opens.push(await time(() => h.call('notes.get', { id: big.ids[(i * 7919) % NOTES]! })));
  await h.call('notes.search', { text: 'marker1', filter: {} });
  readies.push(performance.now() - unlockedAt);
  if (run < 2) await h.store.close();
}

// ---------- search ----------
const searches: number[] = [];
for (let i = 0; i < 40; i++) {
  const hits = await h.call('notes.search', { text: i % 2 ? `marker${i * 37}` : WORDS[i % WORDS.length]!, filter: {} });
  if (hits.length === 0) throw new Error('a search found nothing');
}
for (let i = 0; i < 40; i++) searches.push(await time(() => h.call('notes.search', { text: i % 2 ? `marker${i * 37}` : `${WORDS[i % WORDS.length]} ${WORDS[(i + 3) % WORDS.length]}`, filter: {} })));

// ---------- saves, interleaved with the one-note vault ----------
const smallH = small.h; // still unlocked since it was set up
const saveOf = async (hh: typeof h, id: string, i: number) => {
  const { meta } = await hh.call('notes.get', { id }).then((v) => v);
  return time(() => hh.call('notes.save', { id, baseRevision: meta.revision, content: { title: `Saved ${i}`, fields: [{ label: 'Notes', text: paragraph(i, 200) }] } }));
};
const bigSaves: number[] = [];
const smallSaves: number[] = [];
for (let i = 0; i < 60; i++) {
  bigSaves.push(await saveOf(h, big.ids[(i * 104729) % NOTES]!, i));
  smallSaves.push(await saveOf(smallH, small.ids[0]!, i));
}

// ---------- passphrase change ----------
await h.store.flush();
const noteFiles = async () => {
  const names = (await fs.readdir(path.join(big.dir, 'notes'))).filter((n) => n !== 'catalog.json');
  return new Map(await Promise.all(names.map(async (n) => [n, (await fs.stat(path.join(big.dir, 'notes', n))).mtimeMs] as const)));
};
const before = await noteFiles();
const change = await time(() => h.call('vault.changePassphrase', { current: { method: 'passphrase', passphrase: PASSPHRASE }, newPassphrase: 'walrus meadow copper violin' }));
const after = await noteFiles();
const rewritten = [...after].filter(([n, m]) => before.get(n) !== m).length + [...before.keys()].filter((n) => !after.has(n)).length;

// ---------- a backup after one change, and the writes waiting meanwhile ----------
const backups: number[] = [];
const stalls: number[] = [];
for (let run = 0; run < 5; run++) {
  await saveOf(h, big.ids[run]!, 1000 + run);
  let done = false;
  let longest = 0;
  const prober = (async () => {
    while (!done) {
      // A queued read of the store: it waits exactly as long as the write queue is held.
      longest = Math.max(longest, await time(() => h.store.notes.entries()));
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  backups.push(await time(() => h.call('backups.create', {})));
  done = true;
  await prober;
  stalls.push(longest);
}
await h.store.close();
await smallH.store.close();

const p50 = (s: number[]) => percentile(s, 50);
const p95 = (s: number[]) => percentile(s, 95);
const ratio = p95(bigSaves) / p95(smallSaves);
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');
const rows = [
  ['cold open, locked (p50 of 5)', ms(p50(coldOpens)), '< 150 ms', verdict(p50(coldOpens) < 150)],
  ['unlock + first 100 of the list with titles (p50 of 3)', ms(p50(unlocks)), '< 1 s', verdict(p50(unlocks) < 1000)],
  [`then the whole list, ${NOTES} titles (p50 of 3)`, ms(p50(fullLists)), '', ''],
  ['unlock → search index ready (p50 of 3)', ms(p50(readies)), '< 1.5 s', verdict(p50(readies) < 1500)],
  ['a search (p95 of 40)', ms(p95(searches)), '< 30 ms', verdict(p95(searches) < 30)],
  ['open a note right after unlock (p95 of 60)', ms(p95(opens)), '< 20 ms', verdict(p95(opens) < 20)],
  [`save p95, ${NOTES} notes / 1 note`, `${ms(p95(bigSaves))} / ${ms(p95(smallSaves))} = ${ratio.toFixed(2)}x`, '≤ 3x', verdict(ratio <= 3)],
  ['passphrase change', `${ms(change)}, ${rewritten} note files rewritten`, '< 2 s, 0', verdict(change < 2000 && rewritten === 0)],
  ['backup after one change (p50 / max of 5)', `${ms(p50(backups))} / ${ms(Math.max(...backups))}`, '< 2 s', verdict(Math.max(...backups) < 2000)],
  ['longest queue wait during a backup (max of 5)', ms(Math.max(...stalls)), '< 100 ms', verdict(Math.max(...stalls) < 100)],
];
console.log(`\nnotes bench, ${NOTES} notes, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}, node ${process.version}\n`);
console.log('| measure | result | target | |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
await fs.rm(big.dir, { recursive: true, force: true });
await fs.rm(small.dir, { recursive: true, force: true });
