import { EVENT_CHANNEL_PREFIX, EVENT_NAMES, EVENTS_BRIDGE_KEY } from '../../src/shared/event-names';
import { BRIDGE_KEY, METHOD_NAMES } from '../../src/shared/method-names';

// The browser-side stand-in for the preload: window.circlekeeper with exactly
// the contract's methods, each POSTing {method, input} to the host. Like the
// preload it returns a Result and never throws; a lost connection becomes an
// 'unavailable' error the renderer already knows how to show.
// window.circlekeeperEvents stands in for the preload's event bridge: `on` for
// the contract's event names only, fed by one server-sent event stream that
// the host writes where Electron would call webContents.send.

export const CALL_PATH = '/__host/call';
export const BRIDGE_PATH = '/__host/bridge.js';
export const EVENTS_PATH = '/__host/events';

export function bridgeScript(): string {
  return `(() => {
  'use strict';
  const names = ${JSON.stringify(METHOD_NAMES)};
  const unavailable = {
    ok: false,
    error: { code: 'unavailable', message: 'Circlekeeper could not reach its data. Please try again.' },
  };
  const call = async (method, input) => {
    try {
      const response = await fetch(${JSON.stringify(CALL_PATH)}, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      return await response.json();
    } catch {
      return unavailable;
    }
  };
  const client = {};
  for (const name of names) client[name] = (input) => call(name, input);
  Object.defineProperty(window, ${JSON.stringify(BRIDGE_KEY)}, {
    value: Object.freeze(client),
    enumerable: true,
    configurable: false,
    writable: false,
  });

  const eventNames = new Set(${JSON.stringify(EVENT_NAMES)});
  const listeners = new Map();
  let stream = null;
  // One stream for the page, opened with the first subscription; EventSource reconnects by itself.
  const listen = (channel) => {
    if (!stream) stream = new EventSource(${JSON.stringify(EVENTS_PATH)});
    stream.addEventListener(channel, (message) => {
      let payload;
      try {
        payload = JSON.parse(message.data);
      } catch {
        return;
      }
      for (const listener of [...(listeners.get(channel) || [])]) listener(payload);
    });
  };
  const on = (name, listener) => {
    if (typeof name !== 'string' || !eventNames.has(name)) throw new TypeError('Circlekeeper has no event named ' + String(name) + '.');
    if (typeof listener !== 'function') throw new TypeError('Pass a function to be told of the event.');
    const channel = ${JSON.stringify(EVENT_CHANNEL_PREFIX)} + name;
    if (!listeners.has(channel)) {
      listeners.set(channel, new Set());
      listen(channel);
    }
    const own = (payload) => listener(payload);
    listeners.get(channel).add(own);
    return () => void listeners.get(channel).delete(own);
  };
  Object.defineProperty(window, ${JSON.stringify(EVENTS_BRIDGE_KEY)}, {
    value: Object.freeze({ on }),
    enumerable: true,
    configurable: false,
    writable: false,
  });
  // Tells the app it runs under the test host, so it may expose test-only hooks (window.__ckQueryCacheText).
  Object.defineProperty(window, 'circlekeeperTestHost', { value: true, enumerable: true, configurable: false, writable: false });
})();
`;
}

/** Puts the bridge before the app's module script, so it exists before the app runs. */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>`;
  const moduleScript = html.search(/<script\b[^>]*type="module"/);
  if (moduleScript >= 0) return `${html.slice(0, moduleScript)}${tag}\n    ${html.slice(moduleScript)}`;
  return html.replace('</head>', `  ${tag}\n  </head>`);
}
