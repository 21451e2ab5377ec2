import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type UseFormSetError } from 'react-hook-form';
import { PersonInputSchema, type PersonInput, type PersonValues } from '../../../shared/entities';
import { ApiCallError } from '../../api';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { TimeZoneField } from '../../ui/TimeZoneField';
import { applyServerErrors } from '../../ui/form-errors';

export interface PersonFormProps {
  /** Starting values: a blank person with the coach's zone, or the person being edited. */
  initial: PersonInput;
  submitLabel: string;
  /** Saves the values; throws (typically an ApiCallError) when main refuses them. */
  onSubmit: (values: PersonValues) => Promise<unknown>;
  onCancel?: () => void;
}

const PERSON_FIELDS = ['name', 'email', 'timeZone', 'organisation', 'role', 'phone'] as const;

export function blankPerson(timeZone: string): PersonInput {
  return { name: '', email: '', timeZone, organisation: '', role: '', phone: '' };
}

export function personToInput(person: PersonValues): PersonInput {
  const { name, email, timeZone, organisation, role, phone } = person;
  return { name, email, timeZone, organisation, role, phone };
}

/**
 * People's emails are their identity (for calendar invitations and import
 * duplicates), so a uniqueness conflict belongs beside the email field even if
 * the service did not name the field.
 */
function showServerError(setError: UseFormSetError<PersonInput>, err: unknown): void {
  if (err instanceof ApiCallError && err.code === 'conflict' && !err.fields.email) {
    setError('email', { type: 'server', message: err.message }, { shouldFocus: true });
    return;
  }
  applyServerErrors(setError, err, { fields: PERSON_FIELDS });
}

export function PersonForm({ initial, submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PersonInput, unknown, PersonValues>({
    resolver: zodResolver(PersonInputSchema),
    defaultValues: initial,
  });

  // A failed save leaves every field as typed: only the errors change.
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (err) {
      showServerError(setError, err);
    }
  });

  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label="Person details">
      <div className="people-form-grid">
        <TextField label="Name" autoComplete="name" error={errors.name?.message} {...register('name')} />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          hint="Used for calendar invitations. Each person needs their own address."
          error={errors.email?.message}
          {...register('email')}
        />
        <TimeZoneField
          label="Time zone"
          hint="Meeting times are shown to them in this zone."
          error={errors.timeZone?.message}
          {...register('timeZone')}
        />
        <TextField
          label="Phone (optional)"
          type="tel"
          autoComplete="tel"
          error={errors.phone?.message}
          {...register('phone')}
        />
        <TextField
          label="Organisation (optional)"
          autoComplete="organization"
          error={errors.organisation?.message}
          {...register('organisation')}
        />
        <TextField
          label="Role (optional)"
          autoComplete="organization-title"
          error={errors.role?.message}
          {...register('role')}
        />
      </div>
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
