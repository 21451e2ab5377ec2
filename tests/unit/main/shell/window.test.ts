import { type EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  windows: [] as unknown[],
  dark: false,
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeBrowserWindow extends Emitter {
    bounds: { x: number; y: number; width: number; height: number };
    maximized = false;
    shown = false;
    loaded: { file?: string; url?: string } = {};
    constructor(readonly options: Record<string, unknown>) {
      super();
      const { x, y, width, height } = options as Record<string, number>;
      this.bounds = { x: x!, y: y!, width: width!, height: height! };
      electron.windows.push(this);
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    show() {
      this.shown = true;
    }
    isDestroyed() {
      return false;
    }
    getNormalBounds() {
      return this.bounds;
    }
    async loadFile(file: string) {
      this.loaded = { file };
    }
    async loadURL(url: string) {
      this.loaded = { url };
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    nativeTheme: {
      get shouldUseDarkColors() {
        return electron.dark;
      },
    },
    screen: { getAllDisplays: () => electron.workAreas.map((workArea) => ({ workArea })) },
  };
});

const { BACKGROUND, createMainWindow, mainWindowOptions, MIN_SIZE, spellcheckAllowed } = await import('../../../../src/main/shell/window');

type Fake = EventEmitter & {
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  bounds: { x: number; y: number; width: number; height: number };
  maximized: boolean;
  shown: boolean;
  loaded: { file?: string; url?: string };
};

const fileEntry = { kind: 'file', path: '/app/out/renderer/index.html', url: 'file:///app/out/renderer/index.html' } as const;
const log = { warn: vi.fn() };

describe('main window options', () => {
  const options = mainWindowOptions({
    bounds: { x: 0, y: 0, width: 1280, height: 820 },
    preloadPath: '/app/out/preload/index.cjs',
    dark: false,
    spellcheck: false,
  });

  it('isolates and sandboxes the renderer with no Node and no webview', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('leaves web security and insecure-content protections at their safe defaults', () => {
    const prefs = options.webPreferences as Record<string, unknown>;
    expect(prefs).not.toHaveProperty('webSecurity');
    expect(prefs).not.toHaveProperty('allowRunningInsecureContent');
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('waits to be shown, has a sensible minimum size and follows the theme', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBe(MIN_SIZE.width);
    expect(options.minHeight).toBe(MIN_SIZE.height);
    expect(options.backgroundColor).toBe(BACKGROUND.light);
    expect(mainWindowOptions({ bounds: options as never, preloadPath: 'p', dark: true, spellcheck: false }).backgroundColor).toBe(BACKGROUND.dark);
  });
});

describe('spell checking', () => {
  it('uses the OS checker on macOS only, since elsewhere it would download dictionaries', () => {
    expect(spellcheckAllowed('darwin')).toBe(true);
    expect(spellcheckAllowed('linux')).toBe(false);
    expect(spellcheckAllowed('win32')).toBe(false);
    expect(mainWindowOptions({ bounds: { x: 0, y: 0, width: 1, height: 1 }, preloadPath: 'p', dark: false, spellcheck: true }).webPreferences?.spellcheck).toBe(true);
  });
});

describe('createMainWindow', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ck-window-'));
    electron.windows.length = 0;
    electron.dark = false;
    vi.useFakeTimers();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(dataDir, { recursive: true, force: true });
  });

  const create = (entry: Parameters<typeof createMainWindow>[0]['entry'] = fileEntry) =>
    createMainWindow({ entry, preloadPath: '/app/out/preload/index.cjs', dataDir, log }) as unknown as Fake;

  it('loads the built page, and shows the window only when it is ready', () => {
    const win = create();
    expect(win.loaded).toEqual({ file: fileEntry.path });
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('loads the dev server in development', () => {
    const win = create({ kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(win.loaded).toEqual({ url: 'http://localhost:5173/' });
  });

  it('uses the dark background when the system is dark', () => {
    electron.dark = true;
    expect(create().options.backgroundColor).toBe(BACKGROUND.dark);
  });

  it('restores the remembered size, position and maximised state', async () => {
    await writeFile(join(dataDir, 'windowState.json'), JSON.stringify({ x: 100, y: 50, width: 1000, height: 700, maximized: true }));
    const win = create();
    expect(win.bounds).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
    expect(win.maximized).toBe(true);
  });

  it('saves the position after moving stops, and again on close', async () => {
    const win = create();
    win.bounds = { x: 200, y: 100, width: 1100, height: 760 };
    win.emit('move');
    win.emit('resize');
    await expect(readFile(join(dataDir, 'windowState.json'), 'utf8')).rejects.toThrow();
    vi.advanceTimersByTime(600);
    expect(JSON.parse(await readFile(join(dataDir, 'windowState.json'), 'utf8'))).toEqual({
      x: 200,
      y: 100,
      width: 1100,
      height: 760,
      maximized: false,
    });
    win.bounds = { x: 300, y: 100, width: 1100, height: 760 };
    win.emit('close');
    expect(JSON.parse(await readFile(join(dataDir, 'windowState.json'), 'utf8'))).toMatchObject({ x: 300 });
  });

  it('carries on, with a warning, when the state cannot be saved', async () => {
    const win = create();
    await rm(dataDir, { recursive: true, force: true });
    expect(() => win.emit('close')).not.toThrow();
    expect(log.warn).toHaveBeenCalled();
  });
});
