import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { IsoDateSchema } from '../../../shared/primitives';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { applyServerErrors } from '../../ui/form-errors';
import { FormActions } from './FormActions';
import { renameFields } from './server-errors';

const DateFormSchema = z.strictObject({ date: IsoDateSchema });
type DateForm = z.infer<typeof DateFormSchema>;

interface DateDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  label: string;
  hint?: string;
  submitLabel: string;
  defaultDate: string;
  /** The date's name in the contract method ('leftOn', 'agreedOn'), so main's message lands on the field. */
  serverField: string;
  onSubmit: (date: string) => Promise<void>;
  children?: ReactNode;
}

/** Asks for one calendar day, e.g. when a member left or agreed to the norms. */
export function DateDialog({ open, onOpenChange, title, description, ...form }: DateDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} {...(description ? { description } : {})}>
      {open ? <DateForm {...form} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function DateForm({
  label,
  hint,
  submitLabel,
  defaultDate,
  serverField,
  onSubmit,
  onDone,
  children,
}: Omit<DateDialogProps, 'open' | 'onOpenChange' | 'title' | 'description'> & { onDone: () => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DateForm>({ defaultValues: { date: defaultDate }, resolver: zodResolver(DateFormSchema) });

  const submit = handleSubmit(async ({ date }) => {
    try {
      await onSubmit(date);
      onDone();
    } catch (err) {
      applyServerErrors(setError, renameFields(err, { [serverField]: 'date' }), { prefix: '', fields: ['date'] });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      {children}
      <FormError message={errors.root?.server?.message} />
      <TextField label={label} type="date" hint={hint} error={errors.date?.message} {...register('date')} />
      <FormActions submitting={isSubmitting} submitLabel={submitLabel} onCancel={onDone} />
    </form>
  );
}
