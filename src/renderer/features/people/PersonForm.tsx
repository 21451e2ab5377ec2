import { useForm, type UseFormSetError } from 'react-hook-form';
import { PersonInputSchema, type PersonInput, type PersonValues } from '../../../shared/entities';
import { ApiCallError } from '../../api';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { TimeZoneField } from '../../ui/TimeZoneField';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { useUnsavedChanges } from '../../ui/dialog-guard';

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
 * An email tells people apart (imports match on it), so a uniqueness conflict
 * belongs beside the email field even if the service did not name the field.
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
    formState: { errors, isSubmitting, isDirty },
  } = useForm<PersonInput, unknown, PersonValues>({
    resolver: schemaResolver(PersonInputSchema),
    defaultValues: initial,
  });
  const cancel = useUnsavedChanges(isDirty, onCancel);

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
        <TextField label="Name" autoComplete="name" required error={errors.name?.message} {...register('name')} />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          hint="Each person needs their own address: it is how Circlekeeper tells people apart, for example when you import a list."
          error={errors.email?.message}
          {...register('email')}
        />
        <TimeZoneField
          label="Time zone"
          required
          hint="The zone they live and work in, shown in your people list."
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
          <Button variant="secondary" onClick={cancel} disabled={isSubmitting}>
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
