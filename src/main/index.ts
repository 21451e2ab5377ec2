import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerMonitor, session, shell } from 'electron';
import { dispatch } from './dispatch';
import { registerIpc } from './ipc';
import { watchBackupProblem } from './services/backup-news';
import { createMainEmitter } from './services/main-emitter';
import { createServices } from './services/registry';
import { VaultKeeper } from './services/vault-keeper';
import { watchVaultIdle } from './services/vault-idle';
import { applyCspHeader, denyAllPermissions, guardAllWebContents, limitSpellchecker } from './shell/security';
import { rendererCspHeader, rendererDevCsp } from './shell/csp';
import { earlierDefaultDataDirs, resolveDataDir } from './shell/data-dir';
import { claimSingleInstance, closeStoreBeforeQuit, quitOnSignals } from './shell/lifecycle';
import { buildMenuTemplate } from './shell/menu';
import { appExportBuilder } from './shell/export-workers';
import { electronPlatform } from './shell/platform';
import { isTrustedRendererUrl, mainBundleDir, resolveRendererEntry } from './shell/renderer-location';
import { describeStartupFailure } from './shell/store-failure';
import { createMainWindow, spellcheckAllowed } from './shell/window';
import { sendToWindows } from './shell/window-events';
import { openStore } from './store/open-store';
import type { DataStore } from './store/types';

// App lifecycle: one instance, data opened before any window, IPC over the one
// service registry, and a careful quit. Circlekeeper makes no network requests
// of its own: no auto-update, no telemetry, no crash reporting, and no
// spell-check dictionary downloads (see shell/window.ts).

const HOUR_MS = 60 * 60 * 1000;
const log = console;
const mainDir = mainBundleDir(import.meta.url);
const entry = resolveRendererEntry({
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  isPackaged: app.isPackaged,
  mainDir,
});
const isDev = entry.kind === 'dev-server';

let mainWindow: BrowserWindow | null = null;

// Guards go on before anything can create web contents. enableSandbox makes the
// OS sandbox the default for every renderer, not only the windows we configure.
app.enableSandbox();
guardAllWebContents(app, { openExternal: (url) => shell.openExternal(url), log });

if (!claimSingleInstance(app, () => mainWindow)) {
  app.quit();
} else {
  void start().catch((err: unknown) => {
    log.error('Circlekeeper could not start:', err);
    dialog.showErrorBox('Circlekeeper could not start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  // Resolved before ready so a bad --data-dir is reported before any window appears.
  const dataDir = resolveDataDir({
    argv: process.argv,
    env: process.env,
    userDataPath: app.getPath('userData'),
    cwd: process.cwd(),
    earlierDefaults: earlierDefaultDataDirs(app.getPath('appData')),
    exists: existsSync,
  });
  await app.whenReady();

  denyAllPermissions(session.defaultSession);
  limitSpellchecker(session.defaultSession, spellcheckAllowed(process.platform));
  applyCspHeader(session.defaultSession, isDev ? rendererDevCsp(entry.url) : rendererCspHeader());

  // News for the window (the contract's events), to every open window.
  const events = createMainEmitter(sendToWindows(() => BrowserWindow.getAllWindows()), log);
  let backupNews: ReturnType<typeof watchBackupProblem> | null = null;

  let store: DataStore;
  try {
    store = await openStore({
      dataDir,
      defaultTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      backupIntervalMs: HOUR_MS,
      onBackgroundError: (err) => {
        log.error('Circlekeeper store:', err);
        // The store has just kept the failure as backupProblem: tell the window now.
        backupNews?.check();
      },
    });
  } catch (err) {
    // Never an empty app over real data: say what is wrong and stop.
    const failure = describeStartupFailure(err, dataDir);
    log.error(failure.title, err);
    dialog.showErrorBox(failure.title, failure.message);
    app.exit(1);
    return;
  }

  // The notes' key lives here, in main: locked on suspend, when the screen locks, when idle and on quit.
  const vault = new VaultKeeper({
    store,
    now: () => new Date(),
    newId: () => randomUUID(),
    personalWords: () => [store.index().settings.coachName],
  });
  backupNews = watchBackupProblem(() => store.backupProblem, events);
  const stopIdleLock = watchVaultIdle(vault, () => events.emit('vault.locked', { reason: 'idle' }));
  powerMonitor.on('suspend', () => {
    vault.lockNow();
    events.emit('vault.locked', { reason: 'suspend' });
  });
  powerMonitor.on('lock-screen', () => {
    vault.lockNow();
    events.emit('vault.locked', { reason: 'screen-lock' });
  });
  const services = createServices({
    store,
    now: () => new Date(),
    newId: () => randomUUID(),
    appVersion: app.getVersion(),
    platform: electronPlatform(() => mainWindow),
    events,
    vault,
    exportBuilder: appExportBuilder(mainDir, log),
  });
  const unregisterIpc = registerIpc(services, { isTrustedUrl: (url) => isTrustedRendererUrl(url, entry), log });
  closeStoreBeforeQuit(app, store, {
    log,
    beforeClose: () => {
      stopIdleLock();
      backupNews?.stop();
      vault.lockNow();
      events.emit('vault.locked', { reason: 'quit' });
      unregisterIpc();
    },
  });
  quitOnSignals(app);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: 'Circlekeeper',
        isMac: process.platform === 'darwin',
        isDev,
        onAbout: () => showAbout(dataDir),
        // Through the contract's own handler, so the menu locks exactly as vault.lock does and the window hears vault.locked.
        onLockNotes: () => void dispatch(services, 'vault.lock', {}, log),
      }),
    ),
  );

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      entry,
      preloadPath: join(mainDir, '..', 'preload', 'index.cjs'),
      dataDir,
      ...windowIcon(),
      log,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** Linux shows the window icon in the task bar; macOS and Windows take it from the package. */
function windowIcon(): { iconPath?: string } {
  if (process.platform !== 'linux') return {};
  const path = join(mainDir, '..', '..', 'resources', 'icon.png');
  return existsSync(path) ? { iconPath: path } : {};
}

function showAbout(dataDir: string): void {
  const options = {
    type: 'info' as const,
    title: 'About Circlekeeper',
    message: `Circlekeeper ${app.getVersion()}`,
    detail:
      'A private workspace for coaches who run peer coaching groups.\n\n' +
      'Everything stays on this computer: Circlekeeper sends nothing anywhere.\n\n' +
      `Your data folder: ${dataDir}`,
    buttons: ['OK'],
  };
  if (mainWindow) void dialog.showMessageBox(mainWindow, options);
  else void dialog.showMessageBox(options);
}
