import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormDialog } from './FormDialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { CurrentCredentialFields } from './CurrentCredentialFields';
import { credentialOf, CurrentCredentialFormSchema, emptyCredential, type CurrentCredentialForm } from './vault-forms';
import { useRefreshVaultStatus } from './vault-status';

/**
 * Proves it is the coach, then makes a new recovery key; the old one stops
 * working at once. The new key is handed to the caller, to show once.
 */
export function NewRecoveryKeyDialog({ open, onOpenChange, onMade }: { open: boolean; onOpenChange: (open: boolean) => void; onMade: (recoveryKey: string) => void }) {
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Make a new recovery key"
      description="Your old recovery key stops working as soon as the new one is made. Your passphrase stays the same."
    >
      {(close) => <NewRecoveryKeyForm onCancel={close} onMade={onMade} />}
    </FormDialog>
  );
}

function NewRecoveryKeyForm({ onCancel, onMade }: { onCancel: () => void; onMade: (recoveryKey: string) => void }) {
  const refreshStatus = useRefreshVaultStatus();
  const make = useApiMutation('vault.newRecoveryKey');
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<CurrentCredentialForm, unknown, z.output<typeof CurrentCredentialFormSchema>>({
    resolver: schemaResolver(CurrentCredentialFormSchema),
    defaultValues: { current: emptyCredential() },
  });
  const cancel = useUnsavedChanges(isDirty, onCancel);
  const method = watch('current.method');

  const onSubmit = handleSubmit(async (values) => {
    try {
      const made = await make.mutateAsync({ current: credentialOf(values.current) });
      onMade(made.recoveryKey);
    } catch (err) {
      applyServerErrors(setError, err, { fields: ['current.passphrase', 'current.recoveryKey'], prefix: '' });
      refreshStatus();
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Make a new recovery key">
      <CurrentCredentialFields method={method} register={register} setValue={setValue} clearErrors={clearErrors} errors={errors.current} />
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <Button onClick={cancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Making…' : 'Make a new key'}
        </Button>
      </div>
    </form>
  );
}
