// npm run bench:between: pairing rounds and 1:1s through the real services and
// store on the decade store (bench/synthetic-store.ts: 25 groups, 10 years of
// monthly meetings with their records, 300 people), as the app runs them:
//
//   one round       between.plan for a group of 8 current members with 10 years of
//                   rounds behind it and one gap left (plan, price, write the group file)
//   rest of a year  between.plan with 11 gaps left (12-month programme)
//   view            between.view of that group (every round explained, the matrix)
//   who is due      oneToOnes.due across all 25 groups, each with a year of monthly 1:1s
//                   per member (cold: the first call reads every records file; warm after)
//
// Baseline, measured in the same run: the durable write of the same group file
// (temp file, fsync, rename, folder fsync), which every change pays.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planOccurrence } from '../src/shared/calendar/recurrence';
import { dispatch } from '../src/main/dispatch';
import { createServices } from '../src/main/services/registry';
import { writeFileDurable } from '../src/main/store/durable-fs';
import { openStore } from '../src/main/store/open-store';
import type { Input, MethodName, Output } from '../src/shared/api';
import { ms, percentile } from './bench-stats';
import { buildDecadeStore } from './synthetic-store';

const RUNS = Number(process.env.RUNS ?? 30);
const quietLog = { error: () => undefined, warn: () => undefined, info: () => undefined };

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-between-bench-'));
console.log('Building the decade store (not timed)...');
const decade = await buildDecadeStore(root);

let day = '2017-01-01';
const now = () => new Date(`${day}T12:00:00.000Z`);
const store = await openStore({ dataDir: decade.dir, defaultTimeZone: 'Europe/London', backupIntervalMs: 0, now });
const services = createServices({ store, now, appVersion: 'bench' });
const call = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
  const result = await dispatch(services, method, input, quietLog);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Output<M>;
};
const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

// Every group runs (the decade archives most), and each member has a monthly 1:1 for the last year.
let seq = 0;
const id = () => `0000beef-0000-4000-8000-${(++seq).toString(16).padStart(12, '0')}`;
for (const doc of store.groups()) {
  await store.updateGroup(doc.group.id, (draft) => {
    draft.group.archivedAt = null;
    for (const m of draft.memberships.filter((x) => x.leftOn === null)) {
      for (let month = 1; month <= 12; month++) {
        const date = `2026-${String(month).padStart(2, '0')}-0${1 + (seq % 8)}`;
        const at = planOccurrence(date, '09:00', 'Europe/London', 45);
        if (at.status !== 'ok') continue;
        draft.oneToOnes.push({ id: id(), personId: m.personId, date, startTime: '09:00', timeZone: 'Europe/London', minutes: 45, start: at.start, end: at.end, where: '', status: month < 12 ? 'held' : 'planned', roundId: null, sequence: 0, createdAt: at.start, updatedAt: at.start });
      }
    }
  });
}

// The sample group: its history of rounds planned as it went, one meeting day at a time.
const groupId = decade.sample.groupId;
const days = store.group(groupId)!.meetings.filter((m) => m.status !== 'cancelled').map((m) => m.date).sort();
console.log(`Planning ${days.length - 1} rounds of history for one group, a meeting at a time (not timed)...`);
for (const d of days.slice(0, -12)) {
  day = d;
  await call('between.plan', { groupId, replaceHandEdited: false });
}
const current = store.group(groupId)!.memberships.filter((m) => m.leftOn === null).length;

// Rest of a 12-month programme: 11 gaps ahead of the day.
day = days.at(-12)!;
const rest: number[] = [];
for (let i = 0; i < RUNS; i++) rest.push(await time(() => call('between.plan', { groupId, replaceHandEdited: true })));
const history = store.group(groupId)!.pairingRounds.filter((r) => r.from < day).length;

// One round: the last gap only.
day = days.at(-2)!;
const one: number[] = [];
for (let i = 0; i < RUNS; i++) one.push(await time(() => call('between.plan', { groupId, replaceHandEdited: true })));
const views: number[] = [];
for (let i = 0; i < RUNS; i++) views.push(await time(() => call('between.view', { groupId })));

// The baseline: writing the same group file durably.
const bytes = JSON.stringify(store.group(groupId));
const target = path.join(root, 'baseline.json');
const writes: number[] = [];
for (let i = 0; i < RUNS; i++) writes.push(await time(() => writeFileDurable(target, bytes)));

// Who is due, across every group, on the last day of the data.
day = '2026-12-15';
const dueCold = await time(() => call('oneToOnes.due', {}));
const due: number[] = [];
let items = 0;
for (let i = 0; i < RUNS; i++) due.push(await time(async () => (items = (await call('oneToOnes.due', {})).length)));
const groupCount = store.groups().length;
await store.close();

const row = (label: string, xs: number[], target: string, limit: number | null) => {
  const p95 = percentile(xs, 95);
  const verdict = limit === null ? '' : p95 < limit ? 'ok' : 'OVER';
  return `| ${label} | ${ms(percentile(xs, 50))} | ${ms(p95)} | ${(percentile(xs, 50) / percentile(writes, 50)).toFixed(2)}x | ${target} ${verdict} |`;
};
console.log('');
console.log(`between bench, decade store (${groupCount} groups), ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}, node ${process.version}, ${RUNS} runs each`);
console.log(`sample group: ${current} current members, ${history} rounds of history before the last year; ${items} people listed as due`);
console.log('');
console.log('| measure | p50 | p95 | p50 / durable write | target |');
console.log('|---|---|---|---|---|');
console.log(row('baseline: durable write of the group file', writes, '', null));
console.log(row('between.plan, one round left (10 years of history)', one, '< 10 ms', 10));
console.log(row('between.plan, the rest of a 12-month programme (11 rounds)', rest, '< 50 ms', 50));
console.log(row('between.view of that group (every round explained, matrix)', views, '', null));
console.log(row('oneToOnes.due across 25 groups, warm', due, '< 20 ms', 20));
console.log(`| oneToOnes.due, first call (reads every records file) | ${ms(dueCold)} | | | |`);
await fs.rm(root, { recursive: true, force: true });
