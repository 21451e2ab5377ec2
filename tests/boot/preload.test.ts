import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL_PREFIX, EVENT_NAMES, EVENTS_BRIDGE_KEY } from '../../src/shared/event-names';
import { BRIDGE_KEY, IPC_CHANNEL_PREFIX, METHOD_NAMES } from '../../src/shared/method-names';
import { BUILT_PRELOAD } from './support/built-app';

// The BUILT preload (out/preload/index.cjs) as a sandboxed renderer loads it:
// a classic script whose `require` knows only what Electron's sandbox offers.
// A bundle that pulled in zod, a node built-in or an ES module would break
// every window, which a unit test of the source cannot see.

const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);
const ELECTRON_RENDERER_MODULES = ['contextBridge', 'crashReporter', 'ipcRenderer', 'nativeImage', 'webFrame', 'webUtils'];

type IpcListener = (event: unknown, payload: unknown) => void;

interface Loaded {
  exposed: Map<string, unknown>;
  invocations: unknown[][];
  /** What the preload listens to with ipcRenderer.on, by channel. */
  listeners: Map<string, Set<IpcListener>>;
  required: string[];
  touched: string[];
}

function loadBuiltPreload(): Loaded {
  const loaded: Loaded = { exposed: new Map(), invocations: [], listeners: new Map(), required: [], touched: [] };
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      loaded.invocations.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, listener: IpcListener) => {
      const set = loaded.listeners.get(channel) ?? new Set();
      loaded.listeners.set(channel, set);
      set.add(listener);
    },
    removeListener: (channel: string, listener: IpcListener) => loaded.listeners.get(channel)?.delete(listener),
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => loaded.exposed.set(key, api),
  };
  // Any other part of the electron module is noted, so the test says what the preload reached for.
  const electron = new Proxy({ contextBridge, ipcRenderer } as Record<string, unknown>, {
    get(target, prop) {
      if (typeof prop === 'string') loaded.touched.push(prop);
      if (typeof prop === 'string' && !(prop in target) && ELECTRON_RENDERER_MODULES.includes(prop)) return {};
      return target[prop as string];
    },
  });
  const sandboxRequire = (name: string): unknown => {
    loaded.required.push(name);
    if (!SANDBOX_MODULES.has(name)) throw new Error(`module not found: ${name}`);
    if (name === 'electron') return electron;
    return {};
  };
  const module = { exports: {} };
  const context = createContext({ require: sandboxRequire, module, exports: module.exports, console });
  // Electron wraps the preload as CommonJS; an `import` statement would not even compile here.
  runInContext(readFileSync(BUILT_PRELOAD, 'utf8'), context, { filename: BUILT_PRELOAD });
  return loaded;
}

describe('the built preload, loaded as a sandboxed window loads it', () => {
  it('needs nothing the sandbox does not provide', () => {
    const { required, touched } = loadBuiltPreload();
    expect(required).toEqual(['electron']);
    // ipcRenderer is reached only when a method is called (next test).
    expect(touched.filter((name) => name !== 'contextBridge' && name !== 'ipcRenderer')).toEqual([]);
  });

  it('exposes one frozen object with exactly the contract methods, and one for the events', () => {
    const { exposed } = loadBuiltPreload();
    expect([...exposed.keys()]).toEqual([BRIDGE_KEY, EVENTS_BRIDGE_KEY]);
    const bridge = exposed.get(BRIDGE_KEY) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method to its own channel with only the input', async () => {
    const { exposed, invocations } = loadBuiltPreload();
    const bridge = exposed.get(BRIDGE_KEY) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const method of METHOD_NAMES) await bridge[method]!({ probe: method }, 'extra', () => 'callback');
    expect(invocations).toEqual(METHOD_NAMES.map((method) => [`${IPC_CHANNEL_PREFIX}${method}`, { probe: method }]));
  });
});

describe('the built preload’s events bridge', () => {
  it('offers only on(name), for the contract events only, delivering the payload alone until unsubscribed', () => {
    const { exposed, listeners } = loadBuiltPreload();
    const events = exposed.get(EVENTS_BRIDGE_KEY) as { on: (name: string, listener: (payload: unknown) => void) => () => void };
    expect(Object.keys(events)).toEqual(['on']);
    expect(Object.isFrozen(events)).toBe(true);
    expect(() => events.on('dashboard.get', () => undefined)).toThrow(/no event named/);
    expect(listeners.size).toBe(0);
    for (const name of EVENT_NAMES) {
      const seen: unknown[][] = [];
      const stop = events.on(name, (...args) => seen.push(args));
      const channel = `${EVENT_CHANNEL_PREFIX}${name}`;
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipc event' }, { probe: name });
      stop();
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipc event' }, { probe: 'after' });
      expect(seen).toEqual([[{ probe: name }]]);
    }
  });
});
