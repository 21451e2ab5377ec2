import type { App, Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-links';
import { isSameDocument } from './renderer-location';

// Process-wide guards: no permissions, no navigation away from our page, no new
// windows, no <webview>, and a CSP header on every response.

/** Camera, microphone, notifications, geolocation, clipboard-read...: all refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Keeps the session's spell checker from fetching dictionaries where it would (see spellcheckAllowed). */
export function limitSpellchecker(session: Session, allowed: boolean): void {
  if (!allowed) session.setSpellCheckerEnabled(false);
}

/** Adds the policy to every response (the dev server's, and any other http load). */
export function applyCspHeader(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}

export interface GuardDeps {
  /** shell.openExternal: hands an allowed link to the system browser. */
  openExternal: (url: string) => Promise<void>;
  log: Pick<Console, 'warn'>;
}

function openIfAllowed(url: string, deps: GuardDeps): void {
  if (!isAllowedExternalUrl(url)) {
    deps.log.warn('Blocked a link that is not an https web address.');
    return;
  }
  deps.openExternal(url).catch((err: unknown) => {
    deps.log.warn('Could not open the link in the browser:', err instanceof Error ? err.message : err);
  });
}

export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  const stayOnPage = (event: Electron.Event, url: string): boolean => {
    if (isSameDocument(contents.getURL(), url)) return true;
    event.preventDefault();
    return false;
  };
  contents.on('will-navigate', (event, url) => {
    // A plain link click: keep the app where it is, and offer the link to the browser.
    if (!stayOnPage(event, url)) openIfAllowed(url, deps);
  });
  contents.on('will-redirect', (event, url) => {
    stayOnPage(event, url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, deps);
    return { action: 'deny' };
  });
}

/** Applies guardWebContents to every web contents the app ever creates. */
export function guardAllWebContents(app: App, deps: GuardDeps): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, deps));
}
