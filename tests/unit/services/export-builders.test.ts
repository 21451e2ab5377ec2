import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { splitExport } from '../../../src/main/domain/calendar-export/export-job';
import { buildExport } from '../../../src/main/services/calendar-export-run';
import type { ServiceContext } from '../../../src/main/services/context';
import { inThreadBuilder, workerBuilder, type ExportFileBuilder } from '../../../src/main/services/export-builders';
import { noWindowEmitter } from '../../../src/main/services/main-emitter';
import { headlessPlatform } from '../../../src/main/services/platform';
import { exportFilesWorkerSource, sourceWorker } from '../../../src/main/workers/source-workers';
import type { ExportWrite } from '../../../src/shared/calendar-export';
import { monthlyRule } from '../../support/meeting-plans';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// The export's files made on worker threads must be exactly the files made in
// the main thread: same paths, same order, same bytes. Real worker threads,
// started from the sources as the CLI and the test host start them.

let h: ServiceHarness;
const builders: ExportFileBuilder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((b) => b.close()));
  await h?.close();
  await removeTempDirs();
});

const request: ExportWrite = { selection: { groupIds: null, personIds: null, from: null, to: null }, include: { people: true, groups: true, coach: true, drafts: true }, reminders: [10, 60] };

async function practice(): Promise<void> {
  h = await openHarness();
  await h.ok('settings.update', { coachName: 'Jordan Ellis', coachTimeZone: 'Europe/London', coachEmail: 'jordan@example.com' });
  const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney'];
  for (let g = 0; g < 3; g++) {
    const group = await h.ok('groups.create', sampleGroupInput({ name: `Circle ${g + 1}, “Founders”`, startDate: '2026-04-01', timeZone: zones[g]! }));
    for (let m = 0; m < 5; m++) {
      const person = await h.ok('people.create', samplePersonInput({ name: `Member ${g}-${m} Fernández 😀`, email: `m${g}${m}@example.com`, timeZone: zones[(g + m) % 3]! }));
      await h.ok('memberships.add', { groupId: group.id, personId: person.id, joinedOn: '2026-04-01' });
      await h.ok('oneToOnes.schedule', { groupId: group.id, personId: person.id, date: `2026-0${5 + (m % 4)}-1${m}`, time: '09:00', minutes: 45, where: 'https://meet.example.com/1-1' });
    }
    await h.ok('meetings.planSeries', { groupId: group.id, rule: monthlyRule({ timeZone: zones[g]!, end: { type: 'count', count: 9 } }), adjustments: [] });
  }
}

const ctxWith = (exportBuilder: ExportFileBuilder): ServiceContext => ({ store: h.store, now: h.clock.now, newId: () => 'unused', appVersion: 'test', platform: headlessPlatform, events: noWindowEmitter, exportBuilder });

describe('export files on worker threads', () => {
  it('are the main thread’s files, in the same order, byte for byte', async () => {
    await practice();
    const problems: string[] = [];
    let started = 0;
    const start = sourceWorker(exportFilesWorkerSource);
    const pool = workerBuilder({ start: () => (started++, start()), size: 3, smallExport: 0, onProblem: (m) => problems.push(m) });
    builders.push(pool);
    const here = await buildExport(ctxWith(inThreadBuilder), request);
    const there = await buildExport(ctxWith(pool), request);
    expect(there.files.length).toBeGreaterThan(30);
    expect(there.files.map((f) => f.path)).toEqual(here.files.map((f) => f.path));
    expect(there.files.map((f) => f.summary)).toEqual(here.files.map((f) => f.summary));
    there.files.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(here.files[i]!.bytes)), f.path).toBe(true));
    expect(problems).toEqual([]);
    // A second export reuses the same threads.
    const again = await buildExport(ctxWith(pool), request);
    expect(again.files.map((f) => f.path)).toEqual(here.files.map((f) => f.path));
    expect(started).toBe(3);
  });

  it('cuts the work into shares of about equal cost that keep the files’ order', async () => {
    await practice();
    const built = await buildExport(ctxWith(inThreadBuilder), request);
    const options = { include: request.include, remindersMinutes: [], now: h.clock.now(), coach: { name: 'J', email: 'j@example.com' } };
    const jobs = splitExport(built.plan, options, 3);
    expect(jobs).toHaveLength(3);
    expect(jobs.flatMap((j) => j.people.map((p) => p.person.id))).toEqual(built.plan.people.map((p) => p.person.id));
    expect(jobs.map((j) => j.shared !== null)).toEqual([true, false, false]);
    expect(splitExport(built.plan, options, 1)).toHaveLength(1);
  });

  it('still exports, in the main thread, when the workers cannot run, and says so', async () => {
    await practice();
    const problems: string[] = [];
    const broken = workerBuilder({ start: () => new Worker('throw new Error("no worker here")', { eval: true }), size: 2, smallExport: 0, onProblem: (m) => problems.push(m) });
    builders.push(broken);
    const here = await buildExport(ctxWith(inThreadBuilder), request);
    const fallback = await buildExport(ctxWith(broken), request);
    expect(fallback.files.map((f) => f.path)).toEqual(here.files.map((f) => f.path));
    expect(problems).toEqual([expect.stringContaining('no worker here')]);
  });
});
