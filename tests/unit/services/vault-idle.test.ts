import { afterEach, describe, expect, it, vi } from 'vitest';
import { VaultKeeper } from '../../../src/main/services/vault-keeper';
import { watchVaultIdle } from '../../../src/main/services/vault-idle';
import { TEST_ONLY_KDF_COST } from '../../../src/main/vault/kdf';
import { fixedClock } from '../../support/clock';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

let h: ServiceHarness;
afterEach(async () => {
  vi.useRealTimers();
  await h?.close();
  await removeTempDirs();
});

describe('idle lock in main', () => {
  it('locks an unused vault after the idle time without any call from the window, and says so once', async () => {
    const clock = fixedClock();
    h = await openHarness({ clock });
    const keeper = new VaultKeeper({ store: h.store, now: clock.now, newId: () => '00000000-0000-4000-8000-000000000001', personalWords: () => [], testOnlyKdfCost: TEST_ONLY_KDF_COST });
    await keeper.setUp('glacier otter lantern mosaic');
    const key = await keeper.dataKey();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const onLocked = vi.fn();
    const stop = watchVaultIdle(keeper, onLocked, 1000);
    clock.set('2026-03-15T10:09:59.000Z');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onLocked).not.toHaveBeenCalled();
    clock.set('2026-03-15T10:10:00.000Z');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onLocked).toHaveBeenCalledTimes(1);
    expect(key.equals(Buffer.alloc(32))).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(onLocked).toHaveBeenCalledTimes(1);
    expect((await keeper.status()).state).toBe('locked');
    stop();
  });
});
