import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';
import { bootMain, type BootedMain, type BootOptions } from './booted-main';
import { BUILT_RENDERER, ROOT } from './built-app';

// Shared set-ups for the boot tests: a temp home and data folder per boot.

/** The built page's URL: the only page whose frames may call the contract. */
export const OUR_PAGE = pathToFileURL(BUILT_RENDERER).href;

export const APP_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface BootedOnFolder {
  booted: BootedMain;
  dataDir: string;
  home: string;
}

/** Boots the built main on a fresh data folder (--data-dir) and waits until its window shows. */
export async function bootOnFreshFolder(options: BootOptions = {}): Promise<BootedOnFolder> {
  const home = await makeTempDir('ck-boot-home-');
  const dataDir = join(await makeTempDir('ck-boot-data-'), 'data');
  const booted = bootMain({ ...options, args: ['--data-dir', dataDir, ...(options.args ?? [])], standIn: { home, ...options.standIn } });
  await booted.started();
  return { booted, dataDir, home };
}

/**
 * One booted app for a whole test file, on a fresh folder: booted before the
 * first test, stopped after the last, and the file fails if main reported a
 * problem meanwhile. Answers the way to reach it from the tests.
 */
export function bootForFile(): () => BootedMain {
  let app: BootedMain | undefined;
  beforeAll(async () => {
    ({ booted: app } = await bootOnFreshFolder());
  });
  afterAll(async () => {
    const problems = app?.problems ?? [];
    await app?.stop();
    await removeTempDirs();
    expect(problems).toEqual([]);
  });
  return () => {
    if (app === undefined) throw new Error('The app has not booted yet.');
    return app;
  };
}

export const lockPath = (dataDir: string): string => join(dataDir, '.lock');
export const isLocked = (dataDir: string): boolean => existsSync(lockPath(dataDir));

/** A group file as it is on disk (not as the app says it is). */
export function groupOnDisk(dataDir: string, id: string): { group: { id: string; name: string } } {
  return JSON.parse(readFileSync(join(dataDir, 'groups', `${id}.json`), 'utf8')) as { group: { id: string; name: string } };
}

/** A stack trace or a raw error code in text meant for the coach. */
export const INTERNALS = /\n\s+at |\bE[A-Z]{3,}\b|node:|Error:/;
