import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { NewPassphraseFields } from './NewPassphraseFields';
import { usePassphraseVerdict, useVerdictFor } from './passphrase-strength';
import { NewPassphraseFormSchema, type NewPassphraseForm } from './vault-forms';

/**
 * First use: the coach picks the passphrase that will lock their notes. A
 * passphrase main rates too easy to guess is refused here with main's reason,
 * and main refuses it again in vault.setUp. On success the caller is handed
 * the recovery key, to show once.
 */
export function SetUpVaultForm({ onSetUp }: { onSetUp: (recoveryKey: string) => void }) {
  const setUp = useApiMutation('vault.setUp', { onSuccess: (result) => onSetUp(result.recoveryKey) });
  const verdictFor = useVerdictFor();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<NewPassphraseForm, unknown, z.output<typeof NewPassphraseFormSchema>>({
    resolver: schemaResolver(NewPassphraseFormSchema),
    defaultValues: { passphrase: '', repeat: '' },
  });
  const { verdict } = usePassphraseVerdict(watch('passphrase'));

  const onSubmit = handleSubmit(async ({ passphrase }) => {
    try {
      const judged = await verdictFor(passphrase);
      if (!judged.acceptable) {
        setError('passphrase', { type: 'weak', message: judged.problem ?? 'This passphrase would be too easy to guess.' });
        return;
      }
      await setUp.mutateAsync({ passphrase });
    } catch (err) {
      // Main's own refusal (a weak passphrase, say) goes beside the field; what was typed stays.
      applyServerErrors(setError, err, { fields: ['passphrase'], prefix: '' });
    }
  });

  return (
    <form className="stack vault-form" onSubmit={onSubmit} noValidate aria-label="Set up encrypted notes">
      <NewPassphraseFields
        label="Passphrase for your notes"
        passphrase={register('passphrase')}
        repeat={register('repeat')}
        passphraseError={errors.passphrase?.message}
        repeatError={errors.repeat?.message}
        verdict={verdict}
      />
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Setting up… this takes a moment' : 'Set up encrypted notes'}
        </Button>
      </div>
    </form>
  );
}
