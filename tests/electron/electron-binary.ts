import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Finds a local Electron binary without ever triggering a download.
// (`require('electron')` tries to download a missing binary, which these
// offline machines cannot do, so its lookup is repeated here read-only.)

const packageDir = resolve(import.meta.dirname, '../../node_modules/electron');

export type ElectronLookup = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { found: true, path: env.ELECTRON_EXEC_PATH }
      : { found: false, reason: `ELECTRON_EXEC_PATH points to ${env.ELECTRON_EXEC_PATH}, which does not exist.` };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(path)
      ? { found: true, path }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH gives ${path}, which does not exist.` };
  }
  if (!relative) {
    return {
      found: false,
      reason:
        'Electron binary not installed on this machine (no download possible): node_modules/electron/path.txt is missing. ' +
        'Set ELECTRON_OVERRIDE_DIST_PATH or ELECTRON_EXEC_PATH to a local Electron to run these tests.',
    };
  }
  const path = join(packageDir, 'dist', relative);
  return existsSync(path)
    ? { found: true, path }
    : { found: false, reason: `Electron binary not installed on this machine (no download possible): ${path} is missing.` };
}
