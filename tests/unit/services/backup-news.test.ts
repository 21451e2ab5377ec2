import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchBackupProblem } from '../../../src/main/services/backup-news';
import type { MainEmitter } from '../../../src/main/services/main-emitter';
import type { BackupProblem } from '../../../src/shared/views';
import { openHarness, type ServiceHarness } from '../../support/services';
import { samplePersonInput } from '../../support/sample-records';
import { removeTempDirs } from '../../support/temp-dir';

// main tells the window when background backups start failing and when they work again.

let h: ServiceHarness | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await h?.close().catch(() => undefined);
  h = null;
  await removeTempDirs();
});

const recorder = () => {
  const sent: [string, unknown][] = [];
  const events: MainEmitter = { emit: (name, payload) => (sent.push([name, payload]), true) };
  return { sent, events };
};

const problemAt = (failedAt: string): BackupProblem => ({ failedAt, reason: 'periodic', message: `Failed at ${failedAt}.` });

describe('backup news', () => {
  it('tells only of changes: a new failure, a later failure, and the recovery', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let problem: BackupProblem | null = problemAt('2027-02-03T09:00:00.000Z');
    const { sent, events } = recorder();
    const watch = watchBackupProblem(() => problem, events, 1000);
    watch.check(); // the failure the window already reads at start is not news
    problem = problemAt('2027-02-03T10:00:00.000Z');
    watch.check();
    watch.check();
    problem = null;
    vi.advanceTimersByTime(1000); // a backup that works is noticed by the timer
    vi.advanceTimersByTime(1000);
    watch.stop();
    problem = problemAt('2027-02-03T11:00:00.000Z');
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([
      ['backups.failed', { message: 'Failed at 2027-02-03T10:00:00.000Z.', at: '2027-02-03T10:00:00.000Z' }],
      ['backups.recovered', {}],
    ]);
  });

  it('sends backups.failed the moment the store reports a failed background backup', async () => {
    const { sent, events } = recorder();
    let watch: ReturnType<typeof watchBackupProblem> | null = null;
    // The recovery timer is kept slow here: the failure must come from the store's report, not from it.
    h = await openHarness({ backupIntervalMs: 40, events, onBackgroundError: () => watch?.check() });
    watch = watchBackupProblem(() => h!.store.backupProblem, events, 60 * 60 * 1000);
    await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    await h.store.flush();
    await fs.rm(path.join(h.dir, 'backups'), { recursive: true, force: true });
    await fs.writeFile(path.join(h.dir, 'backups'), 'in the way');
    await h.ok('people.create', samplePersonInput({ name: 'Bo', email: 'bo@example.com' }));
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0), { timeout: 5000 });
    const problem = h.store.backupProblem!;
    expect(sent[0]).toEqual(['backups.failed', { message: problem.message, at: problem.failedAt }]);
    watch.stop();
  });
});
