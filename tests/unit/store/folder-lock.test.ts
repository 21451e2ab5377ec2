import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreLockedError } from '../../../src/main/store/errors';
import { LOCK_FILE } from '../../../src/main/store/folder-lock';
import { exited, startChild } from './child-process';
import { mode, open, tempDir } from './helpers';

const readLock = async (dir: string) => JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'));

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
    expect(result).toEqual({
      ok: false,
      code: 'store_locked',
      message: `This data folder is already open in Circlekeeper (process ${process.pid}). Close it there first.`,
    });
  });

  it('is refused here while another process holds the folder, and free once it closes', async () => {
    const dir = await tempDir();
    const { child, report } = startChild(dir, 'hold');
    const held = await report;
    expect(held.ok).toBe(true);
    const refusal = await open(dir).catch((err: unknown) => err);
    expect(refusal).toBeInstanceOf(StoreLockedError);
    expect((refusal as StoreLockedError).message).toBe(
      `This data folder is already open in Circlekeeper (process ${held.pid}). Close it there first.`,
    );
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

  it('respects a lock from a live process, even without a store in it', async () => {
    const dir = await tempDir();
    // pid 1 is always alive; whether we may signal it or not (EPERM), it counts as alive.
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, hostname: hostname(), startedAt: 'x' }));
    await expect(open(dir)).rejects.toThrow('This data folder is already open in Circlekeeper (process 1). Close it there first.');
    expect((await readLock(dir)).pid).toBe(1);
  });

  it('respects a lock taken on another machine, naming it', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 999999, hostname: 'other-laptop', startedAt: 'x' }));
    await expect(open(dir)).rejects.toThrow('(process 999999 on other-laptop)');
  });
});
