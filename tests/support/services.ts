import type { Input, MethodName, Output, Result } from '../../src/shared/api';
import { dispatch, type Services } from '../../src/main/dispatch';
import type { MainEmitter } from '../../src/main/services/main-emitter';
import { createServices } from '../../src/main/services/registry';
import { openStore } from '../../src/main/store/open-store';
import { TEST_ONLY_KDF_COST } from '../../src/main/vault/kdf';
import type { DataStore } from '../../src/main/store/types';
import { fixedClock, sequentialIds, type TestClock } from './clock';
import { makeTempDir } from './temp-dir';
import { samplePersonInput } from './sample-records';
import { expect } from 'vitest';

/** A real store in a temp folder with the service registry over it, driven through dispatch. */
export interface ServiceHarness {
  dir: string;
  clock: TestClock;
  store: DataStore;
  services: Services;
  /** Calls a method exactly as a transport would: validated, errors as values. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Calls a method and fails the test with the error message if it did not succeed. */
  ok<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Closes the store and opens the same folder again, as after restarting the app. */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

const silentLog = { error: () => undefined };

export async function openHarness(
  options: {
    dir?: string;
    coachTimeZone?: string;
    clock?: TestClock;
    backupIntervalMs?: number;
    /** Where the services' events go (none by default); onBackgroundError also runs on each background failure. */
    events?: MainEmitter;
    onBackgroundError?: () => void;
  } = {},
): Promise<ServiceHarness> {
  const dir = options.dir ?? (await makeTempDir());
  const clock = options.clock ?? fixedClock();
  const newId = sequentialIds();
  const open = async () => {
    const store = await openStore({
      dataDir: dir,
      defaultTimeZone: options.coachTimeZone ?? 'Europe/London',
      now: clock.now,
      backupIntervalMs: options.backupIntervalMs ?? 0,
      // Failures of background backups are asserted through app.info's backupProblem, not the console.
      onBackgroundError: () => options.onBackgroundError?.(),
    });
    // Vaults set up here derive keys at a test-only cost; tests/unit/vault/real-cost.test.ts covers the real one.
    return { store, services: createServices({ store, now: clock.now, newId, appVersion: '0.0.0-test', testOnlyVaultKdfCost: TEST_ONLY_KDF_COST, ...(options.events ? { events: options.events } : {}) }) };
  };
  let current = await open();
  const harness: ServiceHarness = {
    dir,
    clock,
    get store() {
      return current.store;
    },
    get services() {
      return current.services;
    },
    call: (method, input) => dispatch(current.services, method, input, silentLog) as never,
    async ok(method, input) {
      const result = await harness.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    async reopen() {
      await current.store.close();
      current = await open();
    },
    close: () => current.store.close(),
  };
  return harness;
}

/** Adds a new person to the group as a member from `joinedOn`; answers the membership id. */
export async function joinAs(h: ServiceHarness, groupId: string, name: string, joinedOn: string): Promise<string> {
  const person = await h.ok('people.create', samplePersonInput({ name }));
  return (await h.ok('memberships.add', { groupId, personId: person.id, joinedOn })).id;
}

/** The message of a call main must refuse; fails the test if it was accepted. */
export async function refusalOf(result: Promise<{ ok: boolean; error?: { message: string } }>): Promise<string> {
  const r = await result;
  expect(r.ok).toBe(false);
  return r.error!.message;
}
