import { describe, expect, it } from 'vitest';
import { api, BRIDGE_KEY, IPC_CHANNEL_PREFIX } from '../../../src/shared/api';
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
