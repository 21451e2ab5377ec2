import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../src/renderer/api';
import { applyServerErrors, type ApplyServerErrorsOptions } from '../../../src/renderer/ui/form-errors';
import { FormError } from '../../../src/renderer/ui/FormError';
import { TextField } from '../../../src/renderer/ui/TextField';

function RejectedForm({ error, options }: { error: unknown; options?: ApplyServerErrorsOptions }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ name: string; email: string }>({ defaultValues: { name: 'Leaders', email: 'sam@example.com' } });
  return (
    <form onSubmit={handleSubmit(() => applyServerErrors(setError, error, options))}>
      <TextField label="Name" error={errors.name?.message} {...register('name')} />
      <TextField label="Email" error={errors.email?.message} {...register('email')} />
      <FormError message={errors.root?.server?.message} />
      <button type="submit">Save</button>
    </form>
  );
}

async function submit() {
  await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
}

describe('applyServerErrors', () => {
  it('puts field messages beside their fields (stripping the update wrapper) and keeps what was typed', async () => {
    const err = new ApiCallError({
      code: 'conflict',
      message: 'Another active group is already called Leaders.',
      fields: { 'values.name': 'Another active group is already called Leaders.' },
    });
    render(<RejectedForm error={err} options={{ fields: ['name', 'email'] }} />);
    await submit();
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Another active group is already called Leaders.');
    expect(name).toHaveValue('Leaders');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('sends messages for fields the form does not have to the form-level error', async () => {
    const err = new ApiCallError({
      code: 'invalid_input',
      message: 'Not a valid record id. (id)',
      fields: { id: 'Not a valid record id.' },
    });
    render(<RejectedForm error={err} options={{ fields: ['name', 'email'] }} />);
    await submit();
    expect(screen.getByRole('alert')).toHaveTextContent('Not a valid record id.');
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
  });

  it('shows the message of an error without fields, minus the path suffix', async () => {
    const err = new ApiCallError({ code: 'internal', message: 'Something went wrong. Please try again. (values)' });
    render(<RejectedForm error={err} />);
    await submit();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Something went wrong\. Please try again\.$/);
  });
});
