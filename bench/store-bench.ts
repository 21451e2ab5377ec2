// npm run bench: builds a decade-sized store through the real store (25 groups,
// 3,000 fully recorded meetings) and measures cold open and the cost of saving a
// change to one meeting, each against a baseline measured in the same run, then
// the calendar views, series preview and first reads of an old year through the
// real services (bench/services-bench.ts).
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../src/main/store/open-store';
import type { Store } from '../src/main/store/open-store';
import { kb, mb, ms, percentile, timed } from './bench-stats';
import { nodeCommandFor } from './bundle';
import { measureServices } from './services-bench';
import { writeFileDurable } from '../src/main/store/durable-fs';
import { DECADE, buildDecadeStore } from './synthetic-store';

const SAVES = 300;
const COLD_OPENS = 9;
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-bench-'));
const started = performance.now();
const startLoad = os.loadavg().map((l) => l.toFixed(1)).join(' ');

console.log(`Building a decade store through the store: ${DECADE.groups} groups, ${DECADE.people} people, ${DECADE.meetings} recorded meetings ...`);
const decade = await buildDecadeStore(root);
const s = decade.sizes;
spawnSync('sync');
console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// ---------- the empty store: one group, one meeting, its record ----------
const emptyDir = path.join(root, 'empty');
{
  const from = await openStore({ dataDir: decade.dir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
  const source = from.group(decade.sample.groupId)!;
  const meeting = source.meetings.find((m) => m.id === decade.sample.meetingId)!;
  const record = (await from.meetingRecords(decade.sample.groupId, decade.sample.year)).records.find((r) => r.meetingId === meeting.id)!;
  const members = source.memberships.filter((m) => record.attendance.some((a) => a.membershipId === m.id));
  const people = from.index().people.filter((p) => members.some((m) => m.personId === p.id));
  await from.close();
  const empty = await openStore({ dataDir: emptyDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
  await empty.updateIndex((d) => void d.people.push(...people));
  await empty.createGroup({ ...structuredClone(source), memberships: members, normAgreements: [], meetings: [meeting] });
  await empty.updateMeetingRecords(source.group.id, meeting.recordsYear, (d) => void d.records.push(structuredClone(record)));
  await empty.close();
}

// ---------- cold open, a fresh process per run, interleaved ----------
const openCommand = await nodeCommandFor(path.join(import.meta.dirname, 'cold-open-child.ts'), root);
const coldOpen = (dir: string) => {
  const run = spawnSync(process.execPath, [...openCommand, dir], { encoding: 'utf8' });
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as { openMs: number; people: number; groups: number; meetings: number };
};
const decadeOpens: number[] = [];
const emptyOpens: number[] = [];
for (let i = 0; i < COLD_OPENS; i++) {
  const full = coldOpen(decade.dir);
  if (full.groups !== DECADE.groups || full.meetings !== DECADE.meetings) throw new Error(`cold open loaded ${JSON.stringify(full)}`);
  decadeOpens.push(full.openMs);
  emptyOpens.push(coldOpen(emptyDir).openMs);
}

// ---------- one meeting changed, through the whole store path, interleaved ----------
const stores = (await Promise.all([emptyDir, decade.dir].map((dataDir) => openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 })))) as [Store, Store];
await Promise.all(stores.map((st) => st.flush())); // start backups out of the way
const [empty, full] = stores;
const { groupId, year, meetingId } = decade.sample;
// First reads load the year files, as opening the meeting's page does.
await empty.meetingRecords(groupId, year);
// The bytes the store writes, encoded once here: the baselines do no serialising or encoding at all.
const yearBytes = Buffer.from(JSON.stringify(await full.meetingRecords(groupId, year)), 'utf8');
const groupBytes = Buffer.from(JSON.stringify(full.group(groupId)), 'utf8');

const checkIn = (i: number) => (d: { records: { meetingId: string; checkIns: { summary: string }[] }[] }) => {
  d.records.find((r) => r.meetingId === meetingId)!.checkIns[0]!.summary = `Save ${i}: a little further on the goal`;
};
const move = (i: number) => (d: { meetings: { id: string; place: unknown; sequence: number }[] }) => {
  const m = d.meetings.find((x) => x.id === meetingId)!;
  m.place = i % 2 === 0 ? { type: 'in-person', address: `Room ${i}` } : null;
  m.sequence = i + 1;
};
const bare = async (file: string, bytes: Uint8Array): Promise<void> => {
  const handle = await fs.open(file, 'w', 0o600);
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
};
const series = {
  emptyRecord: [] as number[],
  fullRecord: [] as number[],
  bareRecord: [] as number[],
  durableRecord: [] as number[],
  emptyMove: [] as number[],
  fullMove: [] as number[],
  bareGroup: [] as number[],
  durableGroup: [] as number[],
};
for (let i = 0; i < SAVES; i++) {
  // Scoped to the one meeting, as every records write of the services is (services/records-writes.ts).
  series.emptyRecord.push(await timed(() => empty.updateMeetingRecords(groupId, year, checkIn(i), [meetingId])));
  series.fullRecord.push(await timed(() => full.updateMeetingRecords(groupId, year, checkIn(i), [meetingId])));
  series.bareRecord.push(await timed(() => bare(path.join(root, 'bare-year.json'), yearBytes)));
  series.durableRecord.push(await timed(() => writeFileDurable(path.join(root, 'durable-year.json'), yearBytes)));
  // Scoped to the one meeting, as the services' one-meeting changes are (services/meetings-changes.ts).
  series.emptyMove.push(await timed(() => empty.updateGroup(groupId, move(i), [meetingId])));
  series.fullMove.push(await timed(() => full.updateGroup(groupId, move(i), [meetingId])));
  series.bareGroup.push(await timed(() => bare(path.join(root, 'bare-group.json'), groupBytes)));
  series.durableGroup.push(await timed(() => writeFileDurable(path.join(root, 'durable-group.json'), groupBytes)));
}
await Promise.all(stores.map((st) => st.close()));

// ---------- report ----------
const row = (name: string, xs: number[]): string => `| ${name} | ${ms(percentile(xs, 50))} | ${ms(percentile(xs, 95))} |`;
const p95 = (xs: number[]): number => percentile(xs, 95);
const p50 = (xs: number[]): number => percentile(xs, 50);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const verdict = (ok: boolean): string => (ok ? 'pass' : 'MISS');

const servicesFigures = await measureServices(decade.dir, decade.sample);
const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');

console.log(`
Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}; load average at the end ${load} (started at ${startLoad})

Sizes generated
| what | size |
|---|---|
| index.json (${DECADE.people} people) | ${kb(s.indexBytes)} |
| group file with 120 meetings' times (avg) | ${kb(s.groupBytesAvg)} |
| records files: ${s.recordsFiles} (avg / max) | ${kb(s.recordsBytesAvg)} / ${kb(s.recordsBytesMax)} |
| the whole decade store | ${mb(s.total)} |

Cold open (fresh process per run, ${COLD_OPENS} runs each)
| what | p50 | max |
|---|---|---|
| openStore, decade store | ${ms(p50(decadeOpens))} | ${ms(Math.max(...decadeOpens))} |
| openStore, empty store (1 group, 1 meeting) | ${ms(p50(emptyOpens))} | ${ms(Math.max(...emptyOpens))} |

Saving a change to one meeting (${SAVES} saves each, interleaved)
| series | p50 | p95 |
|---|---|---|
${row('check-in: store.updateMeetingRecords, empty store', series.emptyRecord)}
${row(`check-in: store.updateMeetingRecords, decade store (${kb(Buffer.byteLength(yearBytes))} year file)`, series.fullRecord)}
${row('baseline: bare open + write + fsync + close of those bytes', series.bareRecord)}
${row('for comparison: the durable write alone (temp, fsync, rename, folder fsync)', series.durableRecord)}
${row('place: store.updateGroup, empty store', series.emptyMove)}
${row(`place: store.updateGroup, decade store (${kb(Buffer.byteLength(groupBytes))} group file)`, series.fullMove)}
${row('baseline: bare open + write + fsync + close of those bytes', series.bareGroup)}
${row('for comparison: the durable write alone (temp, fsync, rename, folder fsync)', series.durableGroup)}

Targets
| check | figure | target | result |
|---|---|---|---|
| cold open p50, decade store | ${ms(p50(decadeOpens))} | < 150 ms | ${verdict(p50(decadeOpens) < 150)} |
| check-in save p95, decade / empty | ${ratio(p95(series.fullRecord), p95(series.emptyRecord))} | <= 2x | ${verdict(p95(series.fullRecord) <= 2 * p95(series.emptyRecord))} |
| check-in save p95, decade / bare write+fsync | ${ratio(p95(series.fullRecord), p95(series.bareRecord))} | <= 3x | ${verdict(p95(series.fullRecord) <= 3 * p95(series.bareRecord))} |
| meeting change save p95, decade / empty | ${ratio(p95(series.fullMove), p95(series.emptyMove))} | <= 2x | ${verdict(p95(series.fullMove) <= 2 * p95(series.emptyMove))} |
| meeting change save p95, decade / bare write+fsync | ${ratio(p95(series.fullMove), p95(series.bareGroup))} | <= 3x | ${verdict(p95(series.fullMove) <= 3 * p95(series.bareGroup))} |
| (durable write alone / bare write+fsync, p95: year file, group file) | ${ratio(p95(series.durableRecord), p95(series.bareRecord))}, ${ratio(p95(series.durableGroup), p95(series.bareGroup))} | (what the file system asks of a durable replace) | |
${servicesFigures.markdown}
Total time ${((performance.now() - started) / 1000).toFixed(1)} s`);

await fs.rm(root, { recursive: true, force: true });
