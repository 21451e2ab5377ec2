import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { NextStepValuesSchema } from '../../../shared/contract/meeting-records';
import { IdSchema } from '../../../shared/primitives';
import type { MeetingPage, NextStepView } from '../../../shared/meeting-views';
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
import type { MeetingIds } from './AgendaCard';

const NextStepFormSchema = z.strictObject({
  membershipId: z.string().min(1, 'Choose the member.').pipe(IdSchema),
  ...NextStepValuesSchema.shape,
});
type NextStepForm = z.input<typeof NextStepFormSchema>;

export interface EditingStep {
  step: NextStepView | null;
  membershipId: string;
  /** A new step's text to start from (taken from a note). */
  text?: string;
}

const FROM_NOTE = 'Next steps are kept in plain text, not encrypted like your notes: keep private detail out of this one.';

export function NextStepDialog({ page, ids, editing, onClose }: { page: MeetingPage; ids: MeetingIds; editing: EditingStep | null; onClose: () => void }) {
  return (
    <Dialog
      open={editing !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={editing?.step ? 'Edit the next step' : 'Add a next step'}
      description={
        editing?.text !== undefined
          ? `One concrete action the member commits to before the next meeting. ${FROM_NOTE}`
          : 'One concrete action the member commits to before the next meeting.'
      }
    >
      {editing ? <NextStepEditor page={page} ids={ids} editing={editing} onDone={onClose} /> : null}
    </Dialog>
  );
}

function NextStepEditor({ page, ids, editing, onDone }: { page: MeetingPage; ids: MeetingIds; editing: EditingStep; onDone: () => void }) {
  const add = useApiMutation('meetings.addNextStep');
  const update = useApiMutation('meetings.updateNextStep');
  const { toast } = useToast();
  const existing = editing.step;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<NextStepForm, unknown, z.output<typeof NextStepFormSchema>>({
    defaultValues: { membershipId: editing.membershipId, text: existing?.step.text ?? editing.text ?? '', dueOn: existing?.step.dueOn ?? '' },
    resolver: schemaResolver(NextStepFormSchema),
  });
  const cancel = useUnsavedChanges(isDirty, onDone);
  const members = page.members.filter((m) => m.attendance !== 'absent' && m.attendance !== 'excused');

  const submit = handleSubmit(async (values) => {
    try {
      if (existing) await update.mutateAsync({ ...ids, stepId: existing.step.id, text: values.text, dueOn: values.dueOn });
      else await add.mutateAsync({ ...ids, ...values });
      toast({ title: existing ? 'Next step saved' : 'Next step added', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['membershipId', 'text', 'dueOn'] });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <SelectField
        label="Member"
        required
        placeholder="Choose the member"
        disabled={existing !== null}
        options={(existing ? page.members : members).map((m) => ({ value: m.membershipId, label: m.name }))}
        error={errors.membershipId?.message}
        {...register('membershipId')}
      />
      <TextField label="Next step" required maxLength={300} hint="e.g. “Ask two team members for feedback on my one-to-ones”." error={errors.text?.message} {...register('text')} />
      <DateField label="Due by" hint="Optional. Often the next meeting." error={errors.dueOn?.message} {...register('dueOn')} />
      <FormActions submitting={isSubmitting} submitLabel={existing ? 'Save next step' : 'Add next step'} onCancel={cancel} />
    </form>
  );
}
