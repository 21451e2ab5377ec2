import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Where the window's page comes from, and therefore which frames may call the
// contract. Worked out once at start, so a page that navigated elsewhere (it
// cannot, but if it did) would stop being trusted.

export type RendererEntry =
  | { kind: 'dev-server'; url: string; origin: string }
  | { kind: 'file'; path: string; url: string };

export interface RendererEntrySources {
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServerUrl: string | undefined;
  /** app.isPackaged: a packaged app never follows the dev-server variable. */
  isPackaged: boolean;
  /** The folder holding the built main bundle (out/main). */
  mainDir: string;
}

export function resolveRendererEntry(sources: RendererEntrySources): RendererEntry {
  if (!sources.isPackaged && sources.devServerUrl) {
    const url = new URL(sources.devServerUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return { kind: 'dev-server', url: url.href, origin: url.origin };
    }
  }
  const path = join(sources.mainDir, '..', 'renderer', 'index.html');
  return { kind: 'file', path, url: pathToFileURL(path).href };
}

/** The folder of the running main bundle, for ESM and CJS builds alike. */
export function mainBundleDir(moduleUrl: string): string {
  return join(fileURLToPath(moduleUrl), '..');
}

/**
 * True only for our own page: the dev server's origin in development, or the
 * exact built index.html in production (any #route or ?query is fine, since
 * the renderer routes within that one document).
 */
export function isTrustedRendererUrl(frameUrl: string | undefined | null, entry: RendererEntry): boolean {
  if (!frameUrl) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (entry.kind === 'dev-server') return url.origin === entry.origin;
  const expected = new URL(entry.url);
  return url.protocol === 'file:' && url.host === expected.host && url.pathname === expected.pathname;
}

/** Same document, ignoring the fragment: hash routing is not a navigation away. */
export function isSameDocument(current: string, target: string): boolean {
  try {
    const a = new URL(current);
    const b = new URL(target);
    a.hash = '';
    b.hash = '';
    return a.href === b.href;
  } catch {
    return false;
  }
}
