// The renderer's Content Security Policy, in one place for the response header
// (main process and test host), the <meta> tag in index.html (checked by a unit
// test) and the dev server.
//
// Decisions:
// - default-src 'none': anything not listed below is refused, including frames,
//   workers, objects and media.
// - script-src 'self' only: no inline scripts, no eval, in production.
// - style-src 'self': the production build extracts CSS to files, and React
//   writes `style={...}` props through the CSSOM (element.style), which CSP
//   does not restrict; style="" attributes in markup stay refused.
// - style-src-elem adds 'unsafe-inline' for <style> elements only: Radix's
//   dialogs lock page scrolling by inserting a small <style> whose text depends
//   on the scrollbar width (so no fixed hash fits). Checked in Chromium: without
//   it every dialog logs a CSP violation and the page scrolls behind it. The
//   risk of inline CSS is exfiltration through url(), which img-src, font-src
//   and connect-src ('self' only) already close; scripts stay strictly 'self'.
// - frame-ancestors only takes effect in a header; browsers ignore it (and log
//   an error) in a <meta> tag, so the meta variant leaves it out.
// - Dev (electron-vite dev only, never a packaged app) additionally allows the
//   Vite server, its websocket and inline scripts and styles, which HMR and the
//   React refresh preamble need.

type Directives = Readonly<Record<string, readonly string[]>>;

export const RENDERER_CSP_DIRECTIVES: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-elem': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const HEADER_ONLY = new Set(['frame-ancestors']);

export function serializeCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy sent as a Content-Security-Policy response header. */
export function rendererCspHeader(): string {
  return serializeCsp(RENDERER_CSP_DIRECTIVES);
}

/** The policy for the <meta http-equiv> tag in src/renderer/index.html. */
export function rendererCspMeta(): string {
  return serializeCsp(Object.fromEntries(Object.entries(RENDERER_CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY.has(name))));
}

/** The looser policy used only while developing against the Vite dev server. */
export function rendererDevCsp(devServerUrl: string): string {
  const origin = new URL(devServerUrl).origin;
  const socket = origin.replace(/^http/, 'ws');
  const add = (name: string, ...extra: string[]): string[] => [...(RENDERER_CSP_DIRECTIVES[name] ?? []), ...extra];
  return serializeCsp({
    ...Object.fromEntries(Object.entries(RENDERER_CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY.has(name))),
    'script-src': add('script-src', origin, "'unsafe-inline'"),
    'style-src': add('style-src', origin, "'unsafe-inline'"),
    'style-src-elem': add('style-src-elem', origin),
    'img-src': add('img-src', origin),
    'font-src': add('font-src', origin),
    'connect-src': add('connect-src', origin, socket),
  });
}
