import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// Where `npm run build` puts the app, and a check that it was built from the
// sources as they are now (a stale out/ would test yesterday's app).

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BUILT_MAIN = join(ROOT, 'out/main/index.js');
export const BUILT_PRELOAD = join(ROOT, 'out/preload/index.cjs');
export const BUILT_RENDERER = join(ROOT, 'out/renderer/index.html');

const SOURCES = ['src', 'electron.vite.config.ts', 'package.json'];

function newestFile(path: string): { path: string; mtimeMs: number } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest = { path, mtimeMs: 0 };
  for (const name of readdirSync(path)) {
    const candidate = newestFile(join(path, name));
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

/** Why the built app cannot be tested, or null when out/ is there and newer than every source. */
export function builtAppProblem(): string | null {
  const outputs = [BUILT_MAIN, BUILT_PRELOAD, BUILT_RENDERER];
  let oldestOutput = Infinity;
  for (const output of outputs) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(output).mtimeMs);
    } catch {
      return `${relative(ROOT, output)} is missing: run \`npm run build\` first (the boot tests run the built app).`;
    }
  }
  const newest = SOURCES.map((source) => newestFile(join(ROOT, source))).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  if (newest.mtimeMs > oldestOutput) {
    return `out/ is older than ${relative(ROOT, newest.path)}: run \`npm run build\` so the boot tests run the app as the sources are now.`;
  }
  return null;
}
