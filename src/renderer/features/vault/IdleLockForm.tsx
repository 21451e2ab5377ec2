import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { IdleLockMinutesSchema } from '../../../shared/contract/vault';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';

const IdleLockFormSchema = z.object({ idleLockMinutes: IdleLockMinutesSchema });
type IdleLockForm = z.input<typeof IdleLockFormSchema>;

/** After how many minutes without use the notes lock by themselves. */
export function IdleLockForm({ idleLockMinutes }: { idleLockMinutes: number }) {
  const toast = useToast();
  const update = useApiMutation('vault.updateSettings');
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<IdleLockForm, unknown, z.output<typeof IdleLockFormSchema>>({
    resolver: schemaResolver(IdleLockFormSchema),
    defaultValues: { idleLockMinutes },
  });

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      reset({ idleLockMinutes: saved.idleLockMinutes });
      toast({ title: 'Saved', description: `Your notes now lock after ${saved.idleLockMinutes} minute${saved.idleLockMinutes === 1 ? '' : 's'} without use.`, tone: 'success' });
    } catch (err) {
      applyServerErrors(setError, err, { fields: ['idleLockMinutes'], prefix: '' });
    }
  });

  return (
    <form className="vault-idle-form" onSubmit={onSubmit} noValidate aria-label="Lock after">
      <TextField
        label="Lock after this many minutes without use"
        hint="From 1 to 480 minutes. The notes also lock when the computer sleeps, when its screen locks and when you quit."
        type="number"
        inputMode="numeric"
        min={1}
        max={480}
        error={errors.idleLockMinutes?.message}
        {...register('idleLockMinutes', { valueAsNumber: true })}
      />
      <FormError message={errors.root?.server?.message} />
      <div>
        <Button type="submit" size="sm" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </form>
  );
}
