import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../../src/main/store/errors';
import { groupDoc, mode, open, person, seed, tempDir } from './helpers';

afterEach(() => vi.restoreAllMocks());

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('backups', () => {
  it('takes no start backup of an empty folder, and one once there is data', async () => {
    const dir = await tempDir();
    const empty = await open(dir);
    await empty.flush();
    expect((await empty.listBackups()).backups).toEqual([]);
    await empty.close();
    await seed(dir);
    const store = await open(dir);
    await store.flush();
    const [start] = (await store.listBackups()).backups;
    expect(start).toMatchObject({ reason: 'start', createdAt: '2025-06-15T12:00:00.000Z' });
    await store.close();
    // Nothing changed since: the next start adds no copy.
    const again = await open(dir);
    await again.flush();
    expect((await again.listBackups()).backups).toHaveLength(1);
  });

  it('writes a complete, private copy with a manifest of sizes and checksums', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const store = await open(dir);
    const info = await store.createBackup('manual');
    const folder = path.join(dir, 'backups', info.id);
    const manifest = JSON.parse(await fs.readFile(path.join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ formatVersion: 1, id: info.id, reason: 'manual' });
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['index.json', `groups/${groupId}.json`]);
    let total = 0;
    for (const f of manifest.files as { path: string; sizeBytes: number; sha256: string }[]) {
      const copy = await fs.readFile(path.join(folder, f.path));
      expect(copy).toEqual(await fs.readFile(path.join(dir, f.path)));
      expect(sha256(copy)).toBe(f.sha256);
      expect(await mode(path.join(folder, f.path))).toBe(0o600);
      total += f.sizeBytes;
    }
    expect(info.sizeBytes).toBe(total);
    for (const d of [dir, path.join(dir, 'groups'), path.join(dir, 'backups'), folder, path.join(folder, 'groups')]) {
      expect(await mode(d)).toBe(0o700);
    }
    expect(await mode(path.join(folder, 'manifest.json'))).toBe(0o600);
  });

  it('lists backups newest first and prunes by the retention rule', async () => {
    const dir = await tempDir();
    await seed(dir);
    let clock = new Date('2025-06-01T00:00:00.000Z');
    const store = await open(dir, { now: () => clock });
    const made = [];
    for (let i = 0; i < 14; i++) {
      clock = new Date(clock.getTime() + 60_000);
      made.push(await store.createBackup('manual'));
    }
    const listed = (await store.listBackups()).backups;
    expect(listed.map((b) => b.id)).toEqual(made.slice(-10).reverse().map((b) => b.id).concat(listed.slice(10).map((b) => b.id)));
    // All within one day: 10 newest survive (the start backup and the 4 oldest manual ones go).
    expect(listed).toHaveLength(10);
    expect(listed.every((b) => b.sizeBytes > 0)).toBe(true);
  });

  it('restores a backup after keeping a copy of what it replaces', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    let clock = new Date('2025-06-15T10:00:00.000Z');
    const store = await open(dir, { now: () => clock });
    const before = await store.createBackup('manual');

    clock = new Date('2025-06-15T11:00:00.000Z');
    await store.updateIndex((d) => void d.people.push(person('Grace Hopper', 'grace@example.com')));
    await store.updateGroup(groupId, (d) => void (d.group.name = 'Renamed Circle'));
    const extra = await store.createGroup(groupDoc('Added Later'));

    clock = new Date('2025-06-15T12:00:00.000Z');
    await store.restoreBackup(before.id);
    expect(store.index().people).toHaveLength(2);
    expect(store.group(groupId)?.group.name).toBe('Tuesday Circle');
    expect(store.groupIds()).toEqual([groupId]);
    await expect(fs.access(path.join(dir, 'groups', `${extra.group.id}.json`))).rejects.toThrow();

    const [kept] = (await store.listBackups()).backups;
    expect(kept!.reason).toBe('before-restore');
    const keptIndex = JSON.parse(await fs.readFile(path.join(dir, 'backups', kept!.id, 'index.json'), 'utf8'));
    expect(keptIndex.people).toHaveLength(3);
    await expect(fs.access(path.join(dir, 'backups', kept!.id, 'groups', `${extra.group.id}.json`))).resolves.toBeUndefined();

    // The store keeps working after a restore, and a reopen sees the restored data.
    await store.updateGroup(groupId, (d) => void (d.group.purpose = 'After restore'));
    await store.close();
    const reopened = await open(dir);
    expect(reopened.group(groupId)?.group.purpose).toBe('After restore');
    expect(reopened.index().people).toHaveLength(2);
  });

  it('refuses to restore a damaged or unknown backup and changes nothing', async () => {
    const dir = await tempDir();
    await seed(dir);
    const store = await open(dir);
    const info = await store.createBackup('manual');
    await fs.writeFile(path.join(dir, 'backups', info.id, 'index.json'), '{"tampered":true}');
    const count = (await store.listBackups()).backups.length;
    await expect(store.restoreBackup(info.id)).rejects.toThrow(/cannot be restored/);
    await expect(store.restoreBackup('../../etc')).rejects.toBeInstanceOf(StoreError);
    expect((await store.listBackups()).backups).toHaveLength(count);
    expect(store.index().people).toHaveLength(2);
  });

  it('takes periodic backups only when something changed', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    let tick = 0;
    const store = await open(dir, { backupIntervalMs: 40, now: () => new Date(Date.UTC(2025, 5, 15, 12, 0, tick++)) });
    await store.flush();
    await new Promise((r) => setTimeout(r, 200));
    await store.flush();
    expect((await store.listBackups()).backups.map((b) => b.reason)).toEqual(['start']);
    await store.updateGroup(groupId, (d) => void (d.group.name = 'Changed'));
    await new Promise((r) => setTimeout(r, 200));
    await store.flush();
    expect((await store.listBackups()).backups.map((b) => b.reason)).toEqual(['periodic', 'start']);
  });
});

describe('backups after the clock moved back', () => {
  it('never prunes the backup it has just made in favour of ones dated in the future', async () => {
    const dir = await tempDir();
    await seed(dir);
    // A year of backups made while the machine's clock ran a year fast.
    let fast = new Date('2026-06-15T12:00:00.000Z').getTime();
    const ahead = await open(dir, { now: () => new Date(fast) });
    await ahead.flush();
    for (let i = 0; i < 12; i++) {
      fast += 3600_000;
      await ahead.createBackup('manual');
    }
    await ahead.close();

    // The clock is corrected: the coach's new backups must survive the retention rule.
    const store = await open(dir);
    const made = await store.createBackup('manual');
    const ids = (await store.listBackups()).backups.map((b) => b.id);
    expect(ids).toContain(made.id);
    expect(ids[0]).toBe(made.id);
  });
});
