import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch, type Services } from '../../src/main/dispatch';
import { watchBackupProblem } from '../../src/main/services/backup-news';
import { createMainEmitter } from '../../src/main/services/main-emitter';
import type { PlatformPort } from '../../src/main/services/platform';
import { createServices } from '../../src/main/services/registry';
import { sourceExportBuilder } from '../../src/main/workers/source-workers';
import { openStore } from '../../src/main/store/open-store';
import type { DataStore } from '../../src/main/store/types';
import type { Result } from '../../src/shared/api';
import { runDemo } from '../../src/cli/commands/demo';
import { addMeetings, type MeetingAt } from '../support/meetings-in-store';

// The test host's side of the data: the same openStore + createServices the
// Electron main process uses, plus the two things only tests need: a fresh
// folder per test (reset) and a simulated restart (reopen).

export type Clock = () => Date;

export interface HostBackend {
  readonly dataDir: string;
  /**
   * Where the host's "save dialog" puts files (an export saved from Settings
   * lands here under its suggested name). Emptied on reset and seed.
   */
  readonly exportDir: string;
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** Hears every event main sends the window (channel and checked payload), as webContents.send would deliver it; returns the way to stop. */
  subscribe(listener: (channel: string, payload: unknown) => void): () => void;
  /**
   * Closes the store and opens a new empty one in a fresh temp folder; optionally restarts the clock,
   * and takes background backups every `backupIntervalMs` (none by default, as before).
   */
  reset(options?: { now?: Date; backupIntervalMs?: number }): Promise<void>;
  /** Closes and reopens the same folder, as an app restart would. Like reset and seedDemo, resolves once the start backup is written. */
  reopen(): Promise<void>;
  /**
   * Like reset, but the fresh folder first gets the CLI's demo practice (built
   * through the same services) as of `today`, and the clock restarts at midday
   * UTC that day, so screenshots and checks see the same dates on every run.
   */
  seedDemo(options: { today: string }): Promise<void>;
  /** Puts meetings straight into a group's file (as the planning services store them), for views that only read them. */
  addMeetings(groupId: string, meetings: readonly MeetingAt[]): Promise<{ ids: string[] }>;
  close(): Promise<void>;
}

export interface BackendOptions {
  dataDir: string;
  now?: Clock;
  /** Logs unexpected service failures; quiet by default would hide bugs, so console. */
  log?: { error(message: string, detail?: unknown): void };
}

const appVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** A clock that starts at `start` and then runs at real speed, so order and intervals stay natural. */
export function clockFrom(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

export async function openBackend(options: BackendOptions): Promise<HostBackend> {
  const log = options.log ?? console;
  // Export files are made on worker threads, as in the app.
  const exportBuilder = sourceExportBuilder((message) => log.error(message));
  let now: Clock = options.now ?? (() => new Date());
  let dataDir = options.dataDir;
  // Folders the host made itself are removed when it moves on; the caller's folder is left alone.
  let ownFolder: string | null = null;
  let store: DataStore | null = null;
  let services: Services | null = null;
  const exportDir = await mkdtemp(join(tmpdir(), 'ck-host-exports-'));
  // The platform port of a desktop with no one at it: every save goes to exportDir under the suggested name.
  const platform: PlatformPort = {
    chooseSaveLocation: async (request) => join(exportDir, request.defaultName),
    // Calendar files go into one folder of exportDir, replaced by each export.
    chooseFolder: async () => join(exportDir, 'calendar'),
  };
  const emptyExports = async (): Promise<void> => {
    for (const name of await readdir(exportDir)) await rm(join(exportDir, name), { recursive: true, force: true });
  };
  // Calls run side by side as they do over IPC; reset, reopen and close wait for
  // calls in flight and hold new ones back, so no call sees a half-closed store.
  let gate: Promise<void> = Promise.resolve();
  const inFlight = new Set<Promise<unknown>>();
  const exclusive = (work: () => Promise<void>): Promise<void> => {
    const run = gate.then(async () => {
      await Promise.allSettled([...inFlight]);
      await work();
    });
    gate = run.catch(() => undefined);
    return run;
  };

  // The window's side of the events, as the Electron main process sends them (src/main/index.ts).
  const listeners = new Set<(channel: string, payload: unknown) => void>();
  const events = createMainEmitter((channel, payload) => {
    for (const listener of [...listeners]) listener(channel, payload);
  }, log);
  let backupNews: ReturnType<typeof watchBackupProblem> | null = null;
  let backupIntervalMs = 0;

  const open = async (): Promise<void> => {
    const opened = await openStore({
      dataDir,
      defaultTimeZone: 'Europe/London',
      backupIntervalMs,
      now: () => now(),
      onBackgroundError: (err) => {
        log.error('Test host store:', err instanceof Error ? err.message : err);
        backupNews?.check();
      },
    });
    store = opened;
    backupNews = watchBackupProblem(() => opened.backupProblem, events);
    services = createServices({ store, now: () => now(), newId: () => randomUUID(), appVersion, platform, events, exportBuilder });
    // The start backup runs in the background. A test that edits the folder next
    // (after a reset, a seed or a reopen) must not race it: a backup landing after
    // the edit would hold what the test just removed from every backup.
    await opened.flush();
  };
  const shut = async (): Promise<void> => {
    const open = store;
    store = null;
    services = null;
    backupNews?.stop();
    backupNews = null;
    await open?.close();
  };

  await open();

  return {
    get dataDir() {
      return dataDir;
    },
    exportDir,
    call: async (method, input) => {
      await gate;
      if (!services) return { ok: false, error: { code: 'unavailable', message: 'The test host has no open store.' } };
      const pending = dispatch(services, method, input, log);
      inFlight.add(pending);
      try {
        return await pending;
      } finally {
        inFlight.delete(pending);
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    reset: (resetOptions) =>
      exclusive(async () => {
        await shut();
        backupIntervalMs = resetOptions?.backupIntervalMs ?? 0;
        await emptyExports();
        if (ownFolder) await rm(ownFolder, { recursive: true, force: true });
        ownFolder = await mkdtemp(join(tmpdir(), 'ck-host-'));
        dataDir = ownFolder;
        if (resetOptions?.now) now = clockFrom(resetOptions.now);
        await open();
      }),
    reopen: () =>
      exclusive(async () => {
        await shut();
        await open();
      }),
    seedDemo: ({ today }) =>
      exclusive(async () => {
        await shut();
        backupIntervalMs = 0;
        await emptyExports();
        if (ownFolder) await rm(ownFolder, { recursive: true, force: true });
        ownFolder = await mkdtemp(join(tmpdir(), 'ck-host-'));
        dataDir = ownFolder;
        now = clockFrom(new Date(`${today}T12:00:00.000Z`));
        try {
          // runDemo opens and closes the folder itself, so the host's store stays shut meanwhile.
          await runDemo({ dataDir, today }, { out: () => undefined, err: (line) => log.error(line) });
        } finally {
          await open();
        }
      }),
    addMeetings: async (groupId, meetings) => {
      await gate;
      if (!store) throw new Error('The test host has no open store.');
      return { ids: (await addMeetings(store, groupId, meetings)).map((m) => m.id) };
    },
    close: () =>
      exclusive(async () => {
        await shut();
        if (ownFolder) await rm(ownFolder, { recursive: true, force: true });
        ownFolder = null;
        await rm(exportDir, { recursive: true, force: true });
        await exportBuilder.close();
      }),
  };
}
