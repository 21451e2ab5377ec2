import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, eventChannel, eventNames, EVENTS_BRIDGE_KEY, IPC_CHANNEL_PREFIX, methodNames } from '../../../src/shared/api';

type IpcListener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn((channel: string, listener: IpcListener) => {
      const set = electron.listeners.get(channel) ?? new Set();
      electron.listeners.set(channel, set);
      set.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: IpcListener) => electron.listeners.get(channel)?.delete(listener)),
  },
}));

/** Main sending on a channel, as webContents.send would. */
function sendFromMain(channel: string, payload: unknown): void {
  for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'ipc-event' }, payload);
}

type EventsBridge = { on: (name: string, listener: (payload: unknown) => void) => () => void };

async function loadEventsBridge(): Promise<EventsBridge> {
  await loadPreload();
  return electron.exposed.get(EVENTS_BRIDGE_KEY) as EventsBridge;
}

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;

async function loadPreload(): Promise<Bridge> {
  vi.resetModules();
  electron.exposed.clear();
  electron.listeners.clear();
  await import('../../../src/preload/index');
  return electron.exposed.get(BRIDGE_KEY) as Bridge;
}

describe('preload bridge', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes the methods and the events, each under its own key, and nothing else', async () => {
    await loadPreload();
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_KEY, EVENTS_BRIDGE_KEY]);
  });

  it('has exactly the contract methods, each a function', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof bridge[name]).toBe('function');
  });

  it('does not hand the page ipcRenderer or any of its functions', async () => {
    const bridge = await loadPreload();
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(electron.invoke);
    }
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method to its own channel with only the input', async () => {
    const bridge = await loadPreload();
    for (const name of methodNames) {
      const input = { probe: name };
      const result = await bridge[name]!(input);
      expect(result).toEqual({ ok: true, value: { channel: `${IPC_CHANNEL_PREFIX}${name}`, input } });
      expect(electron.invoke).toHaveBeenLastCalledWith(`${IPC_CHANNEL_PREFIX}${name}`, input);
    }
    expect(electron.invoke).toHaveBeenCalledTimes(methodNames.length);
  });

  it('ignores extra arguments the page might pass', async () => {
    const bridge = await loadPreload();
    await (bridge['dashboard.get'] as (...args: unknown[]) => Promise<unknown>)({}, 'ck:other', { evil: true });
    expect(electron.invoke).toHaveBeenCalledWith(`${IPC_CHANNEL_PREFIX}dashboard.get`, {});
    expect(electron.invoke.mock.calls[0]).toHaveLength(2);
  });
});

describe('preload events bridge', () => {
  it('offers only subscription: one frozen function, on, and no ipcRenderer', async () => {
    const events = await loadEventsBridge();
    expect(Object.keys(events)).toEqual(['on']);
    expect(Object.isFrozen(events)).toBe(true);
    expect(events).not.toHaveProperty('send');
    expect(events).not.toHaveProperty('ipcRenderer');
  });

  it('delivers each contract event from its own channel, the payload only', async () => {
    const events = await loadEventsBridge();
    for (const name of eventNames) {
      const listener = vi.fn();
      events.on(name, listener);
      sendFromMain(eventChannel(name), { probe: name });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(listener.mock.calls[0]).toEqual([{ probe: name }]);
    }
  });

  it('refuses names the contract does not declare, and listens on no channel for them', async () => {
    const events = await loadEventsBridge();
    for (const name of ['vault.unlocked', 'dashboard.get', 'ck:vault.status', '', '__proto__', 'toString']) {
      expect(() => events.on(name, () => undefined), name).toThrow(/no event named/);
    }
    expect(() => events.on(null as never, () => undefined)).toThrow(/no event named/);
    expect(() => events.on('vault.locked', 'not a function' as never)).toThrow(/Pass a function/);
    expect(electron.listeners.size).toBe(0);
  });

  it('stops delivering after unsubscribe, and a second unsubscribe changes nothing', async () => {
    const events = await loadEventsBridge();
    const kept = vi.fn();
    const dropped = vi.fn();
    events.on('backups.recovered', kept);
    const stop = events.on('backups.recovered', dropped);
    stop();
    stop();
    sendFromMain(eventChannel('backups.recovered'), {});
    expect(dropped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(electron.listeners.get(eventChannel('backups.recovered'))?.size).toBe(1);
  });
});
