import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { CredentialFields } from './CredentialFields';
import { credentialOf, CurrentCredentialFormSchema, emptyCredential, type CurrentCredentialForm } from './vault-forms';
import { useRefreshVaultStatus } from './vault-status';

/**
 * Proves it is the coach, then makes a new recovery key; the old one stops
 * working at once. The new key is handed to the caller, to show once.
 */
export function NewRecoveryKeyDialog({ open, onOpenChange, onMade }: { open: boolean; onOpenChange: (open: boolean) => void; onMade: (recoveryKey: string) => void }) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Make a new recovery key"
      description="Your old recovery key stops working as soon as the new one is made. Your passphrase stays the same."
    >
      {open ? <NewRecoveryKeyForm onCancel={() => onOpenChange(false)} onMade={onMade} /> : null}
    </Dialog>
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
      <CredentialFields
        method={method}
        onSwitch={(next) => {
          clearErrors('current');
          setValue('current.method', next);
        }}
        passphraseLabel="Current passphrase"
        passphrase={register('current.passphrase')}
        recoveryKey={register('current.recoveryKey')}
        passphraseError={errors.current && 'passphrase' in errors.current ? errors.current.passphrase?.message : undefined}
        recoveryKeyError={errors.current && 'recoveryKey' in errors.current ? errors.current.recoveryKey?.message : undefined}
      />
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
