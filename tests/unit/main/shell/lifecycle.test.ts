import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, closeStoreBeforeQuit, quitOnSignals } from '../../../../src/main/shell/lifecycle';

class FakeApp extends EventEmitter {
  exits: number[] = [];
  quits = 0;
  constructor(private readonly gotLock = true) {
    super();
  }
  requestSingleInstanceLock() {
    return this.gotLock;
  }
  exit(code: number) {
    this.exits.push(code);
  }
  quit() {
    this.quits += 1;
  }
}

const beforeQuit = (app: FakeApp): boolean => {
  let prevented = false;
  app.emit('before-quit', { preventDefault: () => (prevented = true) });
  return prevented;
};

describe('single instance', () => {
  it('reports a second launch so it can quit', () => {
    expect(claimSingleInstance(new FakeApp(false) as unknown as App, () => null)).toBe(false);
  });

  it('brings the existing window forward when launched again', () => {
    const app = new FakeApp();
    const win = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app as unknown as App, () => win as unknown as BrowserWindow)).toBe(true);
    app.emit('second-instance', {}, ['app', '--data-dir', '/elsewhere'], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('does nothing on a second launch before the window exists', () => {
    const app = new FakeApp();
    claimSingleInstance(app as unknown as App, () => null);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});

describe('quitting', () => {
  it('holds every quit until the store has closed, then exits once', async () => {
    const app = new FakeApp();
    let release!: () => void;
    const store = { close: vi.fn(() => new Promise<void>((r) => (release = r))) };
    const beforeClose = vi.fn();
    closeStoreBeforeQuit(app as unknown as App, store, { log: console, beforeClose });

    expect(beforeQuit(app)).toBe(true);
    expect(store.close).toHaveBeenCalledOnce();
    expect(beforeClose).toHaveBeenCalledOnce();
    await new Promise((r) => setImmediate(r));
    expect(app.exits).toEqual([]);

    // A second quit while closing is held as well (Electron would quit at once otherwise) and does not close twice.
    expect(beforeQuit(app)).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(app.exits).toEqual([]);
    release();
    await new Promise((r) => setImmediate(r));
    expect(app.exits).toEqual([0]);
    expect(store.close).toHaveBeenCalledOnce();
  });

  it('still exits, with a failure code and a log line, when closing fails', async () => {
    const app = new FakeApp();
    const log = { error: vi.fn() };
    closeStoreBeforeQuit(app as unknown as App, { close: async () => Promise.reject(new Error('disk gone')) }, { log });
    beforeQuit(app);
    await new Promise((r) => setImmediate(r));
    expect(app.exits).toEqual([1]);
    expect(log.error).toHaveBeenCalledWith('Circlekeeper could not close its data cleanly:', 'disk gone');
  });

  it('turns SIGINT and SIGTERM into a normal quit', () => {
    const app = new FakeApp();
    const proc = new EventEmitter();
    quitOnSignals(app as unknown as App, proc as unknown as NodeJS.Process);
    proc.emit('SIGTERM');
    proc.emit('SIGINT');
    expect(app.quits).toBe(2);
  });
});
