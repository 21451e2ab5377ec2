import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// What the test tells the stand-in about the "machine" (ELECTRON_STAND_IN, a
// JSON object), and what Electron itself reads from the app's package.json.
//
//   home            folder standing in for the user's home (default: a fresh temp folder)
//   isPackaged      app.isPackaged (default false, as with `electron .`)
//   singleInstance  what app.requestSingleInstanceLock() answers (default true)
//   darkTheme       nativeTheme.shouldUseDarkColors (default false)
//   displays        screen.getAllDisplays() work areas (default one 1920x1080 screen)

const given = process.env.ELECTRON_STAND_IN ? JSON.parse(process.env.ELECTRON_STAND_IN) : {};

export const config = {
  home: given.home ?? mkdtempSync(join(tmpdir(), 'electron-stand-in-home-')),
  isPackaged: given.isPackaged ?? false,
  singleInstance: given.singleInstance ?? true,
  darkTheme: given.darkTheme ?? false,
  displays: given.displays ?? [{ x: 0, y: 0, width: 1920, height: 1080 }],
};

/** The app's package.json: the nearest one above the entry script, as `electron .` finds it. */
function findPackage(start) {
  let dir = start;
  for (;;) {
    try {
      return { dir, json: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    const parent = dirname(dir);
    // Electron itself runs a script with no package.json as the app "Electron".
    if (parent === dir) return { dir: start, json: {} };
    dir = parent;
  }
}

const pkg = findPackage(process.argv[1] ? dirname(process.argv[1]) : process.cwd());

export const appPath = pkg.dir;
// Electron prefers productName over name for the app's name, and the
// user-data folder is named after it.
export const appName = String(pkg.json.productName ?? pkg.json.name ?? 'Electron').trim();
export const appVersion = String(pkg.json.version ?? '0.0.0');

/** app.getPath on Linux, with `home` in place of the real home folder (XDG variables are ignored). */
export function linuxPaths() {
  const home = config.home;
  const appData = join(home, '.config');
  const userData = join(appData, appName);
  return {
    home,
    appData,
    userData,
    sessionData: userData,
    temp: join(home, 'tmp'),
    desktop: join(home, 'Desktop'),
    documents: join(home, 'Documents'),
    downloads: join(home, 'Downloads'),
    music: join(home, 'Music'),
    pictures: join(home, 'Pictures'),
    videos: join(home, 'Videos'),
    logs: join(userData, 'logs'),
    crashDumps: join(userData, 'Crashpad'),
    exe: process.execPath,
    module: process.execPath,
  };
}
