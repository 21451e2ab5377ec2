import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CancelMeetingSchema } from '../../../../shared/contract/meetings';
import type { Meeting } from '../../../../shared/meetings';
import { useApiMutation } from '../../../app/query';
import { Dialog } from '../../../ui/Dialog';
import { useUnsavedChanges } from '../../../ui/dialog-guard';
import { FormError } from '../../../ui/FormError';
import { TextField } from '../../../ui/TextField';
import { applyServerErrors } from '../../../ui/form-errors';
import { schemaResolver } from '../../../ui/form-resolver';
import { useToast } from '../../../ui/useToast';
import { FormActions } from '../FormActions';

const ReasonSchema = z.strictObject({ reason: CancelMeetingSchema.shape.reason });

/**
 * Cancels one meeting with a reason; it stays in the list, marked cancelled,
 * and can be reinstated. For a past meeting (`past`) it records that the
 * meeting did not happen, and why.
 */
export function CancelMeetingDialog({
  groupId,
  meeting,
  label,
  past = false,
  onOpenChange,
}: {
  groupId: string;
  meeting: Meeting | null;
  label: string;
  past?: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const kept = 'The meeting stays in the list, marked cancelled, and you can reinstate it later.';
  return (
    <Dialog
      open={meeting !== null}
      onOpenChange={onOpenChange}
      title={past ? 'This meeting did not happen' : 'Cancel this meeting'}
      description={past ? `${label}. Say why it did not take place. ${kept}` : `${label}. ${kept}`}
    >
      {meeting ? <CancelForm groupId={groupId} meeting={meeting} past={past} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function CancelForm({ groupId, meeting, past, onDone }: { groupId: string; meeting: Meeting; past: boolean; onDone: () => void }) {
  const cancelMeeting = useApiMutation('meetings.cancel');
  const { toast } = useToast();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<{ reason: string }>({ defaultValues: { reason: '' }, resolver: schemaResolver(ReasonSchema) });
  const close = useUnsavedChanges(isDirty, onDone);
  const submit = handleSubmit(async ({ reason }) => {
    try {
      await cancelMeeting.mutateAsync({ groupId, meetingId: meeting.id, reason });
      toast({ title: past ? 'Recorded as not held' : 'Meeting cancelled', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['reason'] });
    }
  });
  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <TextField
        label="Reason"
        required
        hint={past ? 'For example: too few members could come.' : 'For example: bank holiday, or the coach is ill.'}
        error={errors.reason?.message}
        {...register('reason')}
      />
      <FormActions
        submitting={isSubmitting}
        submitLabel={past ? 'Mark as cancelled' : 'Cancel meeting'}
        busyLabel={past ? 'Saving…' : 'Cancelling…'}
        cancelLabel={past ? 'Go back' : 'Keep the meeting'}
        onCancel={close}
      />
    </form>
  );
}
