import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { MeetingTimeFields, type RepeatedHour } from '../../../../shared/contract/meetings';
import type { MeetingMode } from '../../../../shared/entities';
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
import { MeetingModeFields } from '../MeetingModeFields';
import { blankMode, modeFieldPaths, modeToFormValues, toMeetingMode, type ModeFormValues } from '../mode-form-values';
import { ClashList } from './ClashList';
import { placeSummary } from './place-summary';
import { useDebounced } from './use-debounced';

// Moving a meeting and adding an extra one ask the same things (date, start
// time, length, and where, when not the group's usual place) and show, before
// saving, what the time would clash with and whether it sits on a
// daylight-saving edge. Correcting a past meeting is a move with other words.

const AtSchema = z.strictObject({ date: MeetingTimeFields.date, time: MeetingTimeFields.time, minutes: MeetingTimeFields.minutes });

/** What the form sends, in the contract's shape: place null is the group's usual place. */
const TimeValuesSchema = AtSchema.extend({
  repeatedHour: z.union([MeetingTimeFields.repeatedHour, z.literal('')]).optional(),
  place: MeetingTimeFields.place,
});
type TimeValues = z.output<typeof TimeValuesSchema>;

/** The form keeps the other place's fields while "usual" is chosen, so switching back and forth loses nothing typed. */
export interface TimeForm {
  date: string;
  time: string;
  minutes: number;
  repeatedHour: '' | RepeatedHour;
  placeChoice: 'usual' | 'own';
  place: ModeFormValues;
}

const timeValuesResolver = schemaResolver(TimeValuesSchema);

/** The contract's schema over the chosen place (error paths such as place.videoLink are the form's own). */
const timeFormResolver: Resolver<TimeForm, unknown, TimeValues> = (values, context, options) =>
  timeValuesResolver(
    { date: values.date, time: values.time, minutes: values.minutes, repeatedHour: values.repeatedHour, place: values.placeChoice === 'own' ? toMeetingMode(values.place) : null },
    context,
    options as unknown as Parameters<typeof timeValuesResolver>[2],
  ) as unknown as ReturnType<Resolver<TimeForm, unknown, TimeValues>>;

interface TimeDialogProps {
  groupId: string;
  /** The group's zone, in which the date and time are read. */
  timeZone: string;
  /** The group's usual place and link, shown as the default. */
  usualPlace: MeetingMode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const defaultsOf = (meeting: Meeting) => ({ date: meeting.date, time: meeting.startTime, minutes: meeting.minutes, place: meeting.place });

/**
 * Moves one meeting to another date, time, length or place; clashes and
 * daylight-saving edges are shown before saving. For a past meeting that was
 * never held (`correcting`) it records when and where it really happened.
 */
export function MoveMeetingDialog({ meeting, correcting = false, ...props }: Omit<TimeDialogProps, 'timeZone'> & { meeting: Meeting | null; correcting?: boolean }) {
  const zone = `Times are in ${meeting?.timeZone ?? ''}.`;
  return (
    <Dialog
      open={props.open && meeting !== null}
      onOpenChange={props.onOpenChange}
      title={correcting ? 'Correct this meeting' : 'Move this meeting'}
      description={correcting ? `If it happened at another time or place, say when and where. ${zone}` : zone}
    >
      {props.open && meeting ? (
        <TimeFormBody
          groupId={props.groupId}
          meetingId={meeting.id}
          usualPlace={props.usualPlace}
          defaults={defaultsOf(meeting)}
          submitLabel={correcting ? 'Save the correction' : 'Move meeting'}
          doneLabel={correcting ? 'Meeting corrected' : 'Meeting moved'}
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
      {props.open ? (
        <TimeFormBody
          groupId={props.groupId}
          usualPlace={props.usualPlace}
          defaults={{ ...defaults, place: null }}
          submitLabel="Add meeting"
          doneLabel="Meeting added"
          onDone={() => props.onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  );
}

function TimeFormBody({
  groupId,
  meetingId,
  usualPlace,
  defaults,
  submitLabel,
  doneLabel,
  onDone,
}: {
  groupId: string;
  meetingId?: string;
  usualPlace: MeetingMode;
  defaults: { date: string; time: string; minutes: number; place: MeetingMode | null };
  submitLabel: string;
  doneLabel: string;
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
  } = useForm<TimeForm, unknown, TimeValues>({
    defaultValues: {
      date: defaults.date,
      time: defaults.time,
      minutes: defaults.minutes,
      repeatedHour: '',
      placeChoice: defaults.place ? 'own' : 'usual',
      // Somewhere else starts from the usual kind of place, with the link and address to fill in.
      place: defaults.place ? modeToFormValues(defaults.place) : blankMode(usualPlace.type),
    },
    resolver: timeFormResolver,
  });
  const cancel = useUnsavedChanges(isDirty, onDone);
  const [date, time, minutes, placeChoice, placeType] = watch(['date', 'time', 'minutes', 'placeChoice', 'place.type']);
  const asked = useDebounced({ date, time, minutes });
  const sound = AtSchema.safeParse(asked).success;
  const preview = useApiQuery(
    'meetings.previewAt',
    { groupId, ...(meetingId ? { meetingId } : {}), date: asked.date, time: asked.time, minutes: Number(asked.minutes) },
    { enabled: sound },
  );

  const submit = handleSubmit(async (values) => {
    const repeatedHour = values.repeatedHour ? values.repeatedHour : undefined;
    // Null says "the group's usual place" to main, which also clears a place set earlier.
    const at = { date: values.date, time: values.time, minutes: values.minutes, place: values.place ?? null, ...(repeatedHour ? { repeatedHour } : {}) };
    try {
      if (meetingId) await move.mutateAsync({ groupId, meetingId, ...at });
      else await add.mutateAsync({ groupId, ...at });
      toast({ title: doneLabel, tone: 'success' });
      onDone();
    } catch (err) {
      const fields = ['date', 'time', 'minutes', 'repeatedHour', 'placeChoice', ...(placeChoice === 'own' ? modeFieldPaths('place', placeType) : [])];
      applyServerErrors(setError, err, { prefix: '', fields });
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
      <RadioGroupField
        label="Place"
        options={[
          { value: 'usual', label: 'The group’s usual place', description: placeSummary(usualPlace) },
          { value: 'own', label: 'Somewhere else for this meeting', description: 'Members see this place for this meeting only.' },
        ]}
        {...register('placeChoice')}
      />
      {placeChoice === 'own' ? (
        <div className="meetings-form__place">
          <MeetingModeFields
            label="How this meeting meets"
            modeType={placeType}
            fields={{ type: register('place.type'), videoLink: register('place.videoLink'), address: register('place.address') }}
            errors={{ videoLink: errors.place?.videoLink?.message, address: errors.place?.address?.message }}
          />
        </div>
      ) : null}
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
