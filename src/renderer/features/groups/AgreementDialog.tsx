import { useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { api } from '../../../shared/api';
import type { MemberView } from '../../../shared/views';
import { ApiCallError } from '../../api';
import { formatDay } from '../../app/dates';
import { useApiMutation } from '../../app/query';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { useToast } from '../../ui/useToast';
import { FormActions } from './FormActions';
import { PersonChecklist, refusalsByPerson } from './PersonChecklist';

const AgreementsSchema = api['norms.recordAgreements'].input.pick({ personIds: true, agreedOn: true });
type AgreementsValues = z.input<typeof AgreementsSchema>;

interface AgreementDialogProps {
  groupId: string;
  /** Members who can agree: in the group now or about to join, without an agreement to the current norms. */
  candidates: readonly MemberView[];
  /** Who is ticked when the dialog opens; null keeps it closed. */
  preselected: readonly string[] | null;
  today: string;
  onOpenChange: (open: boolean) => void;
}

/** Records that one or several members agreed to the norms as they stand now, on one day (often one meeting). */
export function AgreementDialog({ groupId, candidates, preselected, today, onOpenChange }: AgreementDialogProps) {
  return (
    <Dialog
      open={preselected !== null}
      onOpenChange={onOpenChange}
      title="Record agreement to the norms"
      description="Tick everyone who agreed to the norms as they stand now, and the day they did."
    >
      {preselected ? (
        <AgreementForm
          groupId={groupId}
          candidates={candidates}
          preselected={preselected}
          today={today}
          onDone={() => onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  );
}

function AgreementForm({
  groupId,
  candidates,
  preselected,
  today,
  onDone,
}: Omit<AgreementDialogProps, 'preselected' | 'onOpenChange'> & { preselected: readonly string[]; onDone: () => void }) {
  const record = useApiMutation('norms.recordAgreements');
  const { toast } = useToast();
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<AgreementsValues>({
    defaultValues: { personIds: [...preselected], agreedOn: today },
    resolver: schemaResolver(AgreementsSchema),
  });
  const { field: chosen } = useController({ control, name: 'personIds' });
  const cancel = useUnsavedChanges(isDirty, onDone);

  const submit = handleSubmit(async (values) => {
    setRefusals({});
    try {
      await record.mutateAsync({ groupId, ...values });
      const names = candidates.filter((m) => values.personIds.includes(m.membership.personId)).map((m) => m.name);
      toast({ title: names.length === 1 ? `Agreement recorded for ${names[0]}` : `Agreement recorded for ${names.length} members`, tone: 'success' });
      onDone();
    } catch (err) {
      const byPerson = err instanceof ApiCallError ? refusalsByPerson(err.fields, values.personIds) : {};
      if (Object.keys(byPerson).length > 0) {
        setRefusals(byPerson);
        setError('root.server', { type: 'server', message: (err as Error).message });
      } else {
        applyServerErrors(setError, err, { prefix: '', fields: ['personIds', 'agreedOn'] });
      }
    }
  });

  const count = chosen.value.length;
  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <PersonChecklist
        legend="Members who agreed"
        options={candidates.map((m) => ({
          id: m.membership.personId,
          name: m.name,
          detail: [
            m.upcoming ? `Joins ${formatDay(m.membership.joinedOn)}` : '',
            m.staleAgreement ? `Agreed to an earlier version on ${formatDay(m.staleAgreement.agreedOn)}` : '',
          ]
            .filter(Boolean)
            .join(' · '),
        }))}
        value={chosen.value}
        onChange={(ids) => {
          chosen.onChange(ids);
          setRefusals({});
        }}
        refusals={refusals}
        error={errors.personIds?.message}
      />
      <DateField
        label="Agreed on"
        required
        hint="Contracting before the group starts, or before someone joins, is fine."
        error={errors.agreedOn?.message}
        {...register('agreedOn')}
      />
      <FormActions
        submitting={isSubmitting}
        submitLabel={count > 1 ? `Record agreement for ${count} members` : 'Record agreement'}
        onCancel={cancel}
      />
    </form>
  );
}
