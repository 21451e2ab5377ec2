import { BRIDGE_KEY, METHOD_NAMES } from '../../src/shared/method-names';

// The browser-side stand-in for the preload: window.circlekeeper with exactly
// the contract's methods, each POSTing {method, input} to the host. Like the
// preload it returns a Result and never throws; a lost connection becomes an
// 'unavailable' error the renderer already knows how to show.

export const CALL_PATH = '/__host/call';
export const BRIDGE_PATH = '/__host/bridge.js';

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
