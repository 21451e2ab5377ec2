// Part of npm run bench: the coach's calendar through the real services on the
// decade store, each measurement with a baseline from the same run.
//
//   month      calendar.month (the month grid with clash marks) and
//              calendar.conflicts (the dashboard's calendar-wide clash list),
//              called through dispatch over all 3,000 meetings. Baseline: the
//              pure domain functions on the same meetings (what
//              bench:meetings measures), so the ratio is what the services add.
//   plan       meetings.previewSeries of a 12-month series with its conflict
//              check. Baseline: the domain previewSeries on the same calendar.
//   old year   the first read of a 2018 records file on a freshly opened
//              store, and the first meeting page of 2018 (which reads every
//              year of that group). Baseline: readFile + JSON.parse of the
//              same files.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../src/main/dispatch';
import { calendarConflicts, conflictIndex, type CalendarMeeting } from '../src/main/domain/meetings/conflicts';
import { itemsByStart, monthView } from '../src/main/domain/meetings/month-view';
import { previewSeries } from '../src/main/domain/meetings/series-plan';
import { createServices } from '../src/main/services/registry';
import { openStore } from '../src/main/store/open-store';
import type { MethodName } from '../src/shared/api';
import type { SeriesRule } from '../src/shared/calendar/recurrence';
import { ms, percentile } from './bench-stats';

const RUNS = 40;
const WARM_UP = 5;
const FRESH_OPENS = 12;
/** Before the decade's first meeting, so "every clash from now on" is every clash of the 3,000. */
const NOW = new Date('2016-12-15T12:00:00.000Z');
const MONTH = '2022-06';
const BUFFER_MINUTES = 15;
const silent = { error: () => undefined };

interface Sample {
  groupId: string;
}

async function openWithServices(dataDir: string) {
  const store = await openStore({ dataDir, defaultTimeZone: 'UTC', now: () => NOW, backupIntervalMs: 0, onBackgroundError: () => undefined });
  await store.flush();
  const services = createServices({ store, now: () => NOW, appVersion: 'bench' });
  const call = async (method: MethodName, input: unknown): Promise<unknown> => {
    const result = await dispatch(services, method, input, silent);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  return { store, call };
}

async function samples(work: () => Promise<unknown>, baseline: () => unknown): Promise<{ work: number[]; base: number[] }> {
  for (let i = 0; i < WARM_UP; i += 1) {
    await work();
    baseline();
  }
  const out = { work: [] as number[], base: [] as number[] };
  for (let i = 0; i < RUNS; i += 1) {
    let started = performance.now();
    await work();
    out.work.push(performance.now() - started);
    started = performance.now();
    baseline();
    out.base.push(performance.now() - started);
  }
  return out;
}

export interface ServiceFigures {
  markdown: string;
}

/** Runs on the decade folder after the store figures; restores its archived groups first so every meeting counts. */
export async function measureServices(dataDir: string, sample: Sample): Promise<ServiceFigures> {
  const { store, call } = await openWithServices(dataDir);
  for (const doc of store.groups()) if (doc.group.archivedAt !== null) await call('groups.restore', { id: doc.group.id });
  await call('calendar.updateSettings', { bufferMinutes: BUFFER_MINUTES });
  const meetings: CalendarMeeting[] = store.groups().flatMap((d) => d.meetings.map((m) => ({ id: m.id, groupId: d.group.id, start: m.start, end: m.end, status: m.status })));
  const coachZone = store.index().settings.coachTimeZone;
  const zone = store.group(sample.groupId)!.group.timeZone;
  const rule: SeriesRule = {
    pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' },
    fromDate: '2022-01-01',
    startTime: '18:00',
    timeZone: zone,
    minutes: 90,
    end: { type: 'until', lastDate: '2022-12-31' },
  };

  const month = await samples(
    () => call('calendar.month', { month: MONTH }),
    () => monthView(itemsByStart(meetings), conflictIndex(meetings), { month: MONTH, timeZone: coachZone, now: NOW, bufferMinutes: BUFFER_MINUTES }),
  );
  const clashes = await samples(
    () => call('calendar.conflicts', {}),
    () => calendarConflicts(conflictIndex(meetings), { bufferMinutes: BUFFER_MINUTES, from: NOW.toISOString() }),
  );
  const plan = await samples(
    () => call('meetings.previewSeries', { groupId: sample.groupId, rule }),
    () => previewSeries(rule, 'new-group', conflictIndex(meetings), { bufferMinutes: BUFFER_MINUTES }),
  );
  const shown = (await call('calendar.month', { month: MONTH })) as { weeks: { items: unknown[] }[][]; clashes: unknown[] };
  const listed = (await call('calendar.conflicts', {})) as { clashes: unknown[] };
  const planned = (await call('meetings.previewSeries', { groupId: sample.groupId, rule })) as { meetings: unknown[]; conflictCount: number };
  const oldMeeting = store.group(sample.groupId)!.meetings.find((m) => m.recordsYear === 2018 && m.status !== 'cancelled')!;
  const years = [...new Set(store.group(sample.groupId)!.meetings.map((m) => m.recordsYear))];
  const running = store.groups().filter((d) => d.group.archivedAt === null).length;
  await store.close();

  // ---------- the first read of an old year, a freshly opened store each time ----------
  const recordsFile = (year: number) => path.join(dataDir, 'meetings', sample.groupId, `${year}.json`);
  const cold = { year: [] as number[], yearBase: [] as number[], page: [] as number[], pageAgain: [] as number[], pageBase: [] as number[] };
  for (let i = 0; i < FRESH_OPENS; i += 1) {
    let opened = await openWithServices(dataDir);
    let started = performance.now();
    await opened.store.meetingRecords(sample.groupId, 2018);
    cold.year.push(performance.now() - started);
    await opened.store.close();

    started = performance.now();
    JSON.parse(await fs.readFile(recordsFile(2018), 'utf8'));
    cold.yearBase.push(performance.now() - started);

    opened = await openWithServices(dataDir);
    started = performance.now();
    await opened.call('meetings.page', { groupId: sample.groupId, meetingId: oldMeeting.id });
    cold.page.push(performance.now() - started);
    started = performance.now();
    await opened.call('meetings.page', { groupId: sample.groupId, meetingId: oldMeeting.id });
    cold.pageAgain.push(performance.now() - started);
    await opened.store.close();

    started = performance.now();
    for (const year of years) JSON.parse(await fs.readFile(recordsFile(year), 'utf8'));
    cold.pageBase.push(performance.now() - started);
  }

  const p50 = (xs: number[]) => percentile(xs, 50);
  const p95 = (xs: number[]) => percentile(xs, 95);
  const row = (name: string, xs: number[], base: number[], baseName: string) =>
    `| ${name} | ${ms(p50(xs))} | ${ms(p95(xs))} | ${baseName} | ${ms(p50(base))} | ${(p50(xs) / p50(base)).toFixed(2)}x |`;
  const verdict = (ok: boolean): string => (ok ? 'pass' : 'MISS');
  const monthAndClashes = month.work.map((x, i) => x + clashes.work[i]!);
  const monthCount = shown.weeks.flat().reduce((n, d) => n + d.items.length, 0);
  const markdown = `
Through the services (dispatch, as the window calls them), all ${meetings.length} meetings of the ${running} groups (all running), coach's buffer ${BUFFER_MINUTES} min, now = ${NOW.toISOString()} (before the first meeting, so the clash list covers all of them). ${RUNS} runs after ${WARM_UP} warm-up runs, each interleaved with its baseline.
Month ${MONTH}: ${monthCount} meetings shown, ${shown.clashes.length} clashes in it; ${listed.clashes.length} clashes calendar-wide; the 12-month series plans ${planned.meetings.length} meetings, ${planned.conflictCount} with a clash.

| measurement | p50 | p95 | baseline (same run) | baseline p50 | p50 / baseline |
|---|---|---|---|---|---|
${row(`calendar.month ${MONTH}`, month.work, month.base, 'domain monthView on the same meetings')}
${row('calendar.conflicts (dashboard clash list)', clashes.work, clashes.base, 'domain calendarConflicts')}
${row('meetings.previewSeries, 12 months', plan.work, plan.base, 'domain previewSeries')}
${row('first read of a 2018 records file, fresh store', cold.year, cold.yearBase, 'readFile + JSON.parse of it')}
${row(`first meeting page of 2018, fresh store (reads ${years.length} years)`, cold.page, cold.pageBase, `readFile + JSON.parse of the ${years.length} files`)}
${row('the same meeting page again', cold.pageAgain, cold.pageBase, `readFile + JSON.parse of the ${years.length} files`)}

(The first-read rows: ${FRESH_OPENS} runs, each on a store opened in this process just before, so the engine is warm; in the app the first page after start also pays for compiling the code.)

| check | figure | target | result |
|---|---|---|---|
| month view + calendar-wide clash list, p95 | ${ms(p95(monthAndClashes))} | < 50 ms | ${verdict(p95(monthAndClashes) < 50)} |
| 12-month series with conflict check, p95 | ${ms(p95(plan.work))} | < 20 ms | ${verdict(p95(plan.work) < 20)} |
`;
  return { markdown };
}
