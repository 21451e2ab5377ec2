import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { MeetingTimeFields, type RepeatedHour } from '../../../../shared/contract/meetings';
import type { Meeting } from '../../../../shared/meetings';
import type { PlannedMeetingPreview } from '../../../../shared/meeting-plan-views';
import { useApiMutation, useApiQuery } from '../../../app/query';
import { DateField } from '../../../ui/DateField';
import { Dialog } from '../../../ui/Dialog';
import { useUnsavedChanges } from '../../../ui/dialog-guard';
import { FormError } from '../../../ui/FormError';
import { RadioGroupField } from '../../../ui/RadioGroupField';
import { TextField } from '../../../ui/TextField';
import { applyServerErrors } from '../../../ui/form-errors';
import { schemaResolver } from '../../../ui/form-resolver';
import { useToast } from '../../../ui/useToast';
import { FormActions } from '../FormActions';
import { ClashList } from './ClashList';
import { useDebounced } from './use-debounced';

// Moving a meeting and adding an extra one ask the same things (date, start
// time, length) and show, before saving, what the time would clash with and
// whether it sits on a daylight-saving edge. Exported for the meeting page too.

const TimeFormSchema = z.strictObject({
  date: MeetingTimeFields.date,
  time: MeetingTimeFields.time,
  minutes: MeetingTimeFields.minutes,
  repeatedHour: z.union([MeetingTimeFields.repeatedHour, z.literal('')]).optional(),
});
type TimeForm = z.input<typeof TimeFormSchema>;
const FIELDS = ['date', 'time', 'minutes', 'repeatedHour'];

interface TimeDialogProps {
  groupId: string;
  /** The group's zone, in which the date and time are read. */
  timeZone: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Moves one meeting to another date, time or length; clashes and daylight-saving edges are shown before saving. */
export function MoveMeetingDialog({ meeting, ...props }: Omit<TimeDialogProps, 'timeZone'> & { meeting: Meeting | null }) {
  return (
    <Dialog open={props.open && meeting !== null} onOpenChange={props.onOpenChange} title="Move this meeting" description={`Times are in ${meeting?.timeZone ?? ''}.`}>
      {props.open && meeting ? (
        <TimeFormBody
          groupId={props.groupId}
          meetingId={meeting.id}
          defaults={{ date: meeting.date, time: meeting.startTime, minutes: meeting.minutes }}
          submitLabel="Move meeting"
          onDone={() => props.onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  );
}

/** Adds a one-off meeting outside the series. */
export function AddMeetingDialog({ defaults, ...props }: TimeDialogProps & { defaults: { date: string; time: string; minutes: number } }) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title="Add a meeting" description={`A one-off meeting outside the series. Times are in ${props.timeZone}.`}>
      {props.open ? <TimeFormBody groupId={props.groupId} defaults={defaults} submitLabel="Add meeting" onDone={() => props.onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function TimeFormBody({
  groupId,
  meetingId,
  defaults,
  submitLabel,
  onDone,
}: {
  groupId: string;
  meetingId?: string;
  defaults: { date: string; time: string; minutes: number };
  submitLabel: string;
  onDone: () => void;
}) {
  const move = useApiMutation('meetings.move');
  const add = useApiMutation('meetings.addExtra');
  const { toast } = useToast();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<TimeForm>({ defaultValues: { ...defaults, repeatedHour: '' }, resolver: schemaResolver(TimeFormSchema) });
  const cancel = useUnsavedChanges(isDirty, onDone);
  const [date, time, minutes] = watch(['date', 'time', 'minutes']);
  const asked = useDebounced({ date, time, minutes });
  const sound = TimeFormSchema.safeParse({ ...asked, repeatedHour: '' }).success;
  const preview = useApiQuery(
    'meetings.previewAt',
    { groupId, ...(meetingId ? { meetingId } : {}), date: asked.date, time: asked.time, minutes: Number(asked.minutes) },
    { enabled: sound },
  );

  const submit = handleSubmit(async (values) => {
    const repeatedHour = values.repeatedHour ? (values.repeatedHour as RepeatedHour) : undefined;
    const at = { date: values.date, time: values.time, minutes: values.minutes, ...(repeatedHour ? { repeatedHour } : {}) };
    try {
      if (meetingId) await move.mutateAsync({ groupId, meetingId, ...at });
      else await add.mutateAsync({ groupId, ...at });
      toast({ title: meetingId ? 'Meeting moved' : 'Meeting added', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: FIELDS });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <div className="meetings-form__row">
        <DateField label="Date" required error={errors.date?.message} {...register('date')} />
        <TextField label="Start time" type="time" required error={errors.time?.message} {...register('time')} />
        <TextField label="Length (minutes)" type="number" inputMode="numeric" min={15} max={480} step={5} required error={errors.minutes?.message} {...register('minutes', { valueAsNumber: true })} />
      </div>
      {sound && preview.data ? <TimePreview preview={preview.data} register={register('repeatedHour')} error={errors.repeatedHour?.message} /> : null}
      {preview.isError ? <p className="meetings-preview__note">The clash check could not run: {preview.error.message}</p> : null}
      <FormActions submitting={isSubmitting} submitLabel={submitLabel} onCancel={cancel} />
    </form>
  );
}

function TimePreview({ preview, register, error }: { preview: PlannedMeetingPreview; register: ReturnType<ReturnType<typeof useForm<TimeForm>>['register']>; error: string | undefined }) {
  switch (preview.status) {
    case 'ok':
      return (
        <div className="meetings-preview__single" aria-live="polite">
          {preview.at.inCoachZone.zone !== preview.at.inGroupZone.zone ? <p className="groups-muted">Your time: {preview.at.inCoachZone.label}</p> : null}
          {preview.at.clashes.length === 0 ? <p className="meetings-ok">No clash with your other meetings.</p> : <ClashList clashes={preview.at.clashes} />}
        </div>
      );
    case 'gap':
    case 'invalid':
      return (
        <p className="meetings-dst" role="alert">
          {preview.message}
        </p>
      );
    case 'twice':
      return (
        <div className="meetings-preview__single">
          <p className="meetings-dst">{preview.message}</p>
          <RadioGroupField
            label="Which one?"
            error={error}
            options={[
              { value: 'earlier', label: `The first ${preview.time}`, description: preview.earlier.clashes.map((c) => c.text).join(' ') || 'No clash.' },
              { value: 'later', label: `The second ${preview.time}`, description: preview.later.clashes.map((c) => c.text).join(' ') || 'No clash.' },
            ]}
            {...register}
          />
        </div>
      );
  }
}
