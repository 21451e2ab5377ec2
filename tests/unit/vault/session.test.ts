import { describe, expect, it } from 'vitest';
import { AttemptThrottle, FREE_ATTEMPTS } from '../../../src/main/vault/attempts';
import { VaultSession } from '../../../src/main/vault/session';
import { fixedClock } from '../../support/clock';

const VAULT = '00000000-0000-4000-8000-000000000001';
const minutes = (clock: ReturnType<typeof fixedClock>, m: number) => clock.set(new Date(clock.now().getTime() + m * 60_000).toISOString());

describe('vault session', () => {
  it('zeroes the key when it locks', () => {
    const clock = fixedClock();
    const session = new VaultSession(clock.now);
    const key = Buffer.alloc(32, 0xab);
    session.unlock(VAULT, key);
    expect(session.use(VAULT, 10)).toBe(key);
    session.lock();
    expect(key.equals(Buffer.alloc(32))).toBe(true);
    expect(() => session.use(VAULT, 10)).toThrow(/locked/);
  });

  it('locks after the idle time without use, and each use starts the wait again', () => {
    const clock = fixedClock();
    const session = new VaultSession(clock.now);
    const key = Buffer.alloc(32, 1);
    session.unlock(VAULT, key);
    minutes(clock, 9);
    session.use(VAULT, 10);
    minutes(clock, 9);
    expect(session.isUnlocked(VAULT, 10)).toBe(true);
    minutes(clock, 1);
    expect(session.isUnlocked(VAULT, 10)).toBe(false);
    expect(key.equals(Buffer.alloc(32))).toBe(true);
  });

  it('drops a key that belongs to another vault (after a restore replaced the header)', () => {
    const session = new VaultSession(fixedClock().now);
    session.unlock(VAULT, Buffer.alloc(32, 1));
    expect(session.isUnlocked('00000000-0000-4000-8000-000000000002', 10)).toBe(false);
    expect(session.isUnlocked(VAULT, 10)).toBe(false);
  });
});

describe('attempt throttle', () => {
  it('lets the first mistakes through, then doubles the wait, refusing until it has passed', () => {
    const clock = fixedClock();
    const throttle = new AttemptThrottle(clock.now);
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      throttle.check();
      throttle.failed();
    }
    throttle.check();
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      throttle.failed();
      const at = throttle.retryAt()!;
      waits.push((at.getTime() - clock.now().getTime()) / 1000);
      expect(() => throttle.check()).toThrow(/Please wait/);
      clock.set(new Date(at.getTime() - 1).toISOString());
      expect(() => throttle.check()).toThrow(/too many|Too many/);
      clock.set(at.toISOString());
      throttle.check();
    }
    expect(waits).toEqual([5, 10, 20, 40]);
  });

  it('caps the wait at 15 minutes and forgets the mistakes after a success', () => {
    const clock = fixedClock();
    const throttle = new AttemptThrottle(clock.now);
    for (let i = 0; i < 40; i++) throttle.failed();
    expect((throttle.retryAt()!.getTime() - clock.now().getTime()) / 60_000).toBe(15);
    throttle.succeeded();
    expect(throttle.retryAt()).toBeNull();
    throttle.failed();
    expect(throttle.retryAt()).toBeNull();
  });
});
