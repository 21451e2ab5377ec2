import path from 'node:path';
import { claimDataFolder } from './data-folder';
import { acquireFolderLock } from './folder-lock';
import { JsonStore } from './json-store';
import { INDEX_FILE } from './layout';
import type { Migration } from './migrations';
import { prepareFolder } from './prepare-folder';
import { applyRepairs, planDataFolder, type FolderPlan } from './recovery';
import { repairEvents, resumedRestoreEvent } from './recovery-events';
import { RecoveryLog, type NewRecoveryEvent } from './recovery-log';
import { resumeInterruptedRestore } from './restore';
import type { OpenStoreOptions } from './types';
import { ValidatedDigests } from './validated-digests';

export const DEFAULT_BACKUP_INTERVAL_MS = 60 * 60 * 1000;

export interface StoreOpenOptions extends OpenStoreOptions {
  /** Where failures of background work (periodic or start backups) are reported; default console.error. */
  onBackgroundError?: (error: unknown) => void;
  /** For tests of the migration mechanism only; the real list is migrations/index.ts. */
  migrations?: readonly Migration[];
}

export type Store = JsonStore;

/** A folder holding only an untouched default index has nothing worth a backup. */
const hasCoachData = (plan: FolderPlan): boolean =>
  plan.groups.size > 0 || plan.index.people.length > 0 || plan.index.settings.coachName !== '';

/**
 * Opens a data folder, in an order where each step can trust the one before:
 *
 *   1. claim the folder (create it, or refuse one holding someone else's files);
 *   2. lock it;
 *   3. put its structure right (sub-folders, crash leftovers, file modes);
 *   4. finish (or undo) a restore a crash interrupted;
 *   5. read every file, migrating older ones, refusing newer ones, and
 *      recovering damaged ones from backups;
 *   6. record what recovery did, for the coach to acknowledge;
 *   7. queue a 'start' backup and the rewrite of migrated files.
 *
 * Resolves once the data is in memory; the start backup runs in the
 * background ahead of any write, and flush()/close() wait for it.
 *
 * Throws StoreLockedError (folder open elsewhere), NewerSchemaError (a file
 * from a newer app; nothing changed), StoreDamagedError (the index is damaged
 * and no backup has a good copy; nothing changed) or a StoreError
 * 'not_a_data_folder' (a folder of other files; nothing changed).
 */
export async function openStore(options: StoreOpenOptions): Promise<Store> {
  const dataDir = path.resolve(options.dataDir);
  const now = options.now ?? (() => new Date());
  const migrations = options.migrations ? { migrations: options.migrations } : {};
  await claimDataFolder(dataDir);
  const lock = await acquireFolderLock(dataDir);
  let store: JsonStore | undefined;
  try {
    const prepared = await prepareFolder(dataDir, now());
    const events: NewRecoveryEvent[] = [...prepared.events];
    const resumed = await resumeInterruptedRestore(dataDir, now(), options.migrations);
    if (resumed) events.push(resumedRestoreEvent(resumed));
    const digests = await ValidatedDigests.read(dataDir);
    const plan = await planDataFolder(dataDir, {
      defaultTimeZone: options.defaultTimeZone,
      digests,
      groupsFolderLost: prepared.groupsFolderLost,
      ...migrations,
    });
    events.push(...repairEvents(await applyRepairs(dataDir, plan, now())));
    const { log, setAside } = await RecoveryLog.open(dataDir, now());
    await log.append(setAside ? [setAside, ...events] : events, now());
    store = new JsonStore(
      {
        dataDir,
        lock,
        now,
        digests,
        ...migrations,
        onBackgroundError: options.onBackgroundError ?? ((err) => console.error('Circlekeeper store:', err)),
      },
      plan,
      log,
    );
    if (plan.isNew) {
      // A new folder gets its index at once, so it is a store from now on.
      await store.queueStartup([INDEX_FILE], false);
    } else {
      const opened = store;
      void opened.queueStartup(plan.migrated, hasCoachData(plan)).catch((err: unknown) => opened.reportBackgroundError(err));
    }
    store.startBackupTimer(options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS);
    return store;
  } catch (err) {
    // close() releases the adapters and the lock; before the store exists only the lock is held.
    await (store ? store.close().catch(() => undefined) : lock.release());
    throw err;
  }
}
