// npm run bench: builds a synthetic decade-sized store and measures cold open and save latency.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DurableJsonAdapter } from '../src/main/store/durable-adapter';
import { openStore } from '../src/main/store/open-store';
import { kb, mb, ms, percentile, timed } from './bench-stats';
import { nodeCommandFor } from './bundle';
import { DECADE, buildDecadeStore } from './synthetic-store';

const SAVES = 300;
const COLD_OPENS = 7;
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-bench-'));
const started = performance.now();

console.log(`Building a decade store: ${DECADE.groups} groups, ${DECADE.people} people, ${DECADE.meetings} meetings, ` +
  `${DECADE.pairSessions} pair sessions, ${DECADE.oneOnOnes} 1:1s, ${DECADE.notes} notes ...`);
const decade = await buildDecadeStore(root);
const s = decade.sizes;
// Push the set-up's unsynced notes to disk now, so their write-back does not land inside the save timings.
spawnSync('sync');
console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// ---------- cold open, a fresh process per run ----------
const coldOpens: number[] = [];
const openCommand = await nodeCommandFor(path.join(import.meta.dirname, 'cold-open-child.ts'), root);
for (let i = 0; i < COLD_OPENS; i++) {
  const run = spawnSync(process.execPath, [...openCommand, decade.currentDir], { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  const report = JSON.parse(line) as { openMs: number; people: number; groups: number };
  if (report.people !== DECADE.people || report.groups !== DECADE.groups) throw new Error(`cold open loaded ${line}`);
  coldOpens.push(report.openMs);
}

// What open will cost once the history lives in the group files: read + JSON.parse of index and 25 future-shaped groups.
const futureReads: number[] = [];
for (let i = 0; i < COLD_OPENS; i++) {
  futureReads.push(
    await timed(async () => {
      JSON.parse(await fs.readFile(path.join(decade.futureDir, 'index.json'), 'utf8'));
      const dir = path.join(decade.futureDir, 'groups');
      for (const name of await fs.readdir(dir)) JSON.parse(await fs.readFile(path.join(dir, name), 'utf8'));
    }),
  );
}

// ---------- saves: adapter level, interleaved so disk noise hits every series alike ----------
const emptyRoot = path.join(root, 'empty');
const emptyStore = await openStore({ dataDir: emptyRoot, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
const firstGroupFile = (await fs.readdir(path.join(decade.currentDir, 'groups')))[0]!;
// A freshly started group: the same fields, no members or history yet.
const smallGroup = JSON.parse(await fs.readFile(path.join(decade.currentDir, 'groups', firstGroupFile), 'utf8'));
smallGroup.memberships = [];
smallGroup.normAgreements = [];
const created = await emptyStore.createGroup(smallGroup);
await emptyStore.flush();
await emptyStore.close();

const emptyAdapter = new DurableJsonAdapter<typeof created>(path.join(emptyRoot, 'groups', `${created.group.id}.json`));
const decadeAdapter = new DurableJsonAdapter<Record<string, unknown>>(decade.futureGroupPath);
const barePath = path.join(root, 'bare.json');
const bareBytes = JSON.stringify(decade.futureGroupDoc);
const bareSave = async (): Promise<void> => {
  const handle = await fs.open(barePath, 'w', 0o600);
  await handle.writeFile(bareBytes);
  await handle.sync();
  await handle.close();
};
const emptyDoc = structuredClone(created) as typeof created;
const decadeDoc = decade.futureGroupDoc as { group: { purpose: string } } & Record<string, unknown>;
const emptyAdapterSaves: number[] = [];
const decadeAdapterSaves: number[] = [];
const bareSaves: number[] = [];
for (let i = 0; i < SAVES; i++) {
  // Each save changes one field, as an edit in the app would; both documents stay valid.
  emptyDoc.group.purpose = `Save ${i}`;
  emptyAdapterSaves.push(await timed(() => emptyAdapter.write(emptyDoc)));
  decadeDoc.group.purpose = `Save ${i}`;
  decadeAdapterSaves.push(await timed(() => decadeAdapter.write(decadeDoc)));
  bareSaves.push(await timed(bareSave));
}
await emptyAdapter.close();
await decadeAdapter.close();

// ---------- saves through the whole store (clone + validate + durable write), interleaved too ----------
const emptyStoreSaves: number[] = [];
const decadeStoreSaves: number[] = [];
{
  const stores = await Promise.all(
    [emptyRoot, decade.currentDir].map((dataDir) => openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 })),
  );
  await Promise.all(stores.map((st) => st.flush())); // start backups out of the way
  const [empty, full] = stores as [(typeof stores)[0], (typeof stores)[0]];
  const emptyId = empty.groupIds()[0]!;
  const fullId = full.groupIds().at(-1)!;
  for (let i = 0; i < SAVES; i++) {
    emptyStoreSaves.push(await timed(() => empty.updateGroup(emptyId, (d) => void (d.group.purpose = `Save ${i}`))));
    decadeStoreSaves.push(await timed(() => full.updateGroup(fullId, (d) => void (d.group.purpose = `Save ${i}`))));
  }
  await Promise.all(stores.map((st) => st.close()));
}

// ---------- report ----------
const row = (name: string, xs: number[]): string => `| ${name} | ${ms(percentile(xs, 50))} | ${ms(percentile(xs, 95))} |`;
const p95 = (xs: number[]): number => percentile(xs, 95);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const verdict = (ok: boolean): string => (ok ? 'pass' : 'MISS');

console.log(`
Sizes generated
| what | size |
|---|---|
| index.json (300 people) | ${kb(s.indexBytes)} |
| group file, today's schema (avg) | ${kb(s.currentGroupBytesAvg)} |
| today's store in total (index + 25 groups) | ${kb(s.currentTotal)} |
| group file with its decade of meetings/pair sessions/1:1s (avg / max) | ${kb(s.futureGroupBytesAvg)} / ${kb(s.futureGroupBytesMax)} |
| 25 such group files in total | ${mb(s.futureGroupsTotal)} |
| notes: ${DECADE.notes} files (avg / total) | ${(s.noteBytesAvg / 1024).toFixed(2)} KB / ${mb(s.notesTotal)} |

Save latency (${SAVES} saves each)
| series | p50 | p95 |
|---|---|---|
${row('adapter: empty store, one small group file', emptyAdapterSaves)}
${row(`adapter: decade store, one ${kb(Buffer.byteLength(bareBytes))} group file`, decadeAdapterSaves)}
${row('baseline: bare writeFile + fsync of the same bytes', bareSaves)}
${row('store.updateGroup: empty store', emptyStoreSaves)}
${row('store.updateGroup: decade store (today\'s schema)', decadeStoreSaves)}

Cold open (fresh process per run, ${COLD_OPENS} runs)
| what | p50 | max |
|---|---|---|
| openStore on the decade store (today's schema) | ${ms(percentile(coldOpens, 50))} | ${ms(Math.max(...coldOpens))} |
| read + parse index and 25 decade-sized group files | ${ms(percentile(futureReads, 50))} | ${ms(Math.max(...futureReads))} |

Targets
| check | figure | target | result |
|---|---|---|---|
| decade save p95 / empty save p95 (adapter) | ${ratio(p95(decadeAdapterSaves), p95(emptyAdapterSaves))} | <= 3x | ${verdict(p95(decadeAdapterSaves) <= 3 * p95(emptyAdapterSaves))} |
| decade save p95 / bare write+fsync p95 | ${ratio(p95(decadeAdapterSaves), p95(bareSaves))} | <= 5x | ${verdict(p95(decadeAdapterSaves) <= 5 * p95(bareSaves))} |
| decade store.updateGroup p95 / empty store.updateGroup p95 | ${ratio(p95(decadeStoreSaves), p95(emptyStoreSaves))} | <= 3x | ${verdict(p95(decadeStoreSaves) <= 3 * p95(emptyStoreSaves))} |
| cold open p50 | ${ms(percentile(coldOpens, 50))} | < 300 ms | ${verdict(percentile(coldOpens, 50) < 300)} |

Total time ${((performance.now() - started) / 1000).toFixed(1)} s`);

await fs.rm(root, { recursive: true, force: true });
