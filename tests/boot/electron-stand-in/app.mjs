import { EventEmitter } from 'node:events';
import { exitProcess, isExiting, onRequest, record } from './channel.mjs';
import { appName, appPath, appVersion, config, linuxPaths } from './config.mjs';
import { state, liveWindows } from './state.mjs';
import { electronEvent, missing, notReady, strict } from './strict.mjs';

// `app`: start-up (ready arrives after the main script has run, as in
// Electron), the single-instance lock, paths, and Electron's quit sequence:
// quit() emits before-quit (cancellable), closes every window (each 'close'
// cancellable), emits will-quit (cancellable) and quit, then exits 0; exit(code)
// ends the process at once with no events.

let resolveReady;
const readyPromise = new Promise((resolve) => {
  resolveReady = resolve;
});

class App extends EventEmitter {
  isPackaged = config.isPackaged;

  /** Which app events main listens to is part of the record (once() goes through here too). */
  on(event, listener) {
    record('app.on', { event });
    return super.on(event, listener);
  }

  addListener(event, listener) {
    return this.on(event, listener);
  }

  get name() {
    return appName;
  }

  isReady() {
    return state.ready;
  }

  whenReady() {
    return readyPromise;
  }

  getName() {
    return appName;
  }

  getVersion() {
    return appVersion;
  }

  getAppPath() {
    return appPath;
  }

  getPath(name) {
    const paths = linuxPaths();
    if (!(name in paths)) return missing(`app.getPath('${name}')`);
    return paths[name];
  }

  enableSandbox() {
    record('app.enableSandbox', { ready: state.ready });
    if (state.ready) notReady('app.enableSandbox() can only be called before app is ready');
  }

  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock', { granted: config.singleInstance });
    return config.singleInstance;
  }

  quit() {
    record('app.quit');
    if (isExiting()) return;
    const beforeQuit = electronEvent('before-quit');
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    // Quitting closes the windows without a 'window-all-closed' event.
    for (const win of liveWindows()) {
      if (!win.requestClose()) return;
    }
    const willQuit = electronEvent('will-quit');
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', electronEvent('quit'), 0);
    exitProcess(0);
  }

  exit(code = 0) {
    record('app.exit', { code });
    for (const win of liveWindows()) win.destroyWithoutEvents();
    exitProcess(code);
  }
}

const instance = new App();
export const app = strict('app', instance);

/** The window-all-closed default: with no listener Electron quits by itself. */
export function allWindowsClosed() {
  if (isExiting()) return;
  if (instance.listenerCount('window-all-closed') > 0) instance.emit('window-all-closed', electronEvent('window-all-closed'));
  else app.quit();
}

// Ready comes once the main script's first turn is over (and after the loader
// finished), never synchronously with the imports.
setTimeout(() => {
  state.ready = true;
  record('app.ready');
  instance.emit('ready', electronEvent('ready'), {});
  resolveReady();
}, 0);

onRequest('quit', () => {
  // What Cmd+Q, the File > Quit role or a system log-out does.
  app.quit();
});

onRequest('second-instance', ({ argv = [], workingDirectory = process.cwd() }) => {
  instance.emit('second-instance', electronEvent('second-instance'), argv, workingDirectory, {});
});

onRequest('activate', () => {
  instance.emit('activate', electronEvent('activate'), liveWindows().length > 0);
});

