import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreLockedError } from '../../../src/main/store/errors';
import { LOCK_FILE } from '../../../src/main/store/folder-lock';
import { exited, startChild } from './child-process';
import { mode, open, tempDir } from './helpers';

const readLock = async (dir: string) => JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'));

const escapeRegExp = (text: string): string => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');

/** The refusal names the holder and says how to get out if it is really gone. */
const lockedBy = (pid: number | string, dir: string): RegExp =>
  new RegExp(
    `^This data folder is already open in Circlekeeper \\(process ${pid}, since \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)\\. ` +
      `Close Circlekeeper there first\\. If no Circlekeeper is running there .* delete the file ${escapeRegExp(path.join(dir, LOCK_FILE))} and start again\\.$`,
  );

/** A lock as an older version (or another program) would write it, naming only a pid. */
const writeLock = (dir: string, owner: object) => fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(owner));

describe('data folder lock', () => {
  it('holds our pid, host and start time, with mode 0600, and is removed on close', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const lock = await readLock(dir);
    expect(lock).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(Date.parse(lock.startedAt)).not.toBeNaN();
    expect(await mode(path.join(dir, LOCK_FILE))).toBe(0o600);
    await store.close();
    await expect(fs.access(path.join(dir, LOCK_FILE))).rejects.toThrow();
  });

  it('refuses a second store on the same folder in the same process', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    const second = open(dir);
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(second).rejects.toThrow(/already open/);
    // The refusal must not have disturbed the first store.
    await first.updateIndex((d) => void (d.settings.coachName = 'Still mine'));
    await first.close();
    const third = await open(dir);
    expect(third.index().settings.coachName).toBe('Still mine');
  });

  it('treats another spelling of the same folder (a symlink) as the same folder', async () => {
    const dir = await tempDir();
    const alias = `${dir}-alias`;
    await fs.symlink(dir, alias);
    try {
      await open(dir);
      await expect(open(alias)).rejects.toBeInstanceOf(StoreLockedError);
      expect((await readLock(dir)).pid).toBe(process.pid);
    } finally {
      await fs.rm(alias);
    }
  });

  it('refuses a second process with a message naming the process that has it open', async () => {
    const dir = await tempDir();
    await open(dir);
    const { child, report } = startChild(dir, 'try');
    const result = await report;
    await exited(child);
    expect(result).toMatchObject({ ok: false, code: 'store_locked' });
    expect((result as { message: string }).message).toMatch(lockedBy(process.pid, await fs.realpath(dir)));
  });

  it('is refused here while another process holds the folder, and free once it closes', async () => {
    const dir = await tempDir();
    const { child, report } = startChild(dir, 'hold');
    const held = await report;
    expect(held.ok).toBe(true);
    const refusal = await open(dir).catch((err: unknown) => err);
    expect(refusal).toBeInstanceOf(StoreLockedError);
    expect((refusal as StoreLockedError).message).toMatch(lockedBy(held.pid!, await fs.realpath(dir)));
    child.stdin!.end();
    await exited(child);
    const store = await open(dir);
    expect(store.index().settings.coachTimeZone).toBe('UTC');
  }, 30_000);

  it('takes over a stale lock left by a process that no longer exists', async () => {
    const dir = await tempDir();
    const dead = spawnSync(process.execPath, ['-e', '']);
    expect(dead.pid).toBeGreaterThan(0);
    await fs.writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: dead.pid, hostname: hostname(), startedAt: '2025-01-01T00:00:00.000Z' }),
    );
    const store = await open(dir);
    expect((await readLock(dir)).pid).toBe(process.pid);
    await store.close();
  });

  it('clears old leftovers of an interrupted lock attempt, but not fresh ones', async () => {
    const dir = await tempDir();
    const old = path.join(dir, '.lock.0123456789ab.new');
    const fresh = path.join(dir, '.lock.ba9876543210.stale');
    await fs.writeFile(old, '{}');
    await fs.writeFile(fresh, '{}');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await fs.utimes(old, longAgo, longAgo);
    await open(dir);
    const names = await fs.readdir(dir);
    expect(names).not.toContain('.lock.0123456789ab.new');
    expect(names).toContain('.lock.ba9876543210.stale');
  });

  it('takes over a lock naming a live process that is not Circlekeeper (PID 1, a sleep)', async () => {
    const sleeper = spawn('sleep', ['30']);
    try {
      for (const pid of [1, sleeper.pid!]) {
        const dir = await tempDir();
        await writeLock(dir, { pid, hostname: hostname(), startedAt: '2025-01-01T00:00:00.000Z' });
        const store = await open(dir);
        expect((await readLock(dir)).pid).toBe(process.pid);
        await store.close();
      }
    } finally {
      sleeper.kill();
    }
  });

  it('takes over a lock whose PID is now another process than the one that locked (start time differs)', async () => {
    const dir = await tempDir();
    // Our own parent is alive and may well be node, but it did not start at this moment.
    await writeLock(dir, { pid: process.ppid, hostname: hostname(), startedAt: '2025-01-01T00:00:00.000Z', processStart: 'ticks:1', token: 'a' });
    const store = await open(dir);
    expect((await readLock(dir)).pid).toBe(process.pid);
    await store.close();
  });

  it('takes over a lock from before a reboot (another boot id), even if its PID and start time match a live process', async () => {
    const boot = await fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => null);
    if (boot === null) return void console.log('skipped: this platform has no boot id');
    const held = await tempDir();
    const holder = startChild(held, 'hold');
    try {
      expect((await holder.report).ok).toBe(true);
      const live = await readLock(held);
      const dir = await tempDir();
      await writeLock(dir, { ...live, bootId: '00000000-0000-0000-0000-000000000000' });
      const store = await open(dir);
      expect((await readLock(dir)).pid).toBe(process.pid);
      await store.close();
      // The same lock in this boot is respected.
      const other = await tempDir();
      await writeLock(other, live);
      await expect(open(other)).rejects.toBeInstanceOf(StoreLockedError);
    } finally {
      holder.child.stdin!.end();
      await exited(holder.child);
    }
  }, 30_000);

  it.each([0, -1, 1.5, 2 ** 40, Number.MAX_SAFE_INTEGER])('never counts PID %s as alive', async (pid) => {
    const dir = await tempDir();
    await writeLock(dir, { pid, hostname: hostname(), startedAt: '2025-01-01T00:00:00.000Z' });
    const store = await open(dir);
    expect((await readLock(dir)).pid).toBe(process.pid);
    await store.close();
  });

  it('sets aside a folder named .lock instead of crashing, and locks the data folder', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, LOCK_FILE));
    await fs.writeFile(path.join(dir, LOCK_FILE, 'inside.txt'), 'kept');
    const store = await open(dir);
    expect((await readLock(dir)).pid).toBe(process.pid);
    const kept = await fs.readdir(path.join(dir, 'quarantine'));
    expect(kept).toEqual([expect.stringMatching(/-\.lock$/)]);
    expect(await fs.readFile(path.join(dir, 'quarantine', kept[0]!, 'inside.txt'), 'utf8')).toBe('kept');
    await store.close();
  });

  it('respects a lock taken on another machine, naming it and the way out', async () => {
    const dir = await tempDir();
    await writeLock(dir, { pid: 999999, hostname: 'other-laptop', startedAt: '2025-01-01T09:30:00.000Z' });
    await expect(open(dir)).rejects.toThrow(
      'already open in Circlekeeper (process 999999 on the computer "other-laptop", since 2025-01-01 09:30 UTC)',
    );
    await expect(open(dir)).rejects.toThrow(`delete the file ${path.join(await fs.realpath(dir), LOCK_FILE)}`);
  });
});
