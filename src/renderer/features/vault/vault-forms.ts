import { z } from 'zod';
import type { VaultCredential } from '../../../shared/contract/vault';
import { NewPassphraseSchema, PassphraseSchema } from '../../../shared/passphrase-rule';
import { RecoveryKeySchema } from '../../../shared/recovery-key';

// The vault's forms, built from the contract's own schemas (the same ones
// main checks), plus what only a form needs: typing a new passphrase twice,
// and keeping both credential fields while the coach switches between them.

const NOT_THE_SAME = 'The two passphrases are not the same. Type it again.';

/** A new passphrase typed twice. */
export const NewPassphraseFormSchema = z
  .object({ passphrase: NewPassphraseSchema, repeat: z.string() })
  .refine((v) => v.passphrase === v.repeat, { path: ['repeat'], message: NOT_THE_SAME });
export type NewPassphraseForm = z.input<typeof NewPassphraseFormSchema>;

/**
 * The passphrase or the recovery key, whichever `method` says. Both fields
 * stay in the form, so switching back keeps what was typed; only the chosen
 * one is checked and sent.
 */
export const CredentialFormSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('passphrase'), passphrase: PassphraseSchema, recoveryKey: z.string() }),
  z.object({ method: z.literal('recovery-key'), recoveryKey: RecoveryKeySchema, passphrase: z.string() }),
]);
export type CredentialForm = z.input<typeof CredentialFormSchema>;
export const emptyCredential = (method: CredentialForm['method'] = 'passphrase'): CredentialForm => ({ method, passphrase: '', recoveryKey: '' });

/** What the contract takes: only the chosen secret. */
export function credentialOf(form: z.output<typeof CredentialFormSchema>): VaultCredential {
  return form.method === 'passphrase' ? { method: 'passphrase', passphrase: form.passphrase } : { method: 'recovery-key', recoveryKey: form.recoveryKey };
}

/** Changing the passphrase: proof that it is the coach, then the new one twice. */
export const ChangePassphraseFormSchema = z
  .object({ current: CredentialFormSchema, newPassphrase: NewPassphraseSchema, repeat: z.string() })
  .refine((v) => v.newPassphrase === v.repeat, { path: ['repeat'], message: NOT_THE_SAME });
export type ChangePassphraseForm = z.input<typeof ChangePassphraseFormSchema>;

/** Proof that it is the coach, alone (a new recovery key). */
export const CurrentCredentialFormSchema = z.object({ current: CredentialFormSchema });
export type CurrentCredentialForm = z.input<typeof CurrentCredentialFormSchema>;
