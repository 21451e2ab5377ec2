import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CheckboxField } from '../../../src/renderer/ui/CheckboxField';
import { RadioGroupField } from '../../../src/renderer/ui/RadioGroupField';
import { SelectField } from '../../../src/renderer/ui/SelectField';
import { TextAreaField } from '../../../src/renderer/ui/TextAreaField';
import { TextField } from '../../../src/renderer/ui/TextField';
import { TimeZoneField } from '../../../src/renderer/ui/TimeZoneField';

function expectAnnouncedError(control: HTMLElement, message: string) {
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(message);
  expect(control).toHaveAttribute('aria-invalid', 'true');
  // The error is part of the control's description, so it is read with the field.
  expect(control).toHaveAccessibleDescription(expect.stringContaining(message));
}

describe('UI kit fields', () => {
  it('TextField ties its label, hint and error to the input', () => {
    render(<TextField label="Group name" hint="Shown in the sidebar." error="Group name is required." />);
    const input = screen.getByLabelText('Group name');
    expectAnnouncedError(input, 'Group name is required.');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Shown in the sidebar.'));
  });

  it('TextField without an error is valid and has no alert', () => {
    render(<TextField label="Group name" />);
    expect(screen.getByLabelText('Group name')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('TextAreaField shows its error', () => {
    render(<TextAreaField label="Purpose" error="Purpose must be at most 1000 characters." />);
    expectAnnouncedError(screen.getByLabelText('Purpose'), 'Purpose must be at most 1000 characters.');
  });

  it('SelectField shows its error and its options', () => {
    render(
      <SelectField
        label="Facilitation"
        placeholder="Choose…"
        options={[
          { value: 'coach', label: 'Coach-facilitated' },
          { value: 'self', label: 'Self-facilitated' },
        ]}
        error="Choose who facilitates."
      />,
    );
    const select = screen.getByLabelText('Facilitation');
    expectAnnouncedError(select, 'Choose who facilitates.');
    expect(screen.getByRole('option', { name: 'Self-facilitated' })).toBeInTheDocument();
  });

  it('CheckboxField shows its error', () => {
    render(<CheckboxField label="Agreed to the norms" error="Record the agreement first." />);
    expectAnnouncedError(screen.getByLabelText('Agreed to the norms'), 'Record the agreement first.');
  });

  it('RadioGroupField marks every option invalid and names the group by its legend', () => {
    render(
      <RadioGroupField
        label="Meeting mode"
        name="mode"
        options={[
          { value: 'virtual', label: 'Virtual', description: 'Video link' },
          { value: 'in-person', label: 'In person' },
        ]}
        error="Choose how the group meets."
      />,
    );
    expect(screen.getByRole('group', { name: 'Meeting mode' })).toBeInTheDocument();
    const virtual = screen.getByRole('radio', { name: /Virtual/ });
    expectAnnouncedError(virtual, 'Choose how the group meets.');
    expect(screen.getByRole('radio', { name: 'In person' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('TimeZoneField is a combobox that ties its label, hint and error together', () => {
    render(<TimeZoneField label="Time zone" hint="Meetings are planned in this zone." error="Unknown time zone." />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    expectAnnouncedError(input, 'Unknown time zone.');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Meetings are planned in this zone.'));
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });
});

const schema = z.strictObject({
  name: z.string().trim().min(1, 'Name is required.'),
  mode: z.enum(['virtual', 'in-person'], { error: 'Choose how the group meets.' }),
});

function SampleForm({ onValid }: { onValid: (values: z.output<typeof schema>) => void }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', mode: undefined },
  });
  return (
    <form onSubmit={handleSubmit(onValid)} noValidate>
      <TextField label="Name" error={errors.name?.message} {...register('name')} />
      <RadioGroupField
        label="Mode"
        options={[
          { value: 'virtual', label: 'Virtual' },
          { value: 'in-person', label: 'In person' },
        ]}
        error={errors.mode?.message}
        {...register('mode')}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('UI kit fields with react-hook-form', () => {
  it('register() wires value, ref and errors through the fields', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(<SampleForm onValid={onValid} />);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Name is required.')).toBeInTheDocument();
    expect(screen.getByText('Choose how the group meets.')).toBeInTheDocument();
    expect(onValid).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Name'), '  Leaders circle ');
    await user.click(screen.getByRole('radio', { name: 'In person' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenCalledTimes(1);
    expect(onValid.mock.calls[0]?.[0]).toEqual({ name: 'Leaders circle', mode: 'in-person' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
