import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ScheduleOneToOneSchema, type OneToOneView } from '../../../shared/contract/one-to-ones';
import { useApiMutation } from '../../app/query';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';
import { FormActions } from '../groups/FormActions';
import { ClashWarning } from './ClashWarning';
import { memberLocalOf, memberWhen } from './one-to-one-words';

// Scheduling a 1:1 and rescheduling one are the same form: a new one picks
// the member, a rescheduled one keeps theirs.

const FormSchema = ScheduleOneToOneSchema.omit({ groupId: true }).extend({
  personId: z.string().refine((v) => v !== '', 'Choose the member.').pipe(ScheduleOneToOneSchema.shape.personId),
});
type FormInput = z.input<typeof FormSchema>;
const FIELDS = ['personId', 'date', 'time', 'minutes', 'where'] as const;

export const DEFAULT_MINUTES = 45;

export interface OneToOneMember {
  personId: string;
  name: string;
  timeZone: string;
}

export interface ScheduleOneToOneDialogProps {
  groupId: string;
  coachZone: string;
  /** The group's current members, to choose from. */
  members: readonly OneToOneMember[];
  open: boolean;
  /** Set to reschedule that 1:1; null to schedule a new one. */
  editing: OneToOneView | null;
  /** For a new 1:1, the member chosen already (the coach can still pick another). */
  presetPersonId?: string | null;
  onClose: () => void;
}

export function ScheduleOneToOneDialog({ open, editing, onClose, ...rest }: ScheduleOneToOneDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title={editing ? `Reschedule the 1:1 with ${editing.personName}` : 'Schedule a 1:1'}
      description="On your clock; shown on the member’s too when they live elsewhere."
    >
      {open ? <OneToOneForm key={editing?.id ?? `new-${rest.presetPersonId ?? ''}`} editing={editing} onDone={onClose} {...rest} /> : null}
    </Dialog>
  );
}

function OneToOneForm({ groupId, coachZone, members, editing, presetPersonId, onDone }: Omit<ScheduleOneToOneDialogProps, 'open' | 'onClose'> & { onDone: () => void }) {
  const preset = members.some((m) => m.personId === presetPersonId) ? (presetPersonId ?? '') : '';
  const schedule = useApiMutation('oneToOnes.schedule');
  const update = useApiMutation('oneToOnes.update');
  const { toast } = useToast();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormInput, unknown, z.output<typeof FormSchema>>({
    defaultValues: editing
      ? { personId: editing.personId, date: editing.date, time: editing.startTime, minutes: editing.minutes, where: editing.where }
      : { personId: preset, date: '', time: '', minutes: DEFAULT_MINUTES, where: '' },
    resolver: schemaResolver(FormSchema),
  });
  const cancel = useUnsavedChanges(isDirty, onDone);
  const [personId, date, time, minutes] = watch(['personId', 'date', 'time', 'minutes']);
  const member = members.find((m) => m.personId === personId) ?? (editing ? { personId: editing.personId, name: editing.personName, timeZone: editing.memberTimeZone } : undefined);
  const local = member && date && time && Number.isFinite(minutes) ? memberLocalOf(date, time, minutes, coachZone, member.timeZone) : null;
  const theirs = member && local ? memberWhen(date, { name: member.name, timeZone: member.timeZone, ...local }, coachZone) : null;

  const submit = handleSubmit(async (values) => {
    try {
      if (editing) await update.mutateAsync({ groupId, id: editing.id, date: values.date, time: values.time, minutes: values.minutes, where: values.where });
      else await schedule.mutateAsync({ groupId, ...values });
      toast({ title: editing ? '1:1 rescheduled' : '1:1 scheduled', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: FIELDS });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      {editing ? (
        <p className="oto-muted">With {editing.personName}</p>
      ) : (
        <SelectField
          label="Member"
          required
          placeholder="Choose a member"
          options={members.map((m) => ({ value: m.personId, label: m.name }))}
          error={errors.personId?.message}
          // React, not the form library, selects the option on mount: a select's first option would win otherwise.
          defaultValue={preset}
          {...register('personId')}
        />
      )}
      <div className="oto-form__row">
        <DateField label="Day" required error={errors.date?.message} {...register('date')} />
        <TextField label="Time" type="time" required hint={`On your clock, ${coachZone}.`} error={errors.time?.message} {...register('time')} />
      </div>
      {theirs ? <p className="oto-member-time">That is {theirs}.</p> : null}
      <TextField label="Length in minutes" type="number" inputMode="numeric" min={15} max={240} step={5} required error={errors.minutes?.message} {...register('minutes', { valueAsNumber: true })} />
      <TextField label="Video link or place" maxLength={300} hint="Optional: a video link, an office, a café." error={errors.where?.message} {...register('where')} />
      <ClashWarning check={{ id: editing?.id ?? null, date, time, minutes }} />
      <FormActions submitting={isSubmitting} submitLabel={editing ? 'Save the new time' : 'Schedule 1:1'} onCancel={cancel} />
    </form>
  );
}
