import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

// Serving files from the built renderer folder, and nothing outside it.

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticLookup =
  | { kind: 'file'; path: string; body: Buffer; contentType: string }
  | { kind: 'refused'; status: 400 | 403; reason: string }
  | { kind: 'missing' };

const within = (root: string, candidate: string): boolean => candidate === root || candidate.startsWith(root + sep);

/**
 * Maps a request path (still percent-encoded, without the query) to a file
 * under root. Refuses anything that decodes to a path outside root, encoded
 * or not, and anything that escapes through a symbolic link.
 */
export async function lookupStatic(root: string, rawPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused', status: 400, reason: 'The address is not valid.' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) {
    return { kind: 'refused', status: 400, reason: 'The address is not valid.' };
  }
  const relative = decoded === '/' ? 'index.html' : `.${decoded}`;
  const candidate = resolve(root, relative);
  if (!within(root, candidate)) return { kind: 'refused', status: 403, reason: 'Outside the served folder.' };

  let real: string;
  try {
    real = await realpath(candidate);
    if (!within(await realpath(root), real)) return { kind: 'refused', status: 403, reason: 'Outside the served folder.' };
    if (!(await stat(real)).isFile()) return { kind: 'missing' };
  } catch {
    return { kind: 'missing' };
  }
  const contentType = MIME_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
  return { kind: 'file', path: real, body: await readFile(real), contentType };
}
