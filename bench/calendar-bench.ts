// npm run bench:calendar: the calendar export through the same code the Export
// view and `cli calendar` run (plan from the store and ledger, every file and
// draft built: ical-generator, VTIMEZONEs, MIME), on the decade store
// (bench/synthetic-store.ts: 25 groups, 10 years of monthly meetings, 300
// people), every group running and each current member with a year of monthly
// 1:1s:
//
//   everyone     files for all 300 participants, every group and the coach, for
//                the next 12 months, with every person's first invitation drafts
//   one person   one person's import file (selection of that person, files only)
//   write        the same export written into a folder (durable writes), once
//
// Baseline, measured in the same run: JSON.stringify of every group document,
// the cheapest walk over the same data.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planOccurrence } from '../src/shared/calendar/recurrence';
import { buildExport, writeExportFolder } from '../src/main/services/calendar-export-run';
import { noWindowEmitter } from '../src/main/services/main-emitter';
import { headlessPlatform } from '../src/main/services/platform';
import { openStore } from '../src/main/store/open-store';
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
const ctx = { store, now, newId: () => 'unused', appVersion: 'bench', platform: headlessPlatform, events: noWindowEmitter };
await store.updateIndex((draft) => {
  draft.settings.coachName = 'Jordan Ellis';
  draft.settings.coachEmail = 'jordan@example.com';
});

let seq = 0;
const id = () => `0000cafe-0000-4000-8000-${(++seq).toString(16).padStart(12, '0')}`;
for (const doc of store.groups()) {
  await store.updateGroup(doc.group.id, (draft) => {
    draft.group.archivedAt = null;
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

const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
const everyone: ExportWrite = { selection: { groupIds: null, personIds: null, from: DAY, to: '2026-12-14' }, include: { people: true, groups: true, coach: true, drafts: true }, reminders: [30] };
// Warm up the JIT and the VTIMEZONE cache the way a second export in the app would find them.
let built = await buildExport(ctx, everyone);
// The person with the fullest year: a current member with meetings and monthly 1:1s.
const busiest = [...built.plan.people].sort((a, b) => b.events.length - a.events.length)[0]!.person;
const onePerson: ExportWrite = { selection: { ...everyone.selection, personIds: [busiest.id] }, include: { people: true, groups: false, coach: false, drafts: false }, reminders: [30] };
const all: number[] = [];
for (let i = 0; i < RUNS; i++) all.push(await time(async () => (built = await buildExport(ctx, everyone))));
const one: number[] = [];
let oneEvents = 0;
for (let i = 0; i < RUNS * 5; i++) one.push(await time(async () => (oneEvents = (await buildExport(ctx, onePerson)).plan.people[0]!.events.length)));
const out = path.join(root, 'out');
const written = await time(() => writeExportFolder(out, built.files));
const baseline: number[] = [];
for (let i = 0; i < RUNS; i++) baseline.push(await time(async () => store.groups().map((g) => JSON.stringify(g))));

const files = built.files.filter((f) => f.kind !== 'draft').length;
const drafts = built.files.length - files;
const events = built.plan.people.reduce((n, p) => n + p.events.length, 0);
const bytes = built.files.reduce((n, f) => n + f.bytes.length, 0);
const groupCount = store.groups().length;
await store.close();

const row = (label: string, xs: number[], target: string, limit: number | null) => {
  const p95 = percentile(xs, 95);
  const verdict = limit === null ? '' : p95 < limit ? 'ok' : 'OVER';
  return `| ${label} | ${ms(percentile(xs, 50))} | ${ms(p95)} | ${(percentile(xs, 50) / percentile(baseline, 50)).toFixed(1)}x | ${target} ${verdict} |`;
};
console.log('');
console.log(`calendar bench, decade store (${groupCount} groups, ${built.plan.people.length} participants), ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}, node ${process.version}`);
console.log(`everyone: ${files} calendar files holding ${events} person-events, ${drafts} invitation drafts, ${(bytes / 1e6).toFixed(1)} MB; one person: ${oneEvents} events`);
console.log('');
console.log('| measure | p50 | p95 | p50 / baseline | target |');
console.log('|---|---|---|---|---|');
console.log(row('baseline: JSON.stringify of every group document', baseline, '', null));
console.log(row('every participant’s file, groups, coach and all drafts (12 months)', all, '< 1 s', 1000));
console.log(row('one person’s file', one, '< 20 ms', 20));
console.log(`| writing that export into a folder (durable, ${built.files.length} files), once | ${ms(written)} | | | |`);
await fs.rm(root, { recursive: true, force: true });
