import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onRequest, record } from './channel.mjs';
import { app, allWindowsClosed } from './app.mjs';
import { appPath } from './config.mjs';
import { liveWindows, state } from './state.mjs';
import { describe, electronEvent, notReady, REF, strict } from './strict.mjs';

// BrowserWindow and its webContents. Nothing is drawn; what main asks for is
// recorded, and the page "loads" only if its file exists (as Chromium would
// fail with ERR_FILE_NOT_FOUND). The test drives what a user or a page would
// do: close the window, navigate, open a window, attach a <webview>.

class WebContents extends EventEmitter {
  constructor(win) {
    super();
    this.id = state.nextContentsId++;
    this[REF] = `WebContents#${this.id}`;
    this.window = win;
    this.url = '';
    this.windowOpenHandler = null;
  }

  getURL() {
    return this.url;
  }

  isDestroyed() {
    return this.window.isDestroyed();
  }

  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler', { contents: this[REF] });
    this.windowOpenHandler = handler;
  }

  /** Main-to-window messages (notices, events): recorded generically by channel. */
  send(channel, ...args) {
    record('webContents.send', { contents: this[REF], channel, args: describe(args) });
    if (this.isDestroyed()) throw new Error('Object has been destroyed');
  }
}

class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return liveWindows();
  }

  static getFocusedWindow() {
    return liveWindows().find((win) => win.focused) ?? null;
  }

  constructor(options = {}) {
    super();
    if (!state.ready) notReady('Cannot create BrowserWindow before app is ready');
    this.id = state.nextWindowId++;
    this[REF] = `BrowserWindow#${this.id}`;
    this.options = options;
    this.destroyed = false;
    this.shown = false;
    this.focused = false;
    this.maximized = false;
    this.minimized = false;
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    record('new BrowserWindow', { window: this[REF], options: describe(options) });
    const proxied = strict('BrowserWindow', this);
    this.webContents = strict('webContents', new WebContents(proxied));
    state.windows.push(proxied);
    app.emit('web-contents-created', electronEvent('web-contents-created'), this.webContents);
    return proxied;
  }

  isDestroyed() {
    return this.destroyed;
  }

  async loadFile(filePath) {
    const path = isAbsolute(filePath) ? filePath : resolve(appPath, filePath);
    return this.load('BrowserWindow.loadFile', pathToFileURL(path).href, { path, exists: existsSync(path) });
  }

  async loadURL(url) {
    return this.load('BrowserWindow.loadURL', url, {});
  }

  async load(api, url, details) {
    record(api, { window: this[REF], url, ...details });
    if (url.startsWith('file:') && !existsSync(new URL(url))) {
      this.webContents.emit('did-fail-load', electronEvent('did-fail-load'), -6, 'ERR_FILE_NOT_FOUND', url, true);
      throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`);
    }
    this.webContents.url = url;
    setImmediate(() => {
      if (this.destroyed) return;
      this.webContents.emit('did-finish-load', electronEvent('did-finish-load'));
      this.emit('ready-to-show', electronEvent('ready-to-show'));
    });
  }

  show() {
    record('BrowserWindow.show', { window: this[REF] });
    this.shown = true;
    this.focused = true;
  }

  focus() {
    record('BrowserWindow.focus', { window: this[REF] });
    this.focused = true;
  }

  maximize() {
    record('BrowserWindow.maximize', { window: this[REF] });
    this.maximized = true;
  }

  isMaximized() {
    return this.maximized;
  }

  isMinimized() {
    return this.minimized;
  }

  restore() {
    record('BrowserWindow.restore', { window: this[REF] });
    this.minimized = false;
  }

  getNormalBounds() {
    return { ...this.bounds };
  }

  getBounds() {
    return { ...this.bounds };
  }

  /** win.close(): like the user's close button, 'close' may be cancelled. */
  close() {
    record('BrowserWindow.close', { window: this[REF] });
    if (this.requestClose()) allWindowsClosedIfLast();
  }

  destroy() {
    record('BrowserWindow.destroy', { window: this[REF] });
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed', electronEvent('closed'));
    allWindowsClosedIfLast();
  }

  /** Emits 'close'; unless prevented, the window goes and 'closed' follows. False when prevented. */
  requestClose() {
    if (this.destroyed) return true;
    const event = electronEvent('close');
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.emit('closed', electronEvent('closed'));
    return true;
  }

  /** app.exit(): windows vanish with no events. */
  destroyWithoutEvents() {
    this.destroyed = true;
  }
}

function allWindowsClosedIfLast() {
  if (liveWindows().length === 0) allWindowsClosed();
}

function windowFor(id) {
  const win = id === undefined ? liveWindows()[0] : state.windows.find((w) => w.id === id);
  if (!win) throw new Error(id === undefined ? 'There is no open window' : `There is no window ${id}`);
  return win;
}

onRequest('close-window', ({ window }) => {
  // The title bar's close button.
  const win = windowFor(window);
  if (win.requestClose()) allWindowsClosedIfLast();
  return { closed: win.isDestroyed() };
});

onRequest('move-window', ({ window, bounds }) => {
  const win = windowFor(window);
  win.bounds = { ...win.bounds, ...bounds };
  win.emit('move', electronEvent('move'));
  win.emit('resize', electronEvent('resize'));
});

onRequest('navigate', ({ window, url, event = 'will-navigate' }) => {
  // A link click or location change in the page (or a server redirect).
  const contents = windowFor(window).webContents;
  const navigation = electronEvent(event, { url, isMainFrame: true, isSameDocument: false });
  contents.emit(event, navigation, url);
  return { prevented: navigation.defaultPrevented };
});

onRequest('open-window', ({ window, url, disposition = 'foreground-tab' }) => {
  // window.open() or a target=_blank link in the page.
  const contents = windowFor(window).webContents;
  if (!contents.windowOpenHandler) return { action: 'allow', reason: 'no window open handler' };
  const details = { url, frameName: '', features: '', disposition, referrer: { url: '', policy: 'default' }, postBody: undefined };
  return describe(contents.windowOpenHandler(details));
});

onRequest('attach-webview', ({ window }) => {
  const contents = windowFor(window).webContents;
  const event = electronEvent('will-attach-webview');
  contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://example.com/' });
  return { prevented: event.defaultPrevented };
});

onRequest('windows', () =>
  state.windows.map((win) => ({
    id: win.id,
    url: win.webContents.getURL(),
    destroyed: win.isDestroyed(),
    shown: win.shown,
    focused: win.focused,
    maximized: win.maximized,
    bounds: win.getBounds(),
    options: describe(win.options),
  })),
);

const BrowserWindowClass = strict('BrowserWindow', BrowserWindow);
export { BrowserWindowClass as BrowserWindow };
