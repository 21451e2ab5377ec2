import { LockKeyhole } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PassphraseSchema } from '../../../shared/passphrase-rule';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';

// The one unlock prompt a locked notes view shows. The vault screens' own
// version (recovery key, retry delay) replaces this at merge; the props stay.

const UnlockFormSchema = z.strictObject({ passphrase: PassphraseSchema });
type UnlockForm = z.input<typeof UnlockFormSchema>;

export function UnlockPrompt({ context }: { context?: string }) {
  const unlock = useApiMutation('vault.unlock');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UnlockForm, unknown, z.output<typeof UnlockFormSchema>>({
    defaultValues: { passphrase: '' },
    resolver: schemaResolver(UnlockFormSchema),
  });
  const submit = handleSubmit(async (values) => {
    try {
      await unlock.mutateAsync({ method: 'passphrase', passphrase: values.passphrase });
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['passphrase'] });
    }
  });
  return (
    <form className="unlock-prompt" onSubmit={submit} noValidate aria-label="Unlock your notes">
      <LockKeyhole size={20} aria-hidden="true" className="unlock-prompt__icon" />
      <div className="unlock-prompt__body">
        {context ? <p className="unlock-prompt__context">{context}</p> : null}
        <p>Enter your passphrase to read and write notes.</p>
        <FormError message={errors.root?.server?.message} />
        <div className="unlock-prompt__row">
          <TextField label="Passphrase" type="password" autoComplete="current-password" error={errors.passphrase?.message} {...register('passphrase')} />
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            Unlock
          </Button>
        </div>
      </div>
    </form>
  );
}
