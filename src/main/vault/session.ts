import { VaultError } from './errors';

// The unlocked data key, held in the main process only, and when it is let go.
// Locking overwrites the key's bytes with zeros before dropping it, so it does
// not linger in memory until the garbage collector gets to it. The idle rule
// is checked against an injected clock: every use of the key counts as
// activity, and a key unused for longer than the idle time is locked before
// anything can use it.

export class VaultSession {
  private dek: Buffer | null = null;
  private vaultId: string | null = null;
  private lastUsed = 0;

  /** `onLock` runs whenever a held key is let go, however that happens (so decrypted text in main can go with it). */
  constructor(
    private readonly now: () => Date,
    private readonly onLock: () => void = () => undefined,
  ) {}

  unlock(vaultId: string, dek: Buffer): void {
    this.lock();
    this.dek = dek;
    this.vaultId = vaultId;
    this.lastUsed = this.now().getTime();
  }

  lock(): void {
    const held = this.dek !== null;
    this.dek?.fill(0);
    this.dek = null;
    this.vaultId = null;
    if (held) this.onLock();
  }

  /** Whether the key for this vault is held (locking first if it has been idle for `idleMinutes`). */
  isUnlocked(vaultId: string, idleMinutes: number): boolean {
    this.lockIfIdle(idleMinutes);
    if (this.dek && this.vaultId !== vaultId) this.lock(); // the header was replaced (a restore): its key is not this one
    return this.dek !== null;
  }

  /** Locks when the key has not been used for `idleMinutes`; true when it did. */
  lockIfIdle(idleMinutes: number): boolean {
    if (!this.dek || this.now().getTime() - this.lastUsed < idleMinutes * 60_000) return false;
    this.lock();
    return true;
  }

  /** The key for one operation, counted as activity; throws `locked` when it is not held. */
  use(vaultId: string, idleMinutes: number): Buffer {
    if (!this.isUnlocked(vaultId, idleMinutes)) throw new VaultError('locked', 'Your notes are locked. Unlock them to continue.');
    this.lastUsed = this.now().getTime();
    return this.dek!;
  }
}
