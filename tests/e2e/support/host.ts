import type { APIRequestContext } from '@playwright/test';

// The test host's own routes (tests/host/server.ts), called from the tests
// without an Origin header, as the host allows for tests.

/**
 * Every e2e test runs "as of" this instant: the host's clock starts here on
 * reset and the page's Date is pinned to it, so defaults such as "today" and
 * every date on screen are the same on any machine, in any zone, on any day.
 * 10:00 UTC is the same calendar day (3 Feb 2027) in London and New York.
 */
export const FIXED_NOW = '2027-02-03T10:00:00.000Z';
export const FIXED_TODAY = '2027-02-03';

/** The demo's "today": its clock runs at midday UTC (see tests/host/backend.ts seedDemo). */
export const DEMO_TODAY = '2027-02-03';
export const DEMO_NOW = `${DEMO_TODAY}T12:00:00.000Z`;

/** The browser's zone for every test; the host's default coach zone is the same. */
export const BROWSER_TIME_ZONE = 'Europe/London';

interface Folders {
  dataDir: string;
  exportDir: string;
}

interface HostAnswer {
  ok: boolean;
  value?: Folders;
  error?: { message: string };
}

async function post(request: APIRequestContext, path: string, data?: unknown): Promise<Folders> {
  const response = await request.post(path, data === undefined ? {} : { data });
  const body = (await response.json()) as HostAnswer;
  if (!response.ok() || !body.ok || !body.value) {
    throw new Error(`${path} failed (${response.status()}): ${body.error?.message ?? 'no message'}`);
  }
  return body.value;
}

export interface Host {
  /** The data folder the host's store uses now (a new one after each reset or seed). */
  readonly dataDir: string;
  /** Where the host's save dialog saves (an export from Settings lands here under its suggested name). */
  readonly exportDir: string;
  /** A fresh, empty store in a new folder, the clock at `now`; background backups only when given an interval. */
  reset(now?: string, options?: { backupIntervalMs?: number }): Promise<void>;
  /** Close and reopen the same folder: what the store sees when the app restarts (its start backup written). */
  reopen(): Promise<void>;
  /** A fresh folder holding the CLI's demo practice as of DEMO_TODAY. */
  seedDemo(): Promise<void>;
  /** Calls a contract method through the same route the page uses; throws on a refusal. */
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  /** Meetings put straight into a group's file (tests/support/meetings-in-store.ts); answers their ids. */
  addMeetings(groupId: string, meetings: { date: string; time: string; minutes?: number; status?: 'planned' | 'cancelled' }[]): Promise<string[]>;
}

export function hostClient(request: APIRequestContext): Host {
  let folders: Folders = { dataDir: '', exportDir: '' };
  return {
    get dataDir() {
      return folders.dataDir;
    },
    get exportDir() {
      return folders.exportDir;
    },
    reset: async (now = FIXED_NOW, options = {}) => {
      folders = await post(request, '/__host/reset', { now, ...options });
    },
    reopen: async () => {
      folders = await post(request, '/__host/reopen');
    },
    seedDemo: async () => {
      folders = await post(request, '/__host/seed-demo', { today: DEMO_TODAY });
    },
    call: async <T>(method: string, input: unknown): Promise<T> => {
      const response = await request.post('/__host/call', { data: { method, input } });
      const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!body.ok) throw new Error(`${method} was refused: ${body.error?.message ?? 'no message'}`);
      return body.value as T;
    },
    addMeetings: async (groupId, meetings) => {
      const response = await request.post('/__host/add-meetings', { data: { groupId, meetings } });
      const body = (await response.json()) as { ok: boolean; value?: { ids: string[] }; error?: { message: string } };
      if (!response.ok() || !body.ok || !body.value) throw new Error(`add-meetings failed: ${body.error?.message ?? response.status()}`);
      return body.value.ids;
    },
  };
}
