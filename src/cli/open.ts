import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createServices } from '../main/services/registry';
import type { Services } from '../main/dispatch';
import { StoreError, StoreLockedError } from '../main/store/errors';
import { INDEX_FILE } from '../main/store/layout';
import { openStore } from '../main/store/open-store';
import type { DataStore } from '../main/store/types';
import packageJson from '../../package.json';
import { CliFailure, EXIT } from './io';

/** The app's version, so what the CLI writes (exports, app info) says which Circlekeeper made it. */
export const CLI_VERSION: string = packageJson.version;

/** The machine's zone, used only when a brand-new folder needs a default for the coach. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export async function folderEntries(dataDir: string): Promise<string[] | null> {
  try {
    return await fs.readdir(dataDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Store failures become one-line messages; a folder the app has open ends the CLI with exit code 2. */
export function asCliFailure(err: unknown): unknown {
  if (err instanceof StoreLockedError) return new CliFailure(err.message, EXIT.locked);
  if (err instanceof StoreError) return new CliFailure(err.message, EXIT.problem);
  return err;
}

export interface OpenedFolder {
  store: DataStore;
  services: Services;
  close(): Promise<void>;
}

/**
 * Opens a folder through the same store and services the app uses. With
 * `mustExist`, a folder without Circlekeeper data is refused rather than
 * quietly turned into a new, empty store.
 */
export async function openFolder(
  dataDir: string,
  options: { mustExist: boolean; now?: () => Date },
): Promise<OpenedFolder> {
  const dir = path.resolve(dataDir);
  if (options.mustExist) {
    const entries = await folderEntries(dir);
    if (entries === null) throw new CliFailure(`The folder ${dir} does not exist.`);
    if (!entries.includes(INDEX_FILE)) throw new CliFailure(`The folder ${dir} holds no Circlekeeper data (no ${INDEX_FILE}).`);
  }
  const now = options.now ?? (() => new Date());
  let store: DataStore;
  try {
    store = await openStore({ dataDir: dir, defaultTimeZone: localTimeZone(), now, backupIntervalMs: 0 });
  } catch (err) {
    throw asCliFailure(err);
  }
  return {
    store,
    services: createServices({ store, now, appVersion: CLI_VERSION }),
    close: () => store.close(),
  };
}
