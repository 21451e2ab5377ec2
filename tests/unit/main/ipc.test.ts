import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL_PREFIX, methodNames, type MethodName } from '../../../src/shared/api';
import type { Services } from '../../../src/main/dispatch';
import { ServiceError } from '../../../src/main/services/errors';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  handleCalls: [] as string[],
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => {
      if (electron.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      electron.handleCalls.push(channel);
      electron.handlers.set(channel, fn);
    },
    removeHandler: (channel: string) => electron.handlers.delete(channel),
    on: () => {
      throw new Error('ipc.ts must only use handle()');
    },
  },
}));

const { registerIpc } = await import('../../../src/main/ipc');

const OURS = 'file:///opt/circlekeeper/out/renderer/index.html';
const isTrustedUrl = (url: string): boolean => url.split('#')[0] === OURS;
const quietLog = { error: vi.fn(), warn: vi.fn() };

/** Real, simple services: each echoes what it received, so tests can see exactly what got through. */
function echoServices(calls: string[]): Services {
  const entries = methodNames.map((name) => [
    name,
    async (input: unknown) => {
      calls.push(name);
      return { handled: name, input };
    },
  ]);
  return Object.fromEntries(entries) as Services;
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
const invoke = (method: MethodName | string, event: unknown, input: unknown) => {
  const handler = electron.handlers.get(`${IPC_CHANNEL_PREFIX}${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler(event, input);
};

describe('registerIpc', () => {
  let calls: string[];
  let unregister: () => void;

  beforeEach(() => {
    electron.handlers.clear();
    electron.handleCalls.length = 0;
    quietLog.warn.mockClear();
    calls = [];
    unregister = registerIpc(echoServices(calls), { isTrustedUrl, log: quietLog });
  });

  it('registers every contract method exactly once, on its own channel, and nothing else', () => {
    expect(electron.handleCalls).toHaveLength(methodNames.length);
    expect(new Set(electron.handleCalls).size).toBe(methodNames.length);
    expect([...electron.handleCalls].sort()).toEqual(methodNames.map((m) => `${IPC_CHANNEL_PREFIX}${m}`).sort());
  });

  it('runs a call from our own page through validation to the service', async () => {
    await expect(invoke('groups.list', frame(`${OURS}#/groups`), { includeArchived: true })).resolves.toEqual({
      ok: true,
      value: { handled: 'groups.list', input: { includeArchived: true } },
    });
    expect(calls).toEqual(['groups.list']);
  });

  it('refuses a frame from anywhere else without calling the service', async () => {
    const result = await invoke('dashboard.get', frame('https://evil.example/'), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('refuses a call whose sender frame is gone', async () => {
    await expect(invoke('dashboard.get', { senderFrame: null }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await expect(invoke('dashboard.get', {}, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const throwing = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    await expect(invoke('dashboard.get', throwing, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('refuses a sub-frame even when it claims our URL', async () => {
    const result = await invoke('dashboard.get', frame(OURS, { url: OURS }), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('validates input before the service sees it', async () => {
    const result = await invoke('groups.get', frame(OURS), { id: 'not-an-id', extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls).toEqual([]);
  });

  it('returns typed errors without stack traces', async () => {
    electron.handlers.clear();
    const services = echoServices(calls);
    services['dashboard.get'] = async () => {
      throw new ServiceError('conflict', 'That clashes with something.');
    };
    services['people.list'] = async () => {
      throw new Error('ENOENT /home/coach/secret/path');
    };
    registerIpc(services, { isTrustedUrl, log: quietLog });
    await expect(invoke('dashboard.get', frame(OURS), {})).resolves.toEqual({
      ok: false,
      error: { code: 'conflict', message: 'That clashes with something.' },
    });
    const internal = (await invoke('people.list', frame(OURS), {})) as { ok: false; error: { message: string } };
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('ENOENT');
    expect(JSON.stringify(internal)).not.toContain('/home/coach');
  });

  it('removes every handler when unregistered', () => {
    unregister();
    expect(electron.handlers.size).toBe(0);
  });
});
