import { onRequest, record } from './channel.mjs';
import { state } from './state.mjs';
import { notReady, strict } from './strict.mjs';

// session.defaultSession: permission handlers, the spell checker and
// webRequest.onHeadersReceived, recorded; the test then asks for a permission
// or sends response headers through what main installed.

const handlers = {
  permissionRequest: null,
  permissionCheck: null,
  devicePermission: null,
  headersReceived: null,
};

const webRequest = strict('session.webRequest', {
  onHeadersReceived(filterOrListener, maybeListener) {
    const listener = typeof filterOrListener === 'function' ? filterOrListener : maybeListener;
    const filter = typeof filterOrListener === 'function' ? null : filterOrListener;
    record('session.webRequest.onHeadersReceived', { filter, listener: listener === null ? null : 'function' });
    handlers.headersReceived = listener ?? null;
  },
});

const defaultSession = strict('session.defaultSession', {
  webRequest,
  spellCheckerEnabled: true,
  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler', { handler: handler === null ? null : 'function' });
    handlers.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler', { handler: handler === null ? null : 'function' });
    handlers.permissionCheck = handler;
  },
  setDevicePermissionHandler(handler) {
    record('session.setDevicePermissionHandler', { handler: handler === null ? null : 'function' });
    handlers.devicePermission = handler;
  },
  setSpellCheckerEnabled(enabled) {
    record('session.setSpellCheckerEnabled', { enabled });
    defaultSession.spellCheckerEnabled = enabled;
  },
  isSpellCheckerEnabled() {
    return defaultSession.spellCheckerEnabled;
  },
});

export const session = strict('session', {
  get defaultSession() {
    if (!state.ready) notReady('session.defaultSession can only be used after the app is ready');
    return defaultSession;
  },
});

const contents = () => state.windows.find((win) => !win.isDestroyed())?.webContents ?? null;

onRequest('permission-request', ({ permission, origin = 'file:///' }) => {
  // Chromium asks when a page calls getUserMedia, Notification.requestPermission ...
  // With no handler Electron grants everything.
  if (!handlers.permissionRequest) return { granted: true, handler: false };
  return new Promise((resolve) => {
    handlers.permissionRequest(contents(), permission, (granted) => resolve({ granted, handler: true }), {
      requestingUrl: origin,
      isMainFrame: true,
    });
  });
});

onRequest('permission-check', ({ permission, origin = 'file:///' }) => {
  if (!handlers.permissionCheck) return { granted: true, handler: false };
  return { granted: handlers.permissionCheck(contents(), permission, origin, { requestingUrl: origin, isMainFrame: true }), handler: true };
});

onRequest('device-permission', ({ deviceType = 'usb', origin = 'file:///' }) => {
  if (!handlers.devicePermission) return { granted: true, handler: false };
  return { granted: handlers.devicePermission({ deviceType, origin, device: {} }), handler: true };
});

onRequest('response-headers', ({ url, responseHeaders = {}, resourceType = 'mainFrame' }) => {
  // Every response the window receives passes through onHeadersReceived.
  if (!handlers.headersReceived) return { responseHeaders, listener: false };
  return new Promise((resolve) => {
    const details = { id: 1, url, method: 'GET', resourceType, timestamp: Date.now(), statusCode: 200, statusLine: 'HTTP/1.1 200 OK', responseHeaders };
    handlers.headersReceived(details, (response) => {
      resolve({ responseHeaders: response.responseHeaders ?? responseHeaders, cancel: response.cancel ?? false, listener: true });
    });
  });
});
