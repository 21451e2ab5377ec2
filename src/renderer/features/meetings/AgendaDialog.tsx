import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { EditedAgendaItemSchema } from '../../../shared/contract/meeting-records';
import { AgendaItemKindSchema } from '../../../shared/meetings';
import type { MeetingPage } from '../../../shared/meeting-views';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';
import { FormActions } from '../groups/FormActions';
import type { MeetingIds } from './AgendaCard';

const AgendaFormSchema = z.strictObject({
  items: z.array(EditedAgendaItemSchema).min(1, 'An agenda needs at least one part.').max(40, 'An agenda can have at most 40 parts.'),
});
type AgendaForm = z.input<typeof AgendaFormSchema>;

export const kindLabel: Record<z.infer<typeof AgendaItemKindSchema>, string> = {
  'check-in': 'Check-in',
  review: 'Review of next steps',
  'hot-seat': 'Hot seat',
  feedforward: 'FeedForward',
  'pair-work': 'Pair work',
  'next-steps': 'Next steps',
  'check-out': 'Check-out',
};
const kindOptions = AgendaItemKindSchema.options.map((value) => ({ value, label: kindLabel[value] }));

export function AgendaDialog({ open, onOpenChange, page, ids }: { open: boolean; onOpenChange: (open: boolean) => void; page: MeetingPage; ids: MeetingIds }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Edit the agenda" description="Change the parts, their titles and minutes for this meeting only." wide>
      {open ? <AgendaEditor page={page} ids={ids} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function AgendaEditor({ page, ids, onDone }: { page: MeetingPage; ids: MeetingIds; onDone: () => void }) {
  const save = useApiMutation('meetings.saveAgenda');
  const { toast } = useToast();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<AgendaForm, unknown, z.output<typeof AgendaFormSchema>>({
    defaultValues: { items: page.agenda.items.map(({ kind, title, minutes }) => ({ kind, title, minutes })) },
    resolver: schemaResolver(AgendaFormSchema),
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const items = useWatch({ control, name: 'items' });
  const total = (items ?? []).reduce((sum, item) => sum + (Number.isFinite(Number(item.minutes)) ? Number(item.minutes) : 0), 0);
  const length = page.meeting.minutes;
  const cancel = useUnsavedChanges(isDirty, onDone);

  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync({ ...ids, agenda: { type: 'edited', items: values.items } });
      toast({ title: 'Agenda saved', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: 'agenda', fields: [] });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message ?? errors.items?.root?.message ?? errors.items?.message} />
      <ol className="meeting-agenda-form">
        {fields.map((field, index) => (
          <li key={field.id} className="meeting-agenda-form__row">
            {/* The default is also given to React, so the part shows even where a DOM takes a select's value only from its options. */}
            <SelectField label="Part" options={kindOptions} defaultValue={field.kind} {...register(`items.${index}.kind`)} />
            <TextField label="Title" required error={errors.items?.[index]?.title?.message} {...register(`items.${index}.title`)} />
            <TextField
              label="Minutes"
              required
              type="number"
              inputMode="numeric"
              min={0}
              max={480}
              error={errors.items?.[index]?.minutes?.message}
              {...register(`items.${index}.minutes`, { valueAsNumber: true })}
            />
            <Button variant="ghost" size="sm" className="meeting-agenda-form__remove" aria-label={`Remove part ${index + 1}`} onClick={() => remove(index)} disabled={fields.length === 1}>
              <Trash2 size={14} aria-hidden="true" />
            </Button>
          </li>
        ))}
      </ol>
      <div className="meeting-agenda-form__foot">
        <Button size="sm" onClick={() => append({ kind: 'pair-work', title: 'Pair work', minutes: 10 })}>
          <Plus size={14} aria-hidden="true" /> Add a part
        </Button>
        <p className={total === length ? 'meeting-total' : 'meeting-total meeting-total--off'} role="status">
          {total === length
            ? `Adds up to the ${length}-minute meeting.`
            : total > length
              ? `Adds up to ${total} minutes: ${total - length} more than the ${length}-minute meeting.`
              : `Adds up to ${total} minutes: ${length - total} of the ${length}-minute meeting unplanned.`}
        </p>
      </div>
      <FormActions submitting={isSubmitting} submitLabel="Save agenda" onCancel={cancel} />
    </form>
  );
}
