import { useForm, useWatch, type UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { MeetingSettingsInputSchema } from '../../../shared/contract/meeting-records';
import type { MeetingPage } from '../../../shared/meeting-views';
import { useApiMutation } from '../../app/query';
import { CheckboxField } from '../../ui/CheckboxField';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';
import { FormActions } from '../groups/FormActions';

type SettingsInput = z.input<typeof MeetingSettingsInputSchema>;
type SettingsOutput = z.output<typeof MeetingSettingsInputSchema>;
type OwnTemplate = Extract<SettingsInput['agendaTemplate'], { type: 'own' }>;
/** The form keeps the template's parts in both choices, so switching back and forth loses no edit. */
type SettingsForm = Omit<SettingsInput, 'coacheesPerMeeting' | 'agendaTemplate'> & {
  coacheesPerMeeting: string;
  templateChoice: 'method' | 'own';
  items: OwnTemplate['items'];
};

const timingOptions = [
  { value: 'fixed', label: 'A set time' },
  { value: 'per-member', label: 'Grows with the members' },
  { value: 'remainder', label: 'What is left (hot seat)' },
];

export function MeetingSettingsDialog({ open, onOpenChange, page }: { open: boolean; onOpenChange: (open: boolean) => void; page: MeetingPage }) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`How ${page.group.name}’s meetings run`}
      description="Applies to every meeting still to come whose agenda you have not edited."
      wide
    >
      {open ? <SettingsEditor page={page} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

type TimingInput = OwnTemplate['items'][number]['timing'];

/** The timing as its type needs it: fields of a type the coach switched away from are not sent. */
function timingOf(timing: TimingInput): TimingInput {
  const fields = timing as Record<string, unknown>;
  switch (timing.type) {
    case 'fixed':
      return { type: 'fixed', minutes: fields.minutes as number };
    case 'per-member':
      return { type: 'per-member', minutesPerMember: fields.minutesPerMember as number, minMinutes: fields.minMinutes as number };
    default:
      return { type: 'remainder' };
  }
}

function toInput(values: SettingsForm): SettingsInput {
  return {
    groupId: values.groupId,
    coacheesPerMeeting: Number(values.coacheesPerMeeting) as 1 | 2,
    agendaTemplate:
      values.templateChoice === 'method' ? { type: 'method' } : { type: 'own', items: values.items.map((item) => ({ ...item, timing: timingOf(item.timing) })) },
  };
}

function SettingsEditor({ page, onDone }: { page: MeetingPage; onDone: () => void }) {
  const save = useApiMutation('groups.updateMeetingSettings');
  const { toast } = useToast();
  const resolver = schemaResolver(MeetingSettingsInputSchema);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SettingsForm, unknown, SettingsOutput>({
    defaultValues: {
      groupId: page.group.id,
      coacheesPerMeeting: String(page.coacheesPerMeeting),
      templateChoice: page.template.own ? 'own' : 'method',
      items: page.template.items,
    },
    // The contract's schema checks what is sent; its messages land on the form's own fields.
    resolver: async (values, context, options) => {
      const result = await resolver(toInput(values) as never, context, options as never);
      const raw = result.errors as Record<string, unknown>;
      const template = raw.agendaTemplate as { items?: unknown } | undefined;
      const errorsOut = { ...raw, ...(template?.items ? { items: template.items } : {}) };
      return { values: result.values as SettingsOutput, errors: errorsOut as never };
    },
  });
  const choice = useWatch({ control, name: 'templateChoice' });
  const cancel = useUnsavedChanges(isDirty, onDone);
  const itemErrors = (errors as { items?: Record<number, Record<string, { message?: string } | Record<string, { message?: string }>>> }).items;

  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      toast({ title: 'Meeting settings saved', tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: [] });
    }
  });

  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <RadioGroupField
        label="Coachees per meeting"
        options={[
          { value: '1', label: 'One', description: 'A longer hot seat for one member.' },
          { value: '2', label: 'Two', description: 'Two shorter turns, so turns come round twice as often.' },
        ]}
        {...register('coacheesPerMeeting')}
      />
      <RadioGroupField
        label="Agenda template"
        options={[
          { value: 'method', label: 'The method’s template', description: 'Check-in, review, hot seat, next steps, check-out.' },
          { value: 'own', label: 'This group’s own template', description: 'Start from the parts below and change them.' },
        ]}
        {...register('templateChoice')}
      />
      {choice === 'own' ? (
        <ol className="meeting-template-form" aria-label="Template parts">
          {page.template.items.map((item, index) => (
            <TemplateRow key={`${item.kind}-${index}`} index={index} initialTiming={item.timing.type} control={control} register={register} errors={itemErrors?.[index]} />
          ))}
        </ol>
      ) : null}
      <FormActions submitting={isSubmitting} submitLabel="Save settings" onCancel={cancel} />
    </form>
  );
}

function TemplateRow({
  index,
  initialTiming,
  control,
  register,
  errors,
}: {
  index: number;
  initialTiming: string;
  control: ReturnType<typeof useForm<SettingsForm, unknown, SettingsOutput>>['control'];
  register: UseFormRegister<SettingsForm>;
  errors: Record<string, unknown> | undefined;
}) {
  const type = useWatch({ control, name: `items.${index}.timing.type` });
  const message = (path: string): string | undefined => {
    let at: unknown = errors;
    for (const key of path.split('.')) at = (at as Record<string, unknown> | undefined)?.[key];
    return (at as { message?: string } | undefined)?.message;
  };
  return (
    <li className="meeting-template-form__row">
      <CheckboxField label="Included" className="meeting-template-form__included" {...register(`items.${index}.included`)} />
      <TextField label="Title" required className="meeting-template-form__title" error={message('title')} {...register(`items.${index}.title`)} />
      <SelectField label="Timing" className="meeting-template-form__timing" options={timingOptions} defaultValue={initialTiming} {...register(`items.${index}.timing.type`)} />
      <div className="meeting-template-form__amount">
        {type === 'fixed' ? (
          <TextField label="Minutes" type="number" min={0} max={480} error={message('timing.minutes')} {...register(`items.${index}.timing.minutes`, { valueAsNumber: true })} />
        ) : type === 'per-member' ? (
          <div className="meeting-template-form__pair">
            <TextField label="Minutes each" type="number" min={0} max={60} error={message('timing.minutesPerMember')} {...register(`items.${index}.timing.minutesPerMember`, { valueAsNumber: true })} />
            <TextField label="At least" type="number" min={0} max={480} error={message('timing.minMinutes')} {...register(`items.${index}.timing.minMinutes`, { valueAsNumber: true })} />
          </div>
        ) : (
          <p className="meeting-muted meeting-template-form__note">Shared among the coachees.</p>
        )}
      </div>
    </li>
  );
}
