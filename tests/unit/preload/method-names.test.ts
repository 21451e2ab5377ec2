import { describe, expect, it } from 'vitest';
import { api, BRIDGE_KEY, IPC_CHANNEL_PREFIX } from '../../../src/shared/api';
import { EVENT_CHANNEL_PREFIX, eventNames, EVENTS_BRIDGE_KEY } from '../../../src/shared/api';
import * as lightEvents from '../../../src/shared/event-names';
import * as light from '../../../src/shared/method-names';

describe('the zod-free copy of the contract names used by the preload', () => {
  it('lists exactly the contract methods, in the same order', () => {
    expect([...light.METHOD_NAMES]).toEqual(Object.keys(api));
  });

  it('has no duplicates', () => {
    expect(new Set(light.METHOD_NAMES).size).toBe(light.METHOD_NAMES.length);
  });

  it('uses the same bridge key and channel prefix as the contract', () => {
    expect(light.BRIDGE_KEY).toBe(BRIDGE_KEY);
    expect(light.IPC_CHANNEL_PREFIX).toBe(IPC_CHANNEL_PREFIX);
  });
});

describe('the zod-free copy of the contract event names', () => {
  it('lists exactly the contract events, with the same bridge key and channel prefix', () => {
    expect([...lightEvents.EVENT_NAMES]).toEqual(eventNames);
    expect(lightEvents.EVENTS_BRIDGE_KEY).toBe(EVENTS_BRIDGE_KEY);
    expect(lightEvents.EVENT_CHANNEL_PREFIX).toBe(EVENT_CHANNEL_PREFIX);
  });
});

describe('the preload bundle stays small', () => {
  it('imports the contract (and with it zod) only as types', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const dir = new URL('../../../src/preload/', import.meta.url);
    for (const file of await readdir(dir)) {
      const source = await readFile(new URL(file, dir), 'utf8');
      const valueImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*from\s+'([^']+)'/gm)].map((m) => m[1]);
      expect(valueImports.filter((spec) => /shared\/(api|contract)(\/|$)|^zod/.test(spec!)), file).toEqual([]);
    }
  });
});
