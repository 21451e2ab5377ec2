import { Plus } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { applyServerErrors } from '../../ui/form-errors';
import { NormFormSchema, type NormFormValues } from './norm-form';
import { schemaResolver } from '../../ui/form-resolver';

/** One line to add a norm at the end of the list; the field empties only once it is saved. */
export function AddNormForm({ groupId }: { groupId: string }) {
  const add = useApiMutation('norms.add');
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NormFormValues>({ defaultValues: { text: '' }, resolver: schemaResolver(NormFormSchema) });

  const submit = handleSubmit(async ({ text }) => {
    try {
      await add.mutateAsync({ groupId, text });
      reset({ text: '' });
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['text'] });
    }
  });

  return (
    <form className="groups-norm-add" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <div className="groups-norm-add__row">
        <TextField
          label="Add a norm"
          placeholder="e.g. We start and finish on time"
          autoComplete="off"
          error={errors.text?.message}
          {...register('text')}
        />
        <Button type="submit" disabled={isSubmitting}>
          <Plus size={16} aria-hidden="true" />
          Add
        </Button>
      </div>
    </form>
  );
}
