import path from 'node:path';
import { removeUnfinishedBackups } from './backups';
import { ensurePrivateDir, removeLeftoverTempFiles } from './durable-fs';
import { acquireFolderLock } from './folder-lock';
import { JsonStore } from './json-store';
import { GROUPS_DIR, INDEX_FILE } from './layout';
import type { Migration } from './migrations';
import { loadDataFolder, type LoadedFolder } from './recovery';
import type { OpenStoreOptions } from './types';

export const DEFAULT_BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface StoreOpenOptions extends OpenStoreOptions {
  /** Where failures of background work (periodic or start backups) are reported; default console.error. */
  onBackgroundError?: (error: unknown) => void;
  /** For tests of the migration mechanism only; the real list is migrations/index.ts. */
  migrations?: readonly Migration[];
}

export type Store = JsonStore;

/** A folder holding only an untouched default index has nothing worth a backup. */
const hasCoachData = (loaded: LoadedFolder): boolean =>
  loaded.groups.size > 0 || loaded.index.people.length > 0 || loaded.index.settings.coachName !== '';

/**
 * Opens a data folder: lock it, clear crash leftovers, load every file
 * (migrating older ones, refusing newer ones, recovering damaged ones from
 * backups), then queue a 'start' backup and the rewrite of migrated files.
 * Resolves once the data is in memory; the start backup runs in the
 * background ahead of any write, and flush()/close() wait for it.
 *
 * Throws StoreLockedError (folder open elsewhere), NewerSchemaError (a file
 * from a newer app; nothing changed) or StoreDamagedError (the index is
 * damaged and no backup has a good copy; nothing changed).
 */
export async function openStore(options: StoreOpenOptions): Promise<Store> {
  const dataDir = path.resolve(options.dataDir);
  const now = options.now ?? (() => new Date());
  await ensurePrivateDir(dataDir);
  const lock = await acquireFolderLock(dataDir);
  let store: JsonStore | undefined;
  try {
    await ensurePrivateDir(path.join(dataDir, GROUPS_DIR));
    await removeLeftoverTempFiles(dataDir);
    await removeLeftoverTempFiles(path.join(dataDir, GROUPS_DIR));
    await removeUnfinishedBackups(dataDir);
    const loaded = await loadDataFolder(dataDir, {
      defaultTimeZone: options.defaultTimeZone,
      now: now(),
      ...(options.migrations ? { migrations: options.migrations } : {}),
    });
    store = new JsonStore(
      {
        dataDir,
        lock,
        now,
        ...(options.migrations ? { migrations: options.migrations } : {}),
        onBackgroundError: options.onBackgroundError ?? ((err) => console.error('Circlekeeper store:', err)),
      },
      loaded,
    );
    if (loaded.isNew) {
      // A new folder gets its index at once, so it is a store from now on.
      await store.queueStartup([INDEX_FILE], false);
    } else {
      const opened = store;
      void opened.queueStartup(loaded.migrated, hasCoachData(loaded)).catch((err: unknown) => opened.reportBackgroundError(err));
    }
    store.startBackupTimer(options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS);
    return store;
  } catch (err) {
    // close() releases the adapters and the lock; before the store exists only the lock is held.
    await (store ? store.close().catch(() => undefined) : lock.release());
    throw err;
  }
}
