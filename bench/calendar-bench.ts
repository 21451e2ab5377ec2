// npm run bench:calendar: the calendar export through the same code the Export
// view and `cli calendar` run (plan from the store and ledger, every file and
// draft built: ical-generator, VTIMEZONEs, MIME), on the decade store
// (bench/synthetic-store.ts: 25 groups, 10 years of monthly meetings, 300
// people) with every group running, in two states:
//
//   meetings     the store as built: each person's file and drafts hold their groups' meetings
//   with 1:1s    then each current member gets a year of monthly 1:1s (as bench:between
//                gives them), which adds 3,600 events and 2,400 drafts
//
// and for each:
//   everyone     files for all 300 participants, every group and the coach, for
//                the next 12 months, with every person's first invitation drafts;
//                also split into planning (store and ledger to plan) and files
//   one person   one person's import file (selection of that person, files only)
//   write        the same export written into a folder (durable writes), once
//
// The files are made as the app makes them: on its export worker threads
// (services/export-builders.ts, one per core, at most four), started here
// from the sources through tsx. The first export of each state is reported on its own: it pays for the
// remembered rule expansions and zone checks that later exports reuse (and, the
// first time, for starting the workers).
//
// Baseline, measured in the same run: JSON.stringify of every group document,
// the cheapest walk over the same data.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planOccurrence } from '../src/shared/calendar/recurrence';
import { buildExport, planFor, writeExportFolder } from '../src/main/services/calendar-export-run';
import { noWindowEmitter } from '../src/main/services/main-emitter';
import { headlessPlatform } from '../src/main/services/platform';
import { openStore } from '../src/main/store/open-store';
import { sourceExportBuilder } from '../src/main/workers/source-workers';
import { workerCount } from '../src/main/services/export-builders';
import type { ExportWrite } from '../src/shared/calendar-export';
import { ms, percentile } from './bench-stats';
import { buildDecadeStore } from './synthetic-store';

const RUNS = Number(process.env.RUNS ?? 10);
const DAY = '2025-12-15';

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-calendar-bench-'));
console.log('Building the decade store (not timed)...');
const decade = await buildDecadeStore(root);
const now = () => new Date(`${DAY}T09:00:00.000Z`);
const store = await openStore({ dataDir: decade.dir, defaultTimeZone: 'Europe/London', backupIntervalMs: 0, now });
const exportBuilder = sourceExportBuilder((message) => console.error(message));
const ctx = { store, now, newId: () => 'unused', appVersion: 'bench', platform: headlessPlatform, events: noWindowEmitter, exportBuilder };
await store.updateIndex((draft) => {
  draft.settings.coachName = 'Jordan Ellis';
  draft.settings.coachEmail = 'jordan@example.com';
});

let seq = 0;
const id = () => `0000cafe-0000-4000-8000-${(++seq).toString(16).padStart(12, '0')}`;
for (const doc of store.groups()) {
  await store.updateGroup(doc.group.id, (draft) => {
    draft.group.archivedAt = null;
  });
}

async function addMonthlyOneToOnes(): Promise<void> {
  for (const doc of store.groups()) {
    await store.updateGroup(doc.group.id, (draft) => {
      for (const m of draft.memberships.filter((x) => x.leftOn === null)) {
        for (let month = 1; month <= 12; month++) {
          const date = `2026-${String(month).padStart(2, '0')}-0${1 + (seq % 8)}`;
          const at = planOccurrence(date, '09:00', 'Europe/London', 45);
          if (at.status !== 'ok') continue;
          draft.oneToOnes.push({ id: id(), personId: m.personId, date, startTime: '09:00', timeZone: 'Europe/London', minutes: 45, start: at.start, end: at.end, where: 'https://meet.example.com/one-to-one', status: 'planned', roundId: null, sequence: 0, createdAt: at.start, updatedAt: at.start });
        }
      }
    });
  }
}

const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
const everyone: ExportWrite = { selection: { groupIds: null, personIds: null, from: DAY, to: '2026-12-14' }, include: { people: true, groups: true, coach: true, drafts: true }, reminders: [30] };

interface StateFigures {
  label: string;
  first: number;
  all: number[];
  planning: number[];
  one: number[];
  oneEvents: number;
  written: number;
  files: number;
  drafts: number;
  events: number;
  bytes: number;
}

async function measure(label: string): Promise<StateFigures> {
  let built: Awaited<ReturnType<typeof buildExport>> | null = null;
  const first = await time(async () => (built = await buildExport(ctx, everyone)));
  const all: number[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await time(async () => (built = await buildExport(ctx, everyone))));
  const planning: number[] = [];
  for (let i = 0; i < RUNS; i++) planning.push(await time(() => planFor(ctx, everyone.selection)));
  const done = built!;
  // The person with the fullest year: a current member with the most events.
  const busiest = [...done.plan.people].sort((a, b) => b.events.length - a.events.length)[0]!.person;
  const onePerson: ExportWrite = { selection: { ...everyone.selection, personIds: [busiest.id] }, include: { people: true, groups: false, coach: false, drafts: false }, reminders: [30] };
  const one: number[] = [];
  let oneEvents = 0;
  for (let i = 0; i < RUNS * 5; i++) one.push(await time(async () => (oneEvents = (await buildExport(ctx, onePerson)).plan.people[0]!.events.length)));
  const out = path.join(root, `out-${label}`);
  const written = await time(() => writeExportFolder(out, done.files));
  const files = done.files.filter((f) => f.kind !== 'draft').length;
  return {
    label,
    first,
    all,
    planning,
    one,
    oneEvents,
    written,
    files,
    drafts: done.files.length - files,
    events: done.plan.people.reduce((n, p) => n + p.events.length, 0),
    bytes: done.files.reduce((n, f) => n + f.bytes.length, 0),
  };
}

const states = [await measure('meetings')];
await addMonthlyOneToOnes();
states.push(await measure('with 1:1s'));
const baseline: number[] = [];
for (let i = 0; i < RUNS; i++) baseline.push(await time(async () => store.groups().map((g) => JSON.stringify(g))));
const groupCount = store.groups().length;
await store.close();
await exportBuilder.close();

const row = (label: string, xs: number[], target: string, limit: number | null) => {
  const p95 = percentile(xs, 95);
  const verdict = limit === null ? '' : p95 < limit ? 'ok' : 'OVER';
  return `| ${label} | ${ms(percentile(xs, 50))} | ${ms(p95)} | ${(percentile(xs, 50) / percentile(baseline, 50)).toFixed(1)}x | ${target} ${verdict} |`;
};
console.log('');
console.log(`calendar bench, decade store (${groupCount} groups, every one running), ${RUNS} runs, ${os.cpus().length} cores, ${workerCount()} export workers, load ${os.loadavg()[0]!.toFixed(2)}, node ${process.version}`);
for (const s of states) console.log(`${s.label}: ${s.files} calendar files holding ${s.events} person-events, ${s.drafts} invitation drafts, ${(s.bytes / 1e6).toFixed(1)} MB; one person: ${s.oneEvents} events`);
console.log('');
console.log('| measure | p50 | p95 | p50 / baseline | target |');
console.log('|---|---|---|---|---|');
console.log(row('baseline: JSON.stringify of every group document', baseline, '', null));
for (const s of states) {
  console.log(row(`${s.label}: every participant’s file, groups, coach and all drafts (12 months)`, s.all, '< 1 s', 1000));
  console.log(row(`${s.label}: of which planning`, s.planning, '', null));
  console.log(`| ${s.label}: the first of those exports in this process | ${ms(s.first)} | | | |`);
  console.log(row(`${s.label}: one person’s file`, s.one, '< 20 ms', 20));
  console.log(`| ${s.label}: writing that export into a folder (durable, ${s.files + s.drafts} files), once | ${ms(s.written)} | | | |`);
}
await fs.rm(root, { recursive: true, force: true });
