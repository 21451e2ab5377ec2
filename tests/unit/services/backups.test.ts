import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

let h: ServiceHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

describe('backups', () => {
  it('creates a manual backup, lists it, and restores it while keeping a copy of what it replaced', async () => {
    await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    await h.ok('groups.create', sampleGroupInput({ name: 'Kept' }));
    const backup = await h.ok('backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual' });
    expect(backup.sizeBytes).toBeGreaterThan(0);
    expect((await h.ok('backups.list', {})).backups.map((b) => b.id)).toContain(backup.id);

    h.clock.advanceDays(1);
    await h.ok('people.create', samplePersonInput({ name: 'Bo' }));
    const lost = await h.ok('groups.create', sampleGroupInput({ name: 'Added later' }));

    expect(await h.ok('backups.restore', { id: backup.id })).toEqual({ restored: backup.id });
    expect((await h.ok('people.list', {})).map((p) => p.person.name)).toEqual(['Ada']);
    expect((await h.ok('groups.list', { includeArchived: true })).map((g) => g.group.name)).toEqual(['Kept']);
    expect((await h.call('groups.get', { id: lost.id })).ok).toBe(false);
    expect((await h.ok('backups.list', {})).backups.map((b) => b.reason)).toContain('before-restore');

    await h.reopen();
    expect((await h.ok('people.list', {})).map((p) => p.person.name)).toEqual(['Ada']);
  });

  it('answers not_found for a backup that does not exist', async () => {
    const result = await h.call('backups.restore', { id: 'no-such-backup' });
    expect(result.ok || result.error.code).toBe('not_found');
    expect(result.ok || result.error.message).toMatch(/backup could not be found/);
  });

  it('explains that a damaged backup cannot be restored, rather than calling it missing', async () => {
    await h.ok('people.create', samplePersonInput({ name: 'Ada' }));
    const backup = await h.ok('backups.create', {});
    await fs.writeFile(path.join(h.store.dataDir, 'backups', backup.id, 'index.json'), '{"tampered":true}');
    const result = await h.call('backups.restore', { id: backup.id });
    expect(result.ok || result.error.code).toBe('unavailable');
    expect(result.ok || result.error.message).toMatch(/cannot be restored because its copy of index\.json is damaged/);
    expect((await h.ok('people.list', {})).map((p) => p.person.name)).toEqual(['Ada']);
  });
});
