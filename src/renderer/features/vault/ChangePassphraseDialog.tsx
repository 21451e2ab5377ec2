import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormDialog } from './FormDialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { useToast } from '../../ui/useToast';
import { CurrentCredentialFields } from './CurrentCredentialFields';
import { NewPassphraseFields } from './NewPassphraseFields';
import { usePassphraseVerdict, useVerdictFor } from './passphrase-strength';
import { ChangePassphraseFormSchema, credentialOf, emptyCredential, type ChangePassphraseForm } from './vault-forms';
import { useRefreshVaultStatus } from './vault-status';

const FIELDS = ['current.passphrase', 'current.recoveryKey', 'newPassphrase'] as const;

/** A new passphrase, proven with the current one or the recovery key (how a forgotten passphrase is replaced). */
export function ChangePassphraseDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Change your passphrase"
      description="Your notes stay as they are; only the lock on them changes. Your recovery key keeps working."
    >
      {(close) => <ChangePassphraseForm onDone={close} />}
    </FormDialog>
  );
}

function ChangePassphraseForm({ onDone }: { onDone: () => void }) {
  const toast = useToast();
  const refreshStatus = useRefreshVaultStatus();
  const change = useApiMutation('vault.changePassphrase');
  const verdictFor = useVerdictFor();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ChangePassphraseForm, unknown, z.output<typeof ChangePassphraseFormSchema>>({
    resolver: schemaResolver(ChangePassphraseFormSchema),
    defaultValues: { current: emptyCredential(), newPassphrase: '', repeat: '' },
  });
  const cancel = useUnsavedChanges(isDirty, onDone);
  const { verdict } = usePassphraseVerdict(watch('newPassphrase'));
  const method = watch('current.method');

  const onSubmit = handleSubmit(async (values) => {
    try {
      const judged = await verdictFor(values.newPassphrase);
      if (!judged.acceptable) {
        setError('newPassphrase', { type: 'weak', message: judged.problem ?? 'This passphrase would be too easy to guess.' });
        return;
      }
      await change.mutateAsync({ current: credentialOf(values.current), newPassphrase: values.newPassphrase });
      toast({ title: 'Passphrase changed', description: 'Use your new passphrase from now on.', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { fields: FIELDS, prefix: '' });
      refreshStatus();
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Change your passphrase">
      <CurrentCredentialFields method={method} register={register} setValue={setValue} clearErrors={clearErrors} errors={errors.current} />
      <NewPassphraseFields
        label="New passphrase"
        passphrase={register('newPassphrase')}
        repeat={register('repeat')}
        passphraseError={errors.newPassphrase?.message}
        repeatError={errors.repeat?.message}
        verdict={verdict}
      />
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <Button onClick={cancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Changing…' : 'Change passphrase'}
        </Button>
      </div>
    </form>
  );
}
