import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererCspHeader } from '../../src/main/shell/csp';
import { removeTempDirs } from '../support/temp-dir';
import { type BootedMain, type BootRecord } from './support/booted-main';
import { BUILT_PRELOAD, BUILT_RENDERER } from './support/built-app';
import { APP_VERSION, bootOnFreshFolder, OUR_PAGE } from './support/fixtures';

// The built main process's window and its guards, as Electron would be asked
// to set them up. One boot serves the whole file: nothing here writes data.

let app: BootedMain;
let dataDir: string;

beforeAll(async () => {
  ({ booted: app, dataDir } = await bootOnFreshFolder());
});

afterAll(async () => {
  const problems = app.problems;
  await app.stop();
  await removeTempDirs();
  expect(problems).toEqual([]);
});

const only = (api: string): BootRecord => {
  const records = app.recordsOf(api);
  expect(records, api).toHaveLength(1);
  return records[0]!;
};

const openedExternally = (): unknown[] => app.recordsOf('shell.openExternal').map((r) => (r.args as unknown[])[0]);

describe('the window of the built app', () => {
  it('turns on the OS sandbox for every renderer before the app is ready', () => {
    expect(app.recordsOf('app.enableSandbox')).toEqual([expect.objectContaining({ ready: false })]);
  });

  it('opens one window whose page is isolated, sandboxed and without Node or <webview>', () => {
    const { options } = only('new BrowserWindow') as { options: { webPreferences: Record<string, unknown> } } & BootRecord;
    const prefs = options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
    // Left at their safe defaults: never switched off or on.
    expect(prefs.webSecurity).not.toBe(false);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('loads the built page from disk, and every script and style the page names exists', () => {
    const load = only('BrowserWindow.loadFile');
    expect(load).toMatchObject({ path: BUILT_RENDERER, url: OUR_PAGE, exists: true });
    expect(app.recordsOf('BrowserWindow.loadURL')).toEqual([]);

    const html = readFileSync(BUILT_RENDERER, 'utf8');
    const assets = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      // Root-relative or remote URLs do not load from file://: only paths next to the page work.
      expect(asset, asset).toMatch(/^\.\//);
      expect(existsSync(resolve(dirname(BUILT_RENDERER), asset)), asset).toBe(true);
    }
  });

  it('shows the window only once its page is ready', () => {
    const load = only('BrowserWindow.loadFile');
    const show = only('BrowserWindow.show');
    expect(show.seq).toBeGreaterThan(load.seq);
    expect(only('new BrowserWindow').options).toMatchObject({ show: false });
  });

  it('gives the window a preload and an icon that exist', () => {
    const { options } = only('new BrowserWindow') as { options: { icon?: string; webPreferences: { preload: string } } } & BootRecord;
    expect(options.webPreferences.preload).toBe(BUILT_PRELOAD);
    expect(isAbsolute(options.webPreferences.preload)).toBe(true);
    expect(existsSync(options.webPreferences.preload)).toBe(true);
    expect(options.icon).toBeDefined();
    expect(existsSync(options.icon!)).toBe(true);
  });

  it('puts the strict CSP header on every response, replacing one the response brought', async () => {
    for (const url of [OUR_PAGE, 'https://example.com/page']) {
      const { responseHeaders, listener } = await app.request<{ responseHeaders: Record<string, string[]>; listener: boolean }>('response-headers', {
        url,
        responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Kept': ['yes'] },
      });
      expect(listener).toBe(true);
      expect(responseHeaders).toEqual({ 'X-Kept': ['yes'], 'Content-Security-Policy': [rendererCspHeader()] });
    }
    expect(rendererCspHeader()).toContain("default-src 'none'");
    expect(rendererCspHeader()).toMatch(/script-src 'self'(;|$)/);
  });

  it('refuses every permission a page can ask for or check', async () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'pointerLock']) {
      expect(await app.request('permission-request', { permission }), permission).toEqual({ granted: false, handler: true });
      expect(await app.request('permission-check', { permission }), permission).toEqual({ granted: false, handler: true });
    }
    expect(await app.request('device-permission', { deviceType: 'usb' })).toEqual({ granted: false, handler: true });
  });

  it('keeps the spell checker off on Linux, where it would download dictionaries', () => {
    expect(only('session.setSpellCheckerEnabled')).toMatchObject({ enabled: false });
    expect(only('new BrowserWindow').options).toMatchObject({ webPreferences: { spellcheck: false } });
  });

  it('keeps the window on its page: navigation away is stopped and only https links go to the browser', async () => {
    const before = openedExternally().length;
    expect(await app.request('navigate', { url: 'https://example.com/article' })).toEqual({ prevented: true });
    expect(await app.request('navigate', { url: 'file:///etc/passwd' })).toEqual({ prevented: true });
    expect(await app.request('navigate', { url: 'http://example.com/plain' })).toEqual({ prevented: true });
    expect(await app.request('navigate', { url: 'https://example.com/moved', event: 'will-redirect' })).toEqual({ prevented: true });
    // Moving between routes of our own page is not a navigation away.
    expect(await app.request('navigate', { url: `${OUR_PAGE}#/groups` })).toEqual({ prevented: false });
    expect(openedExternally().slice(before)).toEqual(['https://example.com/article']);
  });

  it('opens no new windows; an https link goes to the system browser instead', async () => {
    const before = openedExternally().length;
    for (const url of ['https://example.org/resource', 'http://example.org/plain', 'file:///etc/hosts', 'javascript:alert(1)']) {
      expect(await app.request('open-window', { url }), url).toEqual({ action: 'deny' });
    }
    expect(openedExternally().slice(before)).toEqual(['https://example.org/resource']);
  });

  it('refuses to attach a <webview>', async () => {
    expect(await app.request('attach-webview')).toEqual({ prevented: true });
  });

  it('sets the application menu, with Quit and an About box that names the data folder', async () => {
    const { menu } = only('Menu.setApplicationMenu') as { menu: MenuPicture[] } & BootRecord;
    const file = menu.find((item) => item.label === 'File');
    expect(file?.submenu?.map((item) => item.role)).toContain('quit');
    const roles = flatten(menu).map((item) => item.role);
    // Reload and developer tools are for development only.
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');

    expect(await app.request('click-menu', { path: ['Help', 'About Circlekeeper'] })).toEqual({ ran: 'click' });
    const about = await app.waitForRecord('dialog.showMessageBox');
    const [options] = about.args as [{ title: string; message: string; detail: string }];
    expect(about.parent).toBe('BrowserWindow#1');
    expect(options.message).toBe(`Circlekeeper ${APP_VERSION}`);
    expect(options.detail).toContain(dataDir);
  });

  it('brings its window forward when the app is launched a second time', async () => {
    const from = app.records.length;
    await app.request('second-instance', { argv: ['circlekeeper'] });
    const after = app.records.slice(from).map((r) => r.api);
    expect(after).toEqual(expect.arrayContaining(['BrowserWindow.show', 'BrowserWindow.focus']));
    expect(app.recordsOf('new BrowserWindow')).toHaveLength(1);
  });
});

interface MenuPicture {
  label: string;
  role: string | null;
  submenu: MenuPicture[] | null;
}

function flatten(items: MenuPicture[]): MenuPicture[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}
