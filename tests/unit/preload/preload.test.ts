import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, IPC_CHANNEL_PREFIX, methodNames } from '../../../src/shared/api';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
}));

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;

async function loadPreload(): Promise<Bridge> {
  vi.resetModules();
  electron.exposed.clear();
  await import('../../../src/preload/index');
  return electron.exposed.get(BRIDGE_KEY) as Bridge;
}

describe('preload bridge', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes one object, under the bridge key, and nothing else', async () => {
    await loadPreload();
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_KEY]);
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
