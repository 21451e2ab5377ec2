import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../../shared/api';
import { AgreedTimeSchema, type PairSession } from '../../../shared/between';
import { useApiMutation } from '../../app/query';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';
import { FormActions } from '../groups/FormActions';
import { groupingNames, type NameOf } from './round-words';

// How a pair session went, as the members told the coach. The agreed time is
// a day and a time in the coach's zone: both or neither.

const input = api['between.recordSession'].input;
const SessionFormSchema = input
  .pick({ status: true, where: true })
  .extend({ date: AgreedTimeSchema.shape.date.or(z.literal('')), time: AgreedTimeSchema.shape.time.or(z.literal('')) })
  .superRefine((v, ctx) => {
    if (v.date !== '' && v.time === '') ctx.addIssue({ code: 'custom', path: ['time'], message: 'Enter the time they agreed, or clear the date.' });
    if (v.time !== '' && v.date === '') ctx.addIssue({ code: 'custom', path: ['date'], message: 'Enter the day they agreed, or clear the time.' });
  });
type SessionForm = z.input<typeof SessionFormSchema>;

const STATUS_OPTIONS = [
  { value: 'planned', label: 'Planned', description: 'Not met yet.' },
  { value: 'held', label: 'Held', description: 'They met and coached each other.' },
  { value: 'skipped', label: 'Skipped', description: 'They will not meet this round.' },
] as const;

/** Main names the agreed time's parts under agreedTime; the form has them flat. */
function flattenFields(err: unknown): unknown {
  if (typeof err !== 'object' || err === null || !('fields' in err) || typeof err.fields !== 'object' || err.fields === null) return err;
  const fields = Object.fromEntries(Object.entries(err.fields as Record<string, string>).map(([path, message]) => [path.replace(/^agreedTime\.?/, '') || 'date', message]));
  return { ...err, message: (err as { message?: unknown }).message, fields };
}

export interface RecordingSession {
  roundId: string;
  session: PairSession;
}

export function SessionDialog({ groupId, coachZone, recording, nameOf, onClose }: { groupId: string; coachZone: string; recording: RecordingSession | null; nameOf: NameOf; onClose: () => void }) {
  return (
    <Dialog
      open={recording !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={recording ? `Pair session: ${groupingNames(recording.session.personIds, nameOf)}` : 'Pair session'}
      description="Record what the members told you: whether they met, when they agreed to, and where."
    >
      {recording ? <SessionForm groupId={groupId} coachZone={coachZone} recording={recording} onDone={onClose} /> : null}
    </Dialog>
  );
}

function SessionForm({ groupId, coachZone, recording, onDone }: { groupId: string; coachZone: string; recording: RecordingSession; onDone: () => void }) {
  const save = useApiMutation('between.recordSession');
  const { toast } = useToast();
  const { session } = recording;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SessionForm, unknown, z.output<typeof SessionFormSchema>>({
    defaultValues: { status: session.status, where: session.where, date: session.agreedTime?.date ?? '', time: session.agreedTime?.time ?? '' },
    resolver: schemaResolver(SessionFormSchema),
  });
  const cancel = useUnsavedChanges(isDirty, onDone);
  // A time agreed earlier keeps its own zone; a new one is in the coach's.
  const zone = session.agreedTime?.timeZone ?? coachZone;

  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync({
        groupId,
        roundId: recording.roundId,
        sessionId: session.id,
        status: values.status,
        agreedTime: values.date !== '' && values.time !== '' ? { date: values.date, time: values.time, timeZone: zone } : null,
        where: values.where,
      });
      toast({ title: 'Pair session saved', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, flattenFields(err), { prefix: '', fields: ['status', 'date', 'time', 'where'] });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <RadioGroupField label="How it went" options={STATUS_OPTIONS} error={errors.status?.message} {...register('status')} />
      <div className="between-form__row">
        <DateField label="Agreed day" hint="Optional." error={errors.date?.message} {...register('date')} />
        <TextField label="Agreed time" type="time" hint={`In your zone, ${zone}.`} error={errors.time?.message} {...register('time')} />
      </div>
      <TextField label="Place or link" maxLength={300} hint="Optional: a café, an office, or a video link." error={errors.where?.message} {...register('where')} />
      <FormActions submitting={isSubmitting} submitLabel="Save pair session" onCancel={cancel} />
    </form>
  );
}
