import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashTree, makeTempDir, removeTempDirs } from '../support/temp-dir';
import { bootMain, stopAllBooted, type BootedMain } from './support/booted-main';
import { INTERNALS, lockPath } from './support/fixtures';
import { holdFolder } from './support/holder';

// When the built app cannot open its data, the coach gets one error box that
// says why in plain words, no window opens, and the process exits non-zero.

afterEach(async () => {
  await stopAllBooted();
  await removeTempDirs();
});

async function bootAndExit(args: string[], home: string): Promise<{ booted: BootedMain; title: string; message: string }> {
  const booted = bootMain({ args, standIn: { home } });
  const exit = await booted.exited;
  expect(exit, booted.diagnostics()).toEqual({ code: 1, signal: null, reported: 1 });
  const boxes = booted.recordsOf('dialog.showErrorBox');
  expect(boxes, booted.diagnostics()).toHaveLength(1);
  const [title, message] = boxes[0]!.args as [string, string];
  // Nothing of the app came up.
  expect(booted.recordsOf('new BrowserWindow')).toEqual([]);
  expect(booted.recordsOf('ipcMain.handle')).toEqual([]);
  expect(booted.problems).toEqual([]);
  return { booted, title, message };
}

describe('the built app when it cannot open its data', () => {
  it('says so when --data-dir names a file, and leaves the file alone', async () => {
    const home = await makeTempDir('ck-boot-home-');
    const file = join(await makeTempDir('ck-boot-'), 'notes.txt');
    writeFileSync(file, 'my own notes\n');

    const { title, message } = await bootAndExit(['--data-dir', file], home);
    expect(title).toBe('Circlekeeper could not open your data');
    expect(message).toContain(file);
    // The store may say it first ("… is not a folder"), or the shell's file-system words ("… is a file, not a folder").
    expect(message).toMatch(/\bnot a folder\b/);
    expect(message).not.toMatch(INTERNALS);
    expect(readFileSync(file, 'utf8')).toBe('my own notes\n');
  });

  it('says how to give a folder when --data-dir has none, before any window and without touching the default folder', async () => {
    const home = await makeTempDir('ck-boot-home-');
    const { booted, title, message } = await bootAndExit(['--data-dir'], home);
    expect(title).toBe('Circlekeeper could not start');
    expect(message).toMatch(/--data-dir needs a folder, for example --data-dir \//);
    expect(message).not.toMatch(INTERNALS);
    // Before ready, Electron prints an error box on Linux instead of drawing it; both are fine.
    expect(booted.recordsOf('dialog.showErrorBox')[0]).toMatchObject({ ready: false });
    expect(existsSync(join(home, '.config'))).toBe(false);
  });

  it('refuses a folder another live Circlekeeper has open, and leaves that one’s lock alone', async () => {
    const home = await makeTempDir('ck-boot-home-');
    const dataDir = join(await makeTempDir('ck-boot-data-'), 'data');
    const holder = await holdFolder(dataDir);
    try {
      const lockBefore = readFileSync(lockPath(dataDir), 'utf8');
      const treeBefore = await hashTree(dataDir);

      const { title, message } = await bootAndExit(['--data-dir', dataDir], home);
      expect(title).toBe('Circlekeeper is already open');
      expect(message).toContain(dataDir);
      expect(message).toMatch(/already open/);
      expect(message).not.toMatch(INTERNALS);
      expect(readFileSync(lockPath(dataDir), 'utf8')).toBe(lockBefore);
      expect(await hashTree(dataDir)).toEqual(treeBefore);
    } finally {
      await holder.release();
    }
  });

  it('hands a second launch to the running app and quits without opening any data', async () => {
    const home = await makeTempDir('ck-boot-home-');
    const dataDir = join(await makeTempDir('ck-boot-data-'), 'data');
    const booted = bootMain({ args: ['--data-dir', dataDir], standIn: { home, singleInstance: false } });
    expect(await booted.exited, booted.diagnostics()).toEqual({ code: 0, signal: null, reported: 0 });
    expect(booted.recordsOf('app.quit')).toHaveLength(1);
    expect(booted.recordsOf('new BrowserWindow')).toEqual([]);
    expect(booted.recordsOf('ipcMain.handle')).toEqual([]);
    expect(booted.recordsOf('dialog.showErrorBox')).toEqual([]);
    expect(existsSync(dataDir)).toBe(false);
    expect(readdirSync(home)).toEqual([]);
    expect(booted.problems).toEqual([]);
  });
});
