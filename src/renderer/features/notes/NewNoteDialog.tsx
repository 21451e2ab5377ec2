import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { NewNoteSchema } from '../../../shared/contract/notes';
import { todayIn } from '../../../shared/calendar/days';
import { DEFAULT_TEMPLATE_FOR } from '../../../shared/note-templates';
import { NOTE_KINDS, NOTE_KIND_LABELS, NoteKindSchema, type NoteKind } from '../../../shared/notes';
import { IdSchema } from '../../../shared/primitives';
import { formatDay } from '../../app/dates';
import { useApiMutation, useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { DateField } from '../../ui/DateField';
import { FormDialog } from '../vault/FormDialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { FormActions } from '../groups/FormActions';
import { PersonChecklist } from '../groups/PersonChecklist';
import { useCoachTimeZone } from '../people/coach-zone';
import { ControlledSelect } from './ControlledSelect';
import { useNoteLabels } from './note-labels';

/** Links the page the dialog opens from already knows: a meeting's page, a person's page. */
export interface NewNotePrefill {
  kind?: NoteKind;
  date?: string;
  groupId?: string;
  meetingId?: string;
  personIds?: string[];
}

const optionalId = z.string().transform((v) => (v === '' ? null : v)).pipe(IdSchema.nullable());

// The contract's schema, with the form's empty choices ("no group") read as null.
const NewNoteFormSchema = z.strictObject({
  kind: z.string().min(1, 'Choose what kind of note this is.').pipe(NoteKindSchema),
  date: NewNoteSchema.shape.date,
  groupId: optionalId,
  meetingId: optionalId,
  personIds: NewNoteSchema.shape.personIds,
  templateId: z.string().min(1, 'Choose a template.').pipe(NewNoteSchema.shape.templateId.unwrap()),
});
type NewNoteForm = z.input<typeof NewNoteFormSchema>;

export function NewNoteDialog({ open, onOpenChange, prefill = {} }: { open: boolean; onOpenChange: (open: boolean) => void; prefill?: NewNotePrefill }) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title="New note" description="Notes are encrypted on this computer; only your passphrase opens them." wide>
      {(close) => <NewNoteForm prefill={prefill} onDone={close} />}
    </FormDialog>
  );
}

function NewNoteForm({ prefill, onDone }: { prefill: NewNotePrefill; onDone: () => void }) {
  const { zone } = useCoachTimeZone();
  const labels = useNoteLabels();
  const templates = useApiQuery('notes.templates', {});
  const create = useApiMutation('notes.create');
  const navigate = useNavigate();
  const kind0: NoteKind = prefill.kind ?? 'meeting';
  const {
    register,
    handleSubmit,
    control,
    watch,
    setValue,
    setError,
    formState: { errors, isSubmitting, isDirty, dirtyFields },
  } = useForm<NewNoteForm, unknown, z.output<typeof NewNoteFormSchema>>({
    defaultValues: {
      kind: kind0,
      date: prefill.date ?? todayIn(zone, new Date()),
      groupId: prefill.groupId ?? '',
      meetingId: prefill.meetingId ?? '',
      personIds: prefill.personIds ?? [],
      templateId: DEFAULT_TEMPLATE_FOR[kind0],
    },
    resolver: schemaResolver(NewNoteFormSchema),
  });
  const cancel = useUnsavedChanges(isDirty, onDone);
  const kind = watch('kind') as NoteKind | '';
  const groupId = watch('groupId');
  const meetings = useApiQuery('meetings.forGroup', { groupId }, { enabled: groupId !== '' });

  // A new kind brings its own template, unless the coach already chose one.
  useEffect(() => {
    if (kind && !dirtyFields.templateId) setValue('templateId', DEFAULT_TEMPLATE_FOR[kind]);
  }, [kind, dirtyFields.templateId, setValue]);

  const meetingRows = meetings.data ? [...meetings.data.upcoming].reverse().concat(meetings.data.past) : [];
  const forKind = (templates.data ?? []).filter((t) => kind && t.kinds.includes(kind));
  const others = (templates.data ?? []).filter((t) => !forKind.includes(t));

  const submit = handleSubmit(async (values) => {
    try {
      const { meta } = await create.mutateAsync({ ...values, content: null });
      onDone();
      void navigate(routes.note(meta.id));
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['kind', 'date', 'groupId', 'meetingId', 'personIds', 'templateId'] });
    }
  });

  return (
    <form className="groups-dialog-form note-new" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <div className="note-new__row">
        <ControlledSelect
          control={control}
          name="kind"
          label="Kind"
          required
          options={NOTE_KINDS.map((k) => ({ value: k, label: NOTE_KIND_LABELS[k] }))}
          error={errors.kind?.message}
        />
        <DateField label="Date" required error={errors.date?.message} {...register('date')} />
      </div>
      <div className="note-new__row">
        <ControlledSelect
          control={control}
          name="groupId"
          label="Group"
          placeholder="No group"
          options={labels.groups.map((g) => ({ value: g.group.id, label: g.group.name }))}
          chosenLabel="This group"
          error={errors.groupId?.message}
          onPicked={() => setValue('meetingId', '')}
        />
        <ControlledSelect
          control={control}
          name="meetingId"
          label="Meeting"
          placeholder={groupId ? 'No meeting' : 'Choose a group first'}
          disabled={!groupId}
          options={meetingRows.map((row) => ({ value: row.meeting.id, label: formatDay(row.inGroupZone.date) }))}
          chosenLabel={prefill.date ? `The meeting of ${formatDay(prefill.date)}` : 'This meeting'}
          error={errors.meetingId?.message}
        />
      </div>
      <ControlledSelect
        control={control}
        name="templateId"
        label="Template"
        required
        hint="The headings the note starts with. Those made for this kind of note come first."
        options={[...forKind, ...others].map((t) => ({ value: t.id, label: forKind.includes(t) ? t.name : `${t.name} (other)` }))}
        chosenLabel="Loading the templates…"
        error={errors.templateId?.message}
      />
      <Controller
        control={control}
        name="personIds"
        render={({ field }) => (
          <PersonChecklist
            legend="About"
            options={labels.people.map((p) => ({ id: p.person.id, name: p.person.name }))}
            value={field.value}
            onChange={field.onChange}
            error={errors.personIds?.message}
            empty={<p className="notes-muted">Nobody to choose yet: add people on the People page.</p>}
          />
        )}
      />
      <FormActions submitting={isSubmitting} submitLabel="Create note" onCancel={cancel} />
    </form>
  );
}
