import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyCspHeader,
  denyAllPermissions,
  guardAllWebContents,
  guardWebContents,
  limitSpellchecker,
} from '../../../../src/main/shell/security';

// security.ts takes Electron's objects as parameters; these stand-ins record
// what it registers so each handler can be exercised directly.

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (fn: never) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: never) => (handlers.check = fn),
    setDevicePermissionHandler: (fn: never) => (handlers.device = fn),
    webRequest: { onHeadersReceived: (fn: never) => (handlers.headers = fn) },
    spellcheckerEnabled: true,
    setSpellCheckerEnabled(enabled: boolean) {
      this.spellcheckerEnabled = enabled;
    },
  };
  return { session: session as unknown as Session, handlers, raw: session };
}

class FakeContents extends EventEmitter {
  url = 'file:///app/out/renderer/index.html#/';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  getURL() {
    return this.url;
  }
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = fn;
  }
}

function fire(contents: FakeContents, name: string, url?: string): boolean {
  let prevented = false;
  contents.emit(name, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      (handlers.request as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect((handlers.check as (wc: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
    expect((handlers.device as () => boolean)()).toBe(false);
  });
});

describe('spell checker', () => {
  it('is switched off where it would download dictionaries, and left alone elsewhere', () => {
    const off = fakeSession();
    limitSpellchecker(off.session, false);
    expect(off.raw.spellcheckerEnabled).toBe(false);
    const on = fakeSession();
    limitSpellchecker(on.session, true);
    expect(on.raw.spellcheckerEnabled).toBe(true);
  });
});

describe('CSP header', () => {
  it('replaces any policy a response carries with ours', () => {
    const { session, handlers } = fakeSession();
    applyCspHeader(session, "default-src 'none'");
    const callback = vi.fn();
    (handlers.headers as (d: unknown, cb: (r: unknown) => void) => void)(
      { responseHeaders: { 'content-security-policy': ['script-src *'], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'none'"] },
    });
  });
});

describe('web contents guards', () => {
  let contents: FakeContents;
  let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
  const log = { warn: vi.fn() };

  beforeEach(() => {
    contents = new FakeContents();
    openExternal = vi.fn(async (_url: string) => undefined);
    log.warn.mockClear();
    guardWebContents(contents as unknown as WebContents, { openExternal, log });
  });

  it('prevents navigating away, and hands https links to the system browser instead', () => {
    expect(fire(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('prevents navigating to local files or other schemes without opening them', () => {
    for (const url of ['file:///etc/passwd', 'http://example.com/', 'javascript:alert(1)', 'file:///app/out/renderer/other.html']) {
      expect(fire(contents, 'will-navigate', url)).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('lets the page change its own fragment (hash routing)', () => {
    expect(fire(contents, 'will-navigate', 'file:///app/out/renderer/index.html#/groups')).toBe(false);
  });

  it('prevents redirects', () => {
    expect(fire(contents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never attaches a webview', () => {
    expect(fire(contents, 'will-attach-webview')).toBe(true);
  });

  it('denies every new window, opening only allowlisted https links externally', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://meet.example.com/x' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://meet.example.com/x');
    for (const url of ['http://meet.example.com/x', 'https://user:pw@example.com/', 'file:///tmp/a', 'about:blank', 'https://127.0.0.1/']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalled();
  });

  it('survives the system browser failing to open', async () => {
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    contents.windowOpenHandler?.({ url: 'https://example.com/' });
    await new Promise((r) => setImmediate(r));
    expect(log.warn).toHaveBeenCalledWith('Could not open the link in the browser:', 'no browser');
  });

  it('guards every web contents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App, { openExternal, log });
    const created = new FakeContents();
    app.emit('web-contents-created', {}, created);
    expect(created.windowOpenHandler).toBeDefined();
    expect(fire(created, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});
