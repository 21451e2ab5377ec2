import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type ServiceHarness } from '../../support/services';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { removeTempDirs } from '../../support/temp-dir';

// What the coach is told after recovery, and for how long.

let h: ServiceHarness | null = null;
afterEach(async () => {
  await h?.close().catch(() => undefined);
  h = null;
  await removeTempDirs();
});

describe('recovery notices', () => {
  it('keeps telling the coach a group was set aside, on every start, until they acknowledge it', async () => {
    h = await openHarness();
    const group = await h.ok('groups.create', sampleGroupInput({ name: 'Only copy' }));
    await h.close();
    // No backup holds the group (it was made after the last start), and its file is damaged.
    await fs.rm(path.join(h.dir, 'backups'), { recursive: true, force: true });
    await fs.writeFile(path.join(h.dir, 'groups', `${group.id}.json`), '{"schemaVersion":1,"gro');
    h = await openHarness({ dir: h.dir, clock: h.clock });

    const first = await h.ok('app.info', {});
    expect(first.recovery).toEqual([
      expect.objectContaining({
        kind: 'file-set-aside',
        file: `groups/${group.id}.json`,
        restoredFrom: null,
        keptAs: expect.stringMatching(/^quarantine\//),
      }),
    ]);
    for (let start = 0; start < 3; start++) {
      await h.reopen();
      expect((await h.ok('app.info', {})).recovery.map((e) => e.id)).toEqual([first.recovery[0]!.id]);
    }
    expect(await h.ok('recovery.acknowledge', { ids: [first.recovery[0]!.id] })).toEqual({ acknowledged: 1 });
    expect((await h.ok('app.info', {})).recovery).toEqual([]);
    await h.reopen();
    expect((await h.ok('app.info', {})).recovery).toEqual([]);
    // Acknowledging again changes nothing; an id that never existed is refused.
    expect(await h.ok('recovery.acknowledge', { ids: [first.recovery[0]!.id] })).toEqual({ acknowledged: 0 });
    expect(await h.call('recovery.acknowledge', { ids: [first.recovery[0]!.id, '00000000-0000-4000-8000-0000000000ff'] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('lists what no longer fits together after the index came back from an older backup', async () => {
    h = await openHarness();
    const group = await h.ok('groups.create', sampleGroupInput({ name: 'Tuesday Circle' }));
    const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com' }));
    await h.ok('memberships.add', { groupId: group.id, personId: ada.id, joinedOn: '2026-03-01' });
    await h.reopen(); // the start backup has Ada
    const raj = await h.ok('people.create', samplePersonInput({ name: 'Raj', email: 'raj@example.com' }));
    await h.ok('memberships.add', { groupId: group.id, personId: raj.id, joinedOn: '2026-03-10' });
    await h.close();
    await fs.writeFile(path.join(h.dir, 'index.json'), ''); // the index dies; the group file has Raj
    h = await openHarness({ dir: h.dir, clock: h.clock });

    const info = await h.ok('app.info', {});
    expect(info.recovery).toEqual([expect.objectContaining({ kind: 'file-restored', file: 'index.json' })]);
    expect(info.dataProblems).toEqual([
      {
        file: `groups/${group.id}.json (Tuesday Circle)`,
        message: expect.stringContaining(`refers to person ${raj.id}, who is not in the people list`),
      },
    ]);
  });

  it('tells the coach when a background backup fails, until one succeeds again', async () => {
    h = await openHarness({ backupIntervalMs: 40 });
    await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    expect((await h.ok('app.info', {})).backupProblem).toBeNull();
    // Something takes the place of the backups folder while the app runs.
    await h.store.flush();
    await fs.rm(path.join(h.dir, 'backups'), { recursive: true, force: true });
    await fs.writeFile(path.join(h.dir, 'backups'), 'in the way');
    await h.ok('people.create', samplePersonInput({ name: 'Bo', email: 'bo@example.com' }));
    const failed = await waitFor(async () => (await h!.ok('app.info', {})).backupProblem);
    expect(failed).toEqual({
      failedAt: h.clock.now().toISOString(),
      reason: 'periodic',
      message: `The hourly backup could not be written: The backups folder ${path.join(h.dir, 'backups')} is not a folder, so no backup can be written there.`,
    });
    await fs.rm(path.join(h.dir, 'backups'));
    await waitFor(async () => ((await h!.ok('app.info', {})).backupProblem === null ? true : null));
    expect((await h.ok('backups.list', {})).backups.length).toBeGreaterThan(0);
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
