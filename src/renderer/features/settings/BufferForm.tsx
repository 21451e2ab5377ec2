import { useForm } from 'react-hook-form';
import { CalendarSettingsInputSchema, type CalendarSettingsInput } from '../../../shared/busy-import';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';

/** The least free time the coach wants between two meetings; closer ones are clashes everywhere. */
export function BufferForm({ bufferMinutes }: { bufferMinutes: number }) {
  const toast = useToast();
  const update = useApiMutation('calendar.updateSettings');
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<CalendarSettingsInput, unknown, CalendarSettingsInput>({
    resolver: schemaResolver(CalendarSettingsInputSchema),
    defaultValues: { bufferMinutes },
  });

  const onSubmit = handleSubmit(async (values) => {
    try {
      reset(await update.mutateAsync(values));
      toast({ title: 'Break saved', tone: 'success' });
    } catch (err) {
      applyServerErrors(setError, err, { fields: ['bufferMinutes'], prefix: '' });
    }
  });

  return (
    <form className="stack settings-form" onSubmit={onSubmit} noValidate aria-label="Break between meetings">
      <TextField
        label="Break between meetings (minutes)"
        hint="Two meetings with less free time than this between them count as a clash. Use 0 for none."
        type="number"
        inputMode="numeric"
        min={0}
        max={240}
        step={5}
        error={errors.bufferMinutes?.message}
        {...register('bufferMinutes', { valueAsNumber: true })}
      />
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? 'Saving…' : 'Save break'}
        </Button>
      </div>
    </form>
  );
}
