import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { MembershipDatesSchema } from '../../../shared/api';
import { optionalDate } from '../../../shared/primitives';
import type { MemberView } from '../../../shared/views';
import { useApiMutation } from '../../app/query';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { useToast } from '../../ui/useToast';
import { FormActions } from './FormActions';
import { LEAVING_DATE_HINT } from './membership-copy';

// The contract's dates, except that the form says "still a member" with an
// empty leaving date rather than null.
const DatesFormSchema = MembershipDatesSchema.extend({ leftOn: optionalDate });
type DatesForm = z.input<typeof DatesFormSchema>;

interface MembershipDatesDialogProps {
  groupId: string;
  member: MemberView | null;
  onOpenChange: (open: boolean) => void;
}

/** Corrects when a membership began and ended; main applies the same rules as adding and leaving. */
export function MembershipDatesDialog({ groupId, member, onOpenChange }: MembershipDatesDialogProps) {
  return (
    <Dialog
      open={member !== null}
      onOpenChange={onOpenChange}
      title={`${member?.name ?? 'Member'}’s dates in the group`}
      description="Correct the day they joined, or when they leave. Their goal and agreement stay as they are."
    >
      {member ? <DatesForm groupId={groupId} member={member} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function DatesForm({ groupId, member, onDone }: { groupId: string; member: MemberView; onDone: () => void }) {
  const update = useApiMutation('memberships.updateDates');
  const { toast } = useToast();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<DatesForm>({
    defaultValues: { joinedOn: member.membership.joinedOn, leftOn: member.membership.leftOn ?? '' },
    resolver: schemaResolver(DatesFormSchema),
  });
  const cancel = useUnsavedChanges(isDirty, onDone);

  const submit = handleSubmit(async ({ joinedOn, leftOn }) => {
    try {
      await update.mutateAsync({ groupId, membershipId: member.membership.id, joinedOn, leftOn: leftOn === '' ? null : leftOn });
      toast({ title: `Dates saved for ${member.name}`, tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['joinedOn', 'leftOn'] });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <div className="groups-form__row">
        <DateField
          label="Joined on"
          required
          hint="Their first day as a member."
          error={errors.joinedOn?.message}
          {...register('joinedOn')}
        />
        <DateField
          label="Left on"
          hint={`Leave empty while they are a member. ${LEAVING_DATE_HINT}`}
          error={errors.leftOn?.message}
          {...register('leftOn')}
        />
      </div>
      <FormActions submitting={isSubmitting} submitLabel="Save dates" onCancel={cancel} />
    </form>
  );
}
