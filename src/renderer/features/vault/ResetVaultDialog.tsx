import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { VAULT_RESET_PHRASE, VaultResetConfirmationSchema } from '../../../shared/contract/vault';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormDialog } from './FormDialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';

const ResetFormSchema = z.object({ confirmation: VaultResetConfirmationSchema });
type ResetForm = z.input<typeof ResetFormSchema>;

/**
 * "Forgot everything": with neither the passphrase nor the recovery key the
 * notes cannot be opened by anyone, so the only way on is to delete them and
 * start again. Only the notes (and their lock) go; the dialog says so, and the
 * coach types the contract's phrase, checked in the form and again in main.
 */
export function ResetVaultDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title="Delete all notes and start again?">
      {(close) => <ResetVaultForm onDone={close} />}
    </FormDialog>
  );
}

function ResetVaultForm({ onDone }: { onDone: () => void }) {
  const toast = useToast();
  const reset = useApiMutation('vault.reset');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ResetForm, unknown, z.output<typeof ResetFormSchema>>({
    resolver: schemaResolver(ResetFormSchema),
    defaultValues: { confirmation: '' },
  });
  const cancel = useUnsavedChanges(isDirty, onDone);

  const onSubmit = handleSubmit(async (values) => {
    try {
      await reset.mutateAsync(values);
      toast({ title: 'Notes deleted', description: 'Choose a new passphrase to start keeping notes again.', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { fields: ['confirmation'], prefix: '' });
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Delete all notes">
      <div className="vault-stack-sm vault-reset__text">
        <p>
          Use this only if you have lost <strong>both</strong> your passphrase and your recovery key. Without one of them
          nobody can open your notes, so the only way on is to delete them and set up notes again.
        </p>
        <p>
          <strong>Only your notes are deleted</strong>, with your own note templates (they are encrypted with the same key)
          and the passphrase and recovery key that locked them. Your groups, people, meetings, check-ins and next steps stay
          exactly as they are.
        </p>
        <p>This cannot be undone from here, and without your passphrase or recovery key the notes could never be read again anyway.</p>
      </div>
      <TextField
        label={`Type “${VAULT_RESET_PHRASE}” to confirm`}
        autoComplete="off"
        spellCheck={false}
        error={errors.confirmation?.message}
        {...register('confirmation')}
      />
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <Button onClick={cancel}>Keep my notes</Button>
        <Button type="submit" variant="danger" disabled={isSubmitting}>
          {isSubmitting ? 'Deleting…' : 'Delete my notes'}
        </Button>
      </div>
    </form>
  );
}
