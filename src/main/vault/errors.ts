/**
 * Failures of the vault, each with a message for the coach. No message ever
 * holds a passphrase, a recovery key, a key or note text: they are shown,
 * logged and sent to the window, and none of those may see a secret.
 */
export type VaultErrorCode =
  /** The passphrase or recovery key does not open this vault (the GCM tag did not match). */
  | 'wrong_secret'
  /** The vault header on disk is not one this build can use, or was changed. */
  | 'header_rejected'
  /** A sealed note was truncated, altered, moved to another note or is of an unknown format. */
  | 'note_rejected'
  | 'locked'
  | 'no_vault'
  | 'already_set_up'
  | 'too_many_attempts'
  | 'weak_passphrase';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
    /** For too_many_attempts: when the next attempt is accepted. */
    readonly retryAt?: Date,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}
