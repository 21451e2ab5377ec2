import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { GoalInputSchema, GoalStatusSchema, type GoalInput } from '../../../shared/entities';
import type { MemberView } from '../../../shared/views';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { useToast } from '../../ui/useToast';
import { FormActions } from './FormActions';
import { goalStatusLabel } from './format';

const statusOptions = GoalStatusSchema.options.map((value) => ({ value, label: goalStatusLabel[value] }));

interface GoalDialogProps {
  groupId: string;
  member: MemberView | null;
  onOpenChange: (open: boolean) => void;
}

/** Sets, edits or clears a member's goal ("I want to get better at …"). */
export function GoalDialog({ groupId, member, onOpenChange }: GoalDialogProps) {
  const name = member?.name ?? '';
  return (
    <Dialog
      open={member !== null}
      onOpenChange={onOpenChange}
      title={member?.membership.goal ? `${name}’s goal` : `Set a goal for ${name}`}
      description="What the member wants to get better at during the programme, in their own words."
    >
      {member ? <GoalForm groupId={groupId} member={member} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function GoalForm({ groupId, member, onDone }: { groupId: string; member: MemberView; onDone: () => void }) {
  const goal = member.membership.goal;
  const setGoal = useApiMutation('goals.set');
  const clearGoal = useApiMutation('goals.clear');
  const { toast } = useToast();
  const [clearError, setClearError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<GoalInput>({
    defaultValues: goal
      ? { text: goal.text, targetDate: goal.targetDate, status: goal.status }
      : { text: '', targetDate: '', status: 'not-started' },
    resolver: schemaResolver(GoalInputSchema),
  });
  const cancel = useUnsavedChanges(isDirty, onDone);

  const submit = handleSubmit(async (values) => {
    try {
      await setGoal.mutateAsync({ groupId, membershipId: member.membership.id, goal: values });
      toast({ title: `Goal saved for ${member.name}`, tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: 'goal', fields: ['text', 'targetDate', 'status'] });
    }
  });

  async function clear() {
    setClearError(undefined);
    try {
      await clearGoal.mutateAsync({ groupId, membershipId: member.membership.id });
      toast({ title: `Goal cleared for ${member.name}`, tone: 'success' });
      onDone();
    } catch (err) {
      setClearError((err as Error).message);
    }
  }

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message ?? clearError} />
      <TextAreaField
        label="I want to get better at…"
        required
        hint="In the member’s own words, e.g. “giving feedback my team can act on”."
        error={errors.text?.message}
        {...register('text')}
      />
      <div className="groups-form__row">
        <DateField
          label="Target date"
          hint="Optional. Often 30 to 60 days away, or the end of the programme."
          error={errors.targetDate?.message}
          {...register('targetDate')}
        />
        <SelectField label="Status" required options={statusOptions} error={errors.status?.message} {...register('status')} />
      </div>
      <FormActions submitting={isSubmitting} submitLabel="Save goal" onCancel={cancel}>
        {goal ? (
          <Button variant="danger" className="groups-form__left-action" onClick={() => void clear()} disabled={isSubmitting}>
            Clear goal
          </Button>
        ) : null}
      </FormActions>
    </form>
  );
}
