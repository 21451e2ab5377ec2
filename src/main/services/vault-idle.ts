import type { VaultKeeper } from './vault-keeper';

/** How often main checks whether the unlocked notes have been idle too long. */
export const IDLE_CHECK_MS = 30_000;

/**
 * Locks the vault once it has been idle for the coach's chosen time, even if
 * the window never asks again: the data key's bytes are zeroed within
 * IDLE_CHECK_MS of the deadline, not whenever the next call comes. The window
 * is told through `onLocked` (the contract's `vault.locked` event).
 * The timer never keeps the process alive. Returns a function that stops it.
 */
export function watchVaultIdle(keeper: Pick<VaultKeeper, 'lockIfIdle'>, onLocked: () => void, everyMs = IDLE_CHECK_MS): () => void {
  const timer = setInterval(() => {
    keeper.lockIfIdle().then(
      (locked) => {
        if (locked) onLocked();
      },
      () => undefined, // a store that is closing has nothing left to lock
    );
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
