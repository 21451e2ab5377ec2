import { spawn, type ChildProcess } from 'node:child_process';
import { type EventEmitter, once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL_PREFIX, methodNames } from '../../../src/shared/api';
import { openStore } from '../../../src/main/store/open-store';

// Starts the real main entry (src/main/index.ts) against a mocked `electron`,
// with the real store on a temp folder and the real services: the wiring from
// data folder to IPC handler to disk, and the careful quit.

const electron = vi.hoisted(() => ({
  app: undefined as unknown as EventEmitter,
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  windows: [] as { options: { webPreferences: Record<string, unknown> } }[],
  errorBoxes: [] as [string, string][],
  exits: [] as number[],
  powerMonitor: undefined as unknown as EventEmitter,
  menu: undefined as unknown,
  userData: '',
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeBrowserWindow extends Emitter {
    static getAllWindows = () => electron.windows;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      electron.windows.push(this);
    }
    maximize() {}
    show() {}
    isDestroyed() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 820 };
    }
    async loadFile() {}
    async loadURL() {}
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    sandboxEnabled: false,
    enableSandbox: () => (app.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    whenReady: async () => undefined,
    getPath: () => electron.userData,
    getVersion: () => '9.9.9',
    quit: () => app.emit('before-quit', { preventDefault: () => undefined }),
    exit: (code: number) => electron.exits.push(code),
  });
  electron.app = app;
  electron.powerMonitor = new Emitter();
  const session = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    webRequest: { onHeadersReceived: () => undefined },
    setSpellCheckerEnabled: () => undefined,
  };
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => electron.errorBoxes.push([title, message]),
      showMessageBox: async () => ({ response: 0 }),
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => electron.handlers.set(channel, fn),
      removeHandler: (channel: string) => electron.handlers.delete(channel),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (electron.menu = m) },
    nativeTheme: { shouldUseDarkColors: false },
    powerMonitor: electron.powerMonitor,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: session },
    shell: { openExternal: async () => undefined },
  };
});

// The entry computes its page from its own location: src/main -> src/renderer/index.html.
const OUR_PAGE = pathToFileURL(join(import.meta.dirname, '../../../src/renderer/index.html')).href;
const ours = { senderFrame: { url: `${OUR_PAGE}#/settings`, parent: null } };

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const call = (method: string, input: unknown, event: unknown = ours) => {
  const handler = electron.handlers.get(`${IPC_CHANNEL_PREFIX}${method}`);
  if (!handler) throw new Error(`${method} is not registered`);
  return handler(event, input);
};

describe('main entry', () => {
  let dataDir: string;
  let argv: string[];
  let signalListeners: Map<string, unknown[]>;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ck-main-'));
    electron.userData = join(dataDir, 'user-data-unused');
    electron.handlers.clear();
    electron.windows.length = 0;
    electron.errorBoxes.length = 0;
    electron.exits.length = 0;
    argv = process.argv;
    process.argv = ['electron', '.', '--data-dir', dataDir];
    signalListeners = new Map(['SIGINT', 'SIGTERM'].map((s) => [s, process.listeners(s as NodeJS.Signals)]));
    vi.resetModules();
  });

  afterEach(async () => {
    process.argv = argv;
    for (const [signal, before] of signalListeners) {
      for (const listener of process.listeners(signal as NodeJS.Signals)) {
        if (!before.includes(listener)) process.off(signal, listener);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens the store, serves every method over IPC, and closes the store on quit', async () => {
    await import('../../../src/main/index');
    await until(() => electron.windows.length === 1, 'the window');

    expect([...electron.handlers.keys()].sort()).toEqual(methodNames.map((m) => `${IPC_CHANNEL_PREFIX}${m}`).sort());
    expect(electron.windows[0]!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(String(electron.windows[0]!.options.webPreferences.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(electron.menu).toBeDefined();
    expect((electron.app as unknown as { sandboxEnabled: boolean }).sandboxEnabled).toBe(true);

    const info = (await call('app.info', {})) as { ok: boolean; value: { version: string; dataDir: string } };
    expect(info).toMatchObject({ ok: true, value: { version: '9.9.9', dataDir } });

    const current = (await call('settings.get', {})) as { ok: true; value: { coachTimeZone: string } };
    const saved = await call('settings.update', { coachName: 'Robin Ashby', coachTimeZone: current.value.coachTimeZone });
    expect(saved).toMatchObject({ ok: true, value: { coachName: 'Robin Ashby' } });

    // The notes lock when the machine suspends or its screen locks (real key derivation: main has no test-only cost).
    const setUp = await call('vault.setUp', { passphrase: 'glacier otter lantern mosaic' });
    expect(setUp).toMatchObject({ ok: true, value: { status: { state: 'unlocked' } } });
    for (const event of ['suspend', 'lock-screen']) {
      await call('vault.unlock', { method: 'passphrase', passphrase: 'glacier otter lantern mosaic' });
      electron.powerMonitor.emit(event);
      expect(await call('vault.status', {}), event).toMatchObject({ ok: true, value: { state: 'locked' } });
    }

    await expect(call('settings.get', {}, { senderFrame: { url: 'https://evil.example/', parent: null } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    electron.app.emit('before-quit', { preventDefault: () => undefined });
    await until(() => electron.exits.length > 0, 'the app to exit');
    expect(electron.exits).toEqual([0]);
    expect(electron.handlers.size).toBe(0);

    // The lock is released and the write is on disk: a fresh store sees it.
    const reopened = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
    try {
      expect(reopened.index().settings.coachName).toBe('Robin Ashby');
    } finally {
      await reopened.close();
    }
  });

  it('refuses a data folder another process has open, with a readable message and no window', async () => {
    const holder = await holdFolderInAnotherProcess(dataDir);
    try {
      await import('../../../src/main/index');
      await until(() => electron.exits.length > 0, 'the app to exit');
      expect(electron.exits).toEqual([1]);
      expect(electron.windows).toHaveLength(0);
      expect(electron.handlers.size).toBe(0);
      expect(electron.errorBoxes).toHaveLength(1);
      const [title, message] = electron.errorBoxes[0]!;
      expect(title).toBe('Circlekeeper is already open');
      expect(message).toContain(`process ${holder.pid}`);
      expect(message).toContain(dataDir);
    } finally {
      holder.kill('SIGTERM');
      await once(holder, 'exit');
    }
  });
});

/** A second process that opens the store on the folder and keeps it open until killed. */
async function holdFolderInAnotherProcess(dir: string): Promise<ChildProcess> {
  const script = `
    import { openStore } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../../src/main/store/open-store.ts')).href)};
    const store = await openStore({ dataDir: process.argv[1], defaultTimeZone: 'UTC', backupIntervalMs: 0 });
    process.on('SIGTERM', () => store.close().then(() => process.exit(0)));
    console.log('ready');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
  });
  return child;
}
