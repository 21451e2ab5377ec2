import { z } from 'zod';
import { NewPassphraseSchema, PassphraseSchema, type PassphraseVerdict } from '../passphrase-rule';
import { RecoveryKeySchema } from '../recovery-key';
import { none } from './inputs';
import { command, query } from './method';
import { tags } from './tags';

// The vault: the key that encrypts the coach's confidential notes. It lives in
// main; the window only learns whether it is set up and unlocked, and sends
// the passphrase or recovery key the coach types.

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const IdleLockMinutesSchema = z
  .number({ error: 'Choose after how many minutes the notes lock.' })
  .int('Choose a whole number of minutes.')
  .min(1, 'The notes can lock after 1 minute at the soonest.')
  .max(480, 'The notes lock after 8 hours (480 minutes) at the latest.');

/** What the coach types to confirm the reset: long enough that nobody types it by accident. */
export const VAULT_RESET_PHRASE = 'delete my notes';
export const VaultResetConfirmationSchema = z
  .string({ error: `Type “${VAULT_RESET_PHRASE}” to confirm.` })
  .max(100, `Type “${VAULT_RESET_PHRASE}” to confirm.`)
  .refine((typed) => typed.trim().toLowerCase() === VAULT_RESET_PHRASE, `Type “${VAULT_RESET_PHRASE}” to confirm.`);

export interface VaultStatus {
  /** none: encrypted notes were never set up; locked: set up, key not held; unlocked: notes can be read. */
  state: 'none' | 'locked' | 'unlocked';
  /** Minutes without use after which the notes lock by themselves. */
  idleLockMinutes: number;
  /** After repeated wrong attempts: when the next one is accepted (ISO instant); null when it is now. */
  retryAt: string | null;
  /** When the current recovery key was made (ISO instant); null before set-up. */
  recoveryKeyCreatedAt: string | null;
}

export interface VaultSetUp {
  status: VaultStatus;
  /** Shown to the coach once, here, and never again: Circlekeeper does not keep it. */
  recoveryKey: string;
}

/** How the coach proves it is them: the passphrase, or the recovery key written down at set-up. */
export const VaultCredentialSchema = z.discriminatedUnion(
  'method',
  [
    z.strictObject({ method: z.literal('passphrase'), passphrase: PassphraseSchema }),
    z.strictObject({ method: z.literal('recovery-key'), recoveryKey: RecoveryKeySchema }),
  ],
  { error: 'Say whether you use your passphrase or your recovery key.' },
);
export type VaultCredential = z.output<typeof VaultCredentialSchema>;

export const vaultMethods = {
  'vault.status': query<VaultStatus>()(none, () => [tags.vault()]),
  // The estimate runs in main (passphrase-rule.ts says why); it uses the coach's name, so it reads the settings.
  'vault.passphraseStrength': query<PassphraseVerdict>()(z.strictObject({ passphrase: PassphraseSchema }), () => [tags.settings()]),
  'vault.setUp': command<VaultSetUp>()(z.strictObject({ passphrase: NewPassphraseSchema }), () => [tags.vault()]),
  'vault.unlock': command<VaultStatus>()(VaultCredentialSchema, () => [tags.vault()]),
  'vault.lock': command<VaultStatus>()(none, () => [tags.vault()]),
  // Works locked or unlocked: proving it with the recovery key is how a forgotten passphrase is replaced.
  'vault.changePassphrase': command<VaultStatus>()(
    z.strictObject({ current: VaultCredentialSchema, newPassphrase: NewPassphraseSchema }),
    () => [tags.vault()],
  ),
  // The old recovery key stops working at once.
  'vault.newRecoveryKey': command<VaultSetUp>()(z.strictObject({ current: VaultCredentialSchema }), () => [tags.vault()]),
  // Forgot both passphrase and recovery key: the notes are gone by design, and
  // this removes them (and the vault) so the coach can start again. Nothing else is touched.
  'vault.reset': command<VaultStatus>()(z.strictObject({ confirmation: VaultResetConfirmationSchema }), () => [tags.vault(), tags.notes(), tags.noteTemplates()]),
  'vault.updateSettings': command<VaultStatus>()(z.strictObject({ idleLockMinutes: IdleLockMinutesSchema }), () => [tags.vault()]),
} as const;
