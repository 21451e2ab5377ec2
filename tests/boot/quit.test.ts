import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open-store';
import { sampleGroupInput } from '../support/sample-records';
import { removeTempDirs } from '../support/temp-dir';
import { bootMain, stopAllBooted, type BootedMain, type BootRecord, type InvokeOutcome } from './support/booted-main';
import { bootOnFreshFolder, groupOnDisk, isLocked } from './support/fixtures';

// However the built app is asked to stop (the menu, a signal, the window's
// close button, twice in a row), it finishes its writes, releases the folder
// and exits 0.

afterEach(async () => {
  await stopAllBooted();
  await removeTempDirs();
});

/** Starts a group write and returns at once, as a page that does not wait would. */
function writeWithoutWaiting(app: BootedMain, name: string): Promise<InvokeOutcome> {
  return app.invoke('groups.create', sampleGroupInput({ name }));
}

/** The id of a group the app said it created. */
function createdId(outcome: InvokeOutcome): string {
  expect(outcome).toMatchObject({ kind: 'result', value: { ok: true } });
  return ((outcome as { value: { value: { id: string } } }).value.value).id;
}

async function expectCleanExit(app: BootedMain, dataDir: string): Promise<void> {
  expect(await app.exited, app.diagnostics()).toEqual({ code: 0, signal: null, reported: 0 });
  expect(isLocked(dataDir), 'the .lock file is gone').toBe(false);
  expect(app.problems).toEqual([]);
}

describe('quitting the built app', () => {
  it('from the menu: the write is on disk, the IPC handlers are gone first, and the folder opens again', async () => {
    const { booted: app, dataDir } = await bootOnFreshFolder();
    const id = createdId(await writeWithoutWaiting(app, 'Menu Quit Circle'));

    const from = app.records.length;
    await app.request('click-menu', { path: ['File', 'quit'] });
    await expectCleanExit(app, dataDir);
    const after = app.records.slice(from).map((r) => r.api);
    expect(after.filter((api) => api === 'ipcMain.removeHandler')).toHaveLength(app.recordsOf('ipcMain.handle').length);
    expect(after.at(-2)).toBe('app.exit');

    expect(groupOnDisk(dataDir, id).group.name).toBe('Menu Quit Circle');
    const reopened = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
    try {
      expect(reopened.group(id)?.group.name).toBe('Menu Quit Circle');
    } finally {
      await reopened.close();
    }
  });

  it('finishes a write still in flight before it exits', async () => {
    const { booted: app, dataDir } = await bootOnFreshFolder();
    const write = writeWithoutWaiting(app, 'In Flight Circle');
    app.post('quit');
    const id = createdId(await write);
    await expectCleanExit(app, dataDir);
    expect(groupOnDisk(dataDir, id).group.name).toBe('In Flight Circle');
  });

  it('does not cut the flush short when asked to quit again while closing', async () => {
    const { booted: app, dataDir } = await bootOnFreshFolder();
    const write = writeWithoutWaiting(app, 'Impatient Circle');
    // Cmd+Q pressed twice, or a second SIGTERM: Electron quits on any before-quit nobody prevents.
    app.post('quit');
    app.post('quit');
    const id = createdId(await write);
    await expectCleanExit(app, dataDir);
    expect(groupOnDisk(dataDir, id).group.name).toBe('Impatient Circle');
  });

  it('on SIGTERM and SIGINT goes through the same careful quit', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { booted: app, dataDir } = await bootOnFreshFolder();
      const write = writeWithoutWaiting(app, `${signal} Circle`);
      await app.waitForRecord('page.invoke');
      app.signal(signal);
      const id = createdId(await write);
      await expectCleanExit(app, dataDir);
      expect(app.recordsOf('app.quit'), signal).toHaveLength(1);
      expect(groupOnDisk(dataDir, id).group.name).toBe(`${signal} Circle`);
    }
  });

  it('when the window is closed on Linux: quits carefully and remembers where the window was', async () => {
    const { booted: app, dataDir } = await bootOnFreshFolder();
    await app.request('move-window', { bounds: { x: 40, y: 60, width: 1100, height: 700 } });
    expect(await app.request('close-window')).toEqual({ closed: true });
    await expectCleanExit(app, dataDir);
    const saved = JSON.parse(readFileSync(join(dataDir, 'windowState.json'), 'utf8')) as Record<string, unknown>;
    expect(saved).toEqual({ x: 40, y: 60, width: 1100, height: 700, maximized: false });
  });

  it('comes back where it was left: the next start places the window from windowState.json', async () => {
    const first = await bootOnFreshFolder();
    await first.booted.request('move-window', { bounds: { x: 40, y: 60, width: 1100, height: 700 } });
    await first.booted.request('close-window');
    await expectCleanExit(first.booted, first.dataDir);
    expect(existsSync(join(first.dataDir, 'windowState.json'))).toBe(true);

    const second = bootMain({ args: ['--data-dir', first.dataDir], standIn: { home: first.home } });
    await second.started();
    const [opened] = second.recordsOf('new BrowserWindow') as ({ options: Record<string, unknown> } & BootRecord)[];
    expect(opened!.options).toMatchObject({ x: 40, y: 60, width: 1100, height: 700 });
    second.post('quit');
    await expectCleanExit(second, first.dataDir);
  });
});
