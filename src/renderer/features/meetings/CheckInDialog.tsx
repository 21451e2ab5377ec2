import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CheckInInputSchema } from '../../../shared/contract/meeting-records';
import { ProgressSchema } from '../../../shared/meetings';
import type { MeetingMemberView } from '../../../shared/meeting-views';
import { useApiMutation } from '../../app/query';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';
import { FormActions } from '../groups/FormActions';
import type { MeetingIds } from './AgendaCard';
import { progressLabel } from './labels';

const CheckInFormSchema = CheckInInputSchema.pick({ progress: true, summary: true });
type CheckInForm = z.input<typeof CheckInFormSchema>;

const progressOptions = ProgressSchema.options.map((value) => ({ value, label: progressLabel[value] }));

export function CheckInDialog({ ids, member, onClose }: { ids: MeetingIds; member: MeetingMemberView | null; onClose: () => void }) {
  return (
    <Dialog
      open={member !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`${member?.name ?? ''}’s check-in`}
      description={member?.goal ? `Progress on: “${member.goal}”` : 'Progress on their goal since the last meeting.'}
    >
      {member ? <CheckInForm ids={ids} member={member} onDone={onClose} /> : null}
    </Dialog>
  );
}

function CheckInForm({ ids, member, onDone }: { ids: MeetingIds; member: MeetingMemberView; onDone: () => void }) {
  const save = useApiMutation('meetings.recordCheckIn');
  const { toast } = useToast();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<CheckInForm, unknown, z.output<typeof CheckInFormSchema>>({
    defaultValues: { progress: member.checkIn?.progress ?? ('' as CheckInForm['progress']), summary: member.checkIn?.summary ?? '' },
    resolver: schemaResolver(CheckInFormSchema),
  });
  const cancel = useUnsavedChanges(isDirty, onDone);
  const options = member.checkIn ? [...progressOptions, { value: 'not-recorded', label: 'Remove this check-in' }] : progressOptions;

  const submit = handleSubmit(async (values) => {
    try {
      const summary = values.progress === 'not-recorded' ? '' : values.summary;
      await save.mutateAsync({ ...ids, membershipId: member.membershipId, progress: values.progress, summary });
      toast({ title: values.progress === 'not-recorded' ? `${member.name}’s check-in removed` : `${member.name}’s check-in saved`, tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['progress', 'summary'] });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <RadioGroupField label="How is it going?" options={options} error={errors.progress?.message} {...register('progress')} />
      <TextField
        label="Summary"
        hint="Optional, one line, e.g. “Delegated the weekly report”. Keep confidential detail for your notes."
        maxLength={200}
        error={errors.summary?.message}
        {...register('summary')}
      />
      <FormActions submitting={isSubmitting} submitLabel="Save check-in" onCancel={cancel} />
    </form>
  );
}
