import { useMemo, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { requiredDate } from '../../../shared/primitives';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormActions } from './FormActions';
import { renameFields } from './server-errors';

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

/** Asks for one calendar day, e.g. when a member left the group. */
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
  const schema = useMemo(() => z.strictObject({ date: requiredDate(label) }), [label]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<{ date: string }>({ defaultValues: { date: defaultDate }, resolver: schemaResolver(schema) });
  const cancel = useUnsavedChanges(isDirty, onDone);

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
      <DateField label={label} required hint={hint} error={errors.date?.message} {...register('date')} />
      <FormActions submitting={isSubmitting} submitLabel={submitLabel} onCancel={cancel} />
    </form>
  );
}
