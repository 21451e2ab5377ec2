import { BrowserWindow, nativeTheme, screen, type BrowserWindowConstructorOptions } from 'electron';
import type { RendererEntry } from './renderer-location';
import { fitToDisplays, loadWindowState, saveWindowState, type Rect } from './window-state';

// The one main window: its security settings, its remembered place on screen,
// and what it loads.

export const MIN_SIZE = { width: 960, height: 640 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
/** Matches the renderer's page background so the window never flashes white or black. */
export const BACKGROUND = { light: '#f6f7f9', dark: '#16181d' } as const;
const SAVE_DELAY_MS = 500;

/**
 * Spell checking uses the OS checker on macOS. On Windows and Linux Electron
 * would download Hunspell dictionaries from Google's CDN, and Circlekeeper makes
 * no network requests of its own, so there it stays off.
 */
export function spellcheckAllowed(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export interface MainWindowOptionsInput {
  bounds: Rect;
  preloadPath: string;
  dark: boolean;
  spellcheck: boolean;
  iconPath?: string;
}

export function mainWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Circlekeeper',
    show: false,
    backgroundColor: input.dark ? BACKGROUND.dark : BACKGROUND.light,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      // The renderer is treated as untrusted: no Node, its own JS world, the
      // OS sandbox, and no <webview>. webSecurity keeps its default (on).
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      safeDialogs: true,
      spellcheck: input.spellcheck,
    },
  };
}

export interface CreateMainWindowInput {
  entry: RendererEntry;
  preloadPath: string;
  dataDir: string;
  iconPath?: string;
  log: Pick<Console, 'warn'>;
}

export function createMainWindow(input: CreateMainWindowInput): BrowserWindow {
  const saved = loadWindowState(input.dataDir);
  const bounds = fitToDisplays(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
    DEFAULT_SIZE,
    MIN_SIZE,
  );
  const win = new BrowserWindow(
    mainWindowOptions({
      bounds,
      preloadPath: input.preloadPath,
      dark: nativeTheme.shouldUseDarkColors,
      spellcheck: spellcheckAllowed(process.platform),
      ...(input.iconPath ? { iconPath: input.iconPath } : {}),
    }),
  );
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  rememberWindowState(win, input.dataDir, input.log);

  if (input.entry.kind === 'dev-server') void win.loadURL(input.entry.url);
  else void win.loadFile(input.entry.path);
  return win;
}

/** Saves size and position shortly after the coach stops moving the window, and on close. */
export function rememberWindowState(win: BrowserWindow, dataDir: string, log: Pick<Console, 'warn'>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    if (win.isDestroyed()) return;
    try {
      saveWindowState(dataDir, { ...win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (err) {
      // Losing the window position is harmless; say so and carry on.
      log.warn('Could not remember the window position:', err instanceof Error ? err.message : err);
    }
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
