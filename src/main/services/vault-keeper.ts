import { parseRecoveryKey } from '../../shared/recovery-key';
import { DEFAULT_IDLE_LOCK_MINUTES, type VaultCredential, type VaultStatus } from '../../shared/contract/vault';
import { SerialQueue } from '../store/serial-queue';
import type { DataStore } from '../store/types';
import { readVaultAttempts, writeVaultAttempts } from '../store/vault-attempts-file';
import type { VaultHeaderDoc } from '../store/vault-header-doc';
import { AttemptThrottle } from '../vault/attempts';
import { VaultError } from '../vault/errors';
import { KDF_COST, type KdfCost } from '../vault/kdf';
import { createVault, rewrapPassphrase, rewrapRecovery, unwrapWithPassphrase, unwrapWithRecoveryKey } from '../vault/key-wrap';
import { VaultSession } from '../vault/session';
import { checkPassphrase } from '../vault/strength';

export type { KdfCost } from '../vault/kdf';

export interface VaultKeeperOptions {
  store: DataStore;
  now: () => Date;
  newId: () => string;
  /** Words the coach's passphrase should not lean on (their name). */
  personalWords: () => string[];
  /** Only unit tests pass a cost (TEST_ONLY_KDF_COST); the app always uses KDF_COST. */
  testOnlyKdfCost?: KdfCost;
}

/**
 * The vault's state in main: the session holding the data key, the throttle
 * on wrong attempts, and the header in the store. One operation at a time, so
 * two unlocks sent together cannot both slip past the throttle, and scrypt
 * never runs twice at once. The notes service will ask it for the key.
 */
export class VaultKeeper {
  private readonly session: VaultSession;
  private readonly throttle: AttemptThrottle;
  private readonly queue = new SerialQueue();
  private readonly cost: KdfCost;
  /** Whether the stored count of wrong attempts has been read (once, before the first operation). */
  private attemptsLoaded = false;
  private readonly lockListeners = new Set<() => void>();

  constructor(private readonly options: VaultKeeperOptions) {
    this.session = new VaultSession(options.now, () => {
      for (const listener of this.lockListeners) listener();
    });
    this.throttle = new AttemptThrottle(options.now);
    this.cost = options.testOnlyKdfCost ?? KDF_COST;
  }

  status(): Promise<VaultStatus> {
    return this.run(async () => this.statusOf(await this.options.store.vaultHeader()));
  }

  setUp(passphrase: string): Promise<{ status: VaultStatus; recoveryKey: string }> {
    return this.run(async () => {
      if (await this.options.store.vaultHeader()) {
        throw new VaultError('already_set_up', 'Encrypted notes are already set up. To use another passphrase, change it in the settings.');
      }
      // Notes without their key file: a new key could never open them, and setting one up would hide them.
      if ((await this.options.store.notes.entries()).length > 0) {
        throw new VaultError(
          'already_set_up',
          'This folder holds encrypted notes but their key file (vault.json) is missing. Restore a backup from Settings to bring it back; a new passphrase could not open those notes.',
        );
      }
      await this.requireStrong(passphrase);
      const made = await createVault({ passphrase, vaultId: this.options.newId(), now: this.options.now(), cost: this.cost });
      try {
        await this.options.store.saveVaultHeader(made.header);
      } catch (err) {
        made.dek.fill(0);
        throw err;
      }
      this.session.unlock(made.header.vaultId, made.dek);
      return { status: this.statusOf(made.header), recoveryKey: made.recoveryKey };
    });
  }

  unlock(credential: VaultCredential): Promise<VaultStatus> {
    return this.run(async () => {
      const header = await this.requireHeader();
      const dek = await this.unwrap(header, credential);
      this.session.unlock(header.vaultId, dek);
      return this.statusOf(header);
    });
  }

  lock(): Promise<VaultStatus> {
    return this.run(async () => {
      this.session.lock();
      return this.statusOf(await this.options.store.vaultHeader());
    });
  }

  /** Locks at once, outside the queue: for quit, suspend and the screen locking, which must not wait behind an unlock. */
  lockNow(): void {
    this.session.lock();
  }

  changePassphrase(current: VaultCredential, newPassphrase: string): Promise<VaultStatus> {
    return this.run(async () => {
      const header = await this.requireHeader();
      const dek = await this.unwrap(header, current);
      try {
        await this.requireStrong(newPassphrase);
        const saved = await this.options.store.saveVaultHeader(await rewrapPassphrase(header, dek, newPassphrase, this.cost));
        return this.statusOf(saved);
      } finally {
        dek.fill(0);
      }
    });
  }

  newRecoveryKey(current: VaultCredential): Promise<{ status: VaultStatus; recoveryKey: string }> {
    return this.run(async () => {
      const header = await this.requireHeader();
      const dek = await this.unwrap(header, current);
      try {
        const next = rewrapRecovery(header, dek, this.options.now());
        const saved = await this.options.store.saveVaultHeader(next.header);
        return { status: this.statusOf(saved), recoveryKey: next.recoveryKey };
      } finally {
        dek.fill(0);
      }
    });
  }

  updateSettings(idleLockMinutes: number): Promise<VaultStatus> {
    return this.run(async () => {
      const header = await this.requireHeader();
      const saved = await this.options.store.saveVaultHeader({ ...header, settings: { ...header.settings, idleLockMinutes } });
      return this.statusOf(saved);
    });
  }

  /**
   * Whether `recoveryKey` is the current vault's recovery key; only while
   * unlocked (the coach has just been shown it). Not an unlock attempt: it
   * unlocks nothing, and a 160-bit key cannot be guessed anyway.
   */
  holdsRecoveryKey(recoveryKey: string): Promise<'current' | 'other' | 'locked'> {
    return this.run(async () => {
      const header = await this.options.store.vaultHeader();
      if (!header || !this.session.isUnlocked(header.vaultId, header.settings.idleLockMinutes)) return 'locked';
      const parsed = parseRecoveryKey(recoveryKey);
      if (!parsed.ok) return 'other';
      try {
        unwrapWithRecoveryKey(header, parsed.bytes).fill(0);
        return 'current';
      } catch (err) {
        if (err instanceof VaultError && err.code === 'wrong_secret') return 'other';
        throw err;
      } finally {
        parsed.bytes.fill(0);
      }
    });
  }

  /**
   * The coach forgot both the passphrase and the recovery key: every note,
   * the templates and the key file go, so encrypted notes can be set up anew.
   * Nothing else in the folder is touched. Returns how many notes were removed.
   */
  reset(): Promise<number> {
    return this.run(async () => {
      this.session.lock();
      const removed = await this.options.store.resetVault();
      // The new vault starts without the old one's wrong attempts (or their wait).
      if (this.throttle.state().failures > 0) {
        this.throttle.succeeded();
        await this.saveAttempts().catch(() => undefined);
      }
      return removed;
    });
  }

  /** Runs `listener` whenever the key is let go (lock, idle, suspend, quit, reset); returns how to stop. */
  onLocked(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** The id of the vault whose key is held, for binding what is sealed with it; throws `locked` otherwise. */
  async unlockedVaultId(): Promise<string> {
    const header = await this.requireHeader();
    this.session.use(header.vaultId, header.settings.idleLockMinutes);
    return header.vaultId;
  }

  /** Locks when idle for longer than the coach's setting; true when it did (for a timer in main to tell the window). */
  lockIfIdle(): Promise<boolean> {
    return this.run(async () => {
      const header = await this.options.store.vaultHeader();
      return header ? this.session.lockIfIdle(header.settings.idleLockMinutes) : false;
    });
  }

  /** The data key for one operation of the notes service (counts as activity); throws `locked` when not unlocked. */
  async dataKey(): Promise<Buffer> {
    const header = await this.requireHeader();
    return this.session.use(header.vaultId, header.settings.idleLockMinutes);
  }

  // ---------- internals ----------

  /** One operation at a time, after the stored wrong-attempt count has been read. */
  private run<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      if (!this.attemptsLoaded) {
        const stored = await readVaultAttempts(this.options.store.dataDir);
        if (stored) this.throttle.restore(stored);
        this.attemptsLoaded = true;
      }
      return work();
    });
  }

  /** Stores the throttle's state durably, so a restart keeps the wait; before the answer goes out. */
  private saveAttempts(): Promise<void> {
    return writeVaultAttempts(this.options.store.dataDir, this.throttle.state());
  }

  private statusOf(header: Readonly<VaultHeaderDoc> | null): VaultStatus {
    const retryAt = this.throttle.retryAt()?.toISOString() ?? null;
    if (!header) return { state: 'none', idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES, retryAt, recoveryKeyCreatedAt: null };
    const unlocked = this.session.isUnlocked(header.vaultId, header.settings.idleLockMinutes);
    return {
      state: unlocked ? 'unlocked' : 'locked',
      idleLockMinutes: header.settings.idleLockMinutes,
      retryAt,
      recoveryKeyCreatedAt: header.wrapped.recovery.createdAt,
    };
  }

  private async requireHeader(): Promise<Readonly<VaultHeaderDoc>> {
    const header = await this.options.store.vaultHeader();
    if (header) return header;
    // Notes without their key file: it was removed, or damaged and set aside with no good copy in any backup.
    if ((await this.options.store.notes.entries()).length > 0) {
      throw new VaultError(
        'header_rejected',
        'Your notes cannot be unlocked: their key file (vault.json) is missing or was damaged and set aside. Restore a backup from Settings to bring it back; the notes themselves are untouched.',
      );
    }
    throw new VaultError('no_vault', 'Encrypted notes are not set up yet.');
  }

  private async requireStrong(passphrase: string): Promise<void> {
    const verdict = await checkPassphrase(passphrase, this.options.personalWords());
    if (!verdict.acceptable) throw new VaultError('weak_passphrase', verdict.problem!);
  }

  /** The data key from a credential, counting a wrong one against the throttle. */
  private async unwrap(header: Readonly<VaultHeaderDoc>, credential: VaultCredential): Promise<Buffer> {
    this.throttle.check();
    try {
      let dek: Buffer;
      if (credential.method === 'passphrase') {
        dek = await unwrapWithPassphrase(header, credential.passphrase);
      } else {
        const parsed = parseRecoveryKey(credential.recoveryKey);
        // The contract already parsed it; a key that fails here is a bug, not a wrong attempt.
        if (!parsed.ok) throw new VaultError('wrong_secret', parsed.problem);
        try {
          dek = unwrapWithRecoveryKey(header, parsed.bytes);
        } finally {
          parsed.bytes.fill(0);
        }
      }
      const hadFailures = this.throttle.state().failures > 0;
      this.throttle.succeeded();
      // A failure to store a cleared count only means the next restart remembers old mistakes.
      if (hadFailures) await this.saveAttempts().catch(() => undefined);
      return dek;
    } catch (err) {
      if (err instanceof VaultError && err.code === 'wrong_secret') {
        this.throttle.failed();
        // The wait holds in memory even if the disk refuses; the coach is told about the passphrase, not the disk.
        await this.saveAttempts().catch(() => undefined);
      }
      throw err;
    }
  }
}
