import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SettingsSchema, type Settings } from '../../../shared/entities';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { TimeZoneField } from '../../ui/TimeZoneField';
import { useToast } from '../../ui/useToast';
import { schemaResolver } from '../../ui/form-resolver';

type SettingsInput = z.input<typeof SettingsSchema>;
const FIELDS = ['coachName', 'coachTimeZone', 'coachEmail'] as const;

/** The coach's own name and time zone (the defaults for new groups and people and for "today"), and their email for invitations. */
export function CoachSettingsForm({ settings }: { settings: Settings }) {
  const toast = useToast();
  const update = useApiMutation('settings.update');
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<SettingsInput, unknown, Settings>({
    resolver: schemaResolver(SettingsSchema),
    defaultValues: settings,
  });

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      reset(saved);
      toast({ title: 'Settings saved', tone: 'success' });
    } catch (err) {
      // The form keeps what was typed; the errors say what to change.
      applyServerErrors(setError, err, { fields: FIELDS, prefix: '' });
    }
  });

  return (
    <form className="stack settings-form" onSubmit={onSubmit} noValidate aria-label="Your details">
      <TextField
        label="Your name"
        hint="Used to greet you on the dashboard. Leave empty if you prefer."
        autoComplete="name"
        error={errors.coachName?.message}
        {...register('coachName')}
      />
      <TimeZoneField
        label="Your time zone"
        hint="New groups and people start in this zone, and “today” is worked out from it. Example: Europe/London."
        error={errors.coachTimeZone?.message}
        {...register('coachTimeZone')}
      />
      <TextField
        label="Your email"
        type="email"
        hint="Used as the organiser of calendar invitations you send. Circlekeeper sends nothing itself."
        autoComplete="email"
        error={errors.coachEmail?.message}
        {...register('coachEmail')}
      />
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
    </form>
  );
}
