import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { CredentialFields } from './CredentialFields';
import { formatWait, useSecondsUntil } from './use-countdown';
import { CredentialFormSchema, credentialOf, emptyCredential, type CredentialForm } from './vault-forms';
import { useRefreshVaultStatus, useVaultStatus } from './vault-status';

/**
 * Unlocks the notes with the passphrase or the recovery key. A wrong one gets
 * main's message beside the field; after several, main makes the coach wait
 * (status.retryAt) and the button counts down until the next try is accepted.
 */
export function UnlockForm({ onUnlocked }: { onUnlocked?: () => void }) {
  const status = useVaultStatus();
  const refreshStatus = useRefreshVaultStatus();
  const waitSeconds = useSecondsUntil(status.data?.retryAt ?? null);
  const unlock = useApiMutation('vault.unlock', { onSuccess: () => onUnlocked?.() });
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<CredentialForm, unknown, z.output<typeof CredentialFormSchema>>({
    resolver: schemaResolver(CredentialFormSchema),
    defaultValues: emptyCredential(),
  });
  const method = watch('method');
  const waiting = waitSeconds > 0;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await unlock.mutateAsync(credentialOf(values));
    } catch (err) {
      applyServerErrors(setError, err, { fields: ['passphrase', 'recoveryKey'], prefix: '' });
      // A refusal may have started a wait: the status says until when.
      refreshStatus();
    }
  });

  return (
    <form className="stack vault-form" onSubmit={onSubmit} noValidate aria-label="Unlock your notes">
      <CredentialFields
        method={method}
        onSwitch={(next) => {
          clearErrors();
          setValue('method', next);
        }}
        passphrase={register('passphrase')}
        recoveryKey={register('recoveryKey')}
        passphraseError={errors.passphrase?.message}
        recoveryKeyError={errors.recoveryKey?.message}
      />
      <FormError message={errors.root?.server?.message} />
      {waiting ? (
        <p className="vault-wait" role="status">
          Too many wrong attempts. You can try again in <strong>{formatWait(waitSeconds)}</strong>.
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={isSubmitting || waiting}>
          {isSubmitting ? 'Unlocking…' : waiting ? `Try again in ${formatWait(waitSeconds)}` : 'Unlock notes'}
        </Button>
      </div>
    </form>
  );
}
