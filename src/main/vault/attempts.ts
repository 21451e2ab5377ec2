import { VaultError } from './errors';

// Wrong passphrases cost time. The first few mistakes are free (a typo is not
// an attack); after that each wrong attempt doubles the wait before the next
// one, up to 15 minutes. The wait is kept here, in main: the window cannot
// skip it, it can only be told how long is left. Attempts are refused while
// waiting rather than put to sleep, so main keeps answering and no request
// hangs. (Anyone who has copied the folder can guess offline without any of
// this; the scrypt cost is what protects against them.)
// The count and the wait survive a restart: the keeper stores `state()` in
// the data folder after each change and gives it back through `restore`.

export const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 5_000;
export const MAX_WAIT_MS = 15 * 60_000;

/** What the throttle keeps across restarts. */
export interface AttemptState {
  failures: number;
  retryAt: Date | null;
}

export class AttemptThrottle {
  private failures = 0;
  private notBefore = 0;

  constructor(private readonly now: () => Date) {}

  /**
   * Takes back a stored state. A wait further away than the longest the
   * throttle ever sets (a damaged or foreign file, or a clock set back) is cut
   * to that longest wait from now, so nothing on disk can lock the coach out
   * for longer.
   */
  restore(state: AttemptState): void {
    const nowMs = this.now().getTime();
    this.failures = Math.max(0, Math.min(Math.floor(state.failures) || 0, 1_000_000));
    const at = state.retryAt?.getTime() ?? 0;
    this.notBefore = Number.isFinite(at) && at > nowMs ? Math.min(at, nowMs + MAX_WAIT_MS) : 0;
  }

  /** The count and the wait as they are now, for the keeper to store. */
  state(): AttemptState {
    return { failures: this.failures, retryAt: this.notBefore > 0 ? new Date(this.notBefore) : null };
  }

  /** When the next attempt is accepted, or null when it is accepted now. */
  retryAt(): Date | null {
    return this.now().getTime() < this.notBefore ? new Date(this.notBefore) : null;
  }

  /** Throws too_many_attempts while the wait after the last mistake lasts. */
  check(): void {
    const at = this.retryAt();
    if (!at) return;
    const seconds = Math.ceil((at.getTime() - this.now().getTime()) / 1000);
    const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? '' : 's'}`;
    throw new VaultError('too_many_attempts', `Too many wrong attempts. Please wait ${wait} before trying again.`, at);
  }

  failed(): void {
    this.failures += 1;
    const over = this.failures - FREE_ATTEMPTS;
    if (over <= 0) return;
    this.notBefore = this.now().getTime() + Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(over - 1, 20));
  }

  succeeded(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}
