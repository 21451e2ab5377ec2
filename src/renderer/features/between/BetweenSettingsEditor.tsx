import { get, set, useForm, useWatch, type FieldErrors, type Resolver, type UseFormRegister } from 'react-hook-form';
import { BetweenSettingsInputSchema, type BetweenSettings } from '../../../shared/between';
import type { BetweenView } from '../../../shared/contract/between';
import { useApiMutation } from '../../app/query';
import { CheckboxField } from '../../ui/CheckboxField';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';
import { FormActions } from '../groups/FormActions';
import { formFromSettings, formPathOf, friendlierMessage, inputFromForm, type BetweenSettingsForm } from './between-settings-form';
import { NeverPairRows } from './NeverPairRows';

const schemaResolve = schemaResolver(BetweenSettingsInputSchema);

/** Every error the schema reported, as dotted paths of the contract's input. */
function leaves(errors: unknown, prefix = ''): { path: string; message: string; type: string }[] {
  if (typeof errors !== 'object' || errors === null) return [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === 'string' && typeof node.type === 'string') return [{ path: prefix, message: node.message, type: node.type }];
  return Object.entries(node).flatMap(([key, child]) => (key === 'ref' ? [] : leaves(child, prefix ? `${prefix}.${key}` : key)));
}

// The contract's schema checks what would be sent; its messages land on the fields that hold those values.
const resolver: Resolver<BetweenSettingsForm, unknown, BetweenSettings> = async (values, context, options) => {
  const result = await schemaResolve(inputFromForm(values) as never, context, options as never);
  const found = leaves(result.errors);
  if (found.length === 0) return { values: result.values as BetweenSettings, errors: {} };
  const errors: FieldErrors<BetweenSettingsForm> = {};
  for (const issue of found) {
    const path = formPathOf(issue.path, values) ?? 'root.schema';
    if (!get(errors, path)) set(errors, path, { type: issue.type, message: friendlierMessage(path, values, issue.message) });
  }
  // The schema refuses an empty select too, but a row's "choose two different members" can hide that
  // issue (the resolver nests errors by path), so every empty select is named here.
  values.neverPair.forEach((row, i) => {
    for (const side of ['a', 'b'] as const) {
      if (row[side] === '') set(errors, `neverPair.${i}.${side}`, { type: 'required', message: 'Choose a member.' });
    }
  });
  return { values: {}, errors };
};

/** Main's field errors, moved onto the form's own fields (anything unplaced shows above the form). */
function showServerErrors(err: unknown, form: BetweenSettingsForm, setError: Parameters<typeof applyServerErrors<BetweenSettingsForm>>[0]) {
  const raw = (err as { fields?: Record<string, string> }).fields ?? {};
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(raw)) {
    const at = formPathOf(path, form);
    fields[at ?? path] = at ? friendlierMessage(at, form, message) : message;
  }
  const placed = Object.keys(raw).flatMap((path) => formPathOf(path, form) ?? []);
  applyServerErrors(setError, { ...(err as object), fields }, { prefix: '', fields: placed });
}

export function BetweenSettingsEditor({ groupId, view, internal, onDone }: { groupId: string; view: BetweenView; internal: boolean; onDone: () => void }) {
  const save = useApiMutation('between.updateSettings');
  const { toast } = useToast();
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<BetweenSettingsForm, unknown, BetweenSettings>({ defaultValues: formFromSettings(view), resolver });
  const cadence = useWatch({ control, name: 'cadence' });
  const cancel = useUnsavedChanges(isDirty, onDone);

  const submit = handleSubmit(async (settings) => {
    try {
      await save.mutateAsync({ groupId, settings });
      toast({ title: 'Pairing rules saved', description: 'The rounds ahead were planned again with them.', tone: 'success' });
      onDone();
    } catch (err) {
      showServerErrors(err, getValues(), setError);
    }
  });

  const errorsOf = errors as FieldErrors<BetweenSettingsForm> & { root?: { schema?: { message?: string } } };
  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate aria-label="Pairing rules and 1:1s">
      <FormError message={errorsOf.root?.server?.message ?? errorsOf.root?.schema?.message} />
      <RadioGroupField
        label="When the number of members is odd"
        error={errors.oddMember?.message}
        options={[
          { value: 'triad', label: 'One triad', description: 'Three members meet together; who is in it rotates.' },
          { value: 'with-coach', label: 'One member meets you', description: 'Counted as their 1:1 with you; who it is rotates.' },
        ]}
        {...register('oddMember')}
      />
      <NeverPairRows view={view} control={control} register={register} errors={errors.neverPair} />
      {internal ? <TeamFields view={view} register={register} errors={errors} /> : null}
      <RadioGroupField
        label="1:1s with each member"
        error={errors.cadence?.message}
        options={[
          { value: 'between-meetings', label: 'One between meetings', description: 'One 1:1 with each member in every gap between two meetings.' },
          { value: 'every-weeks', label: 'Every few weeks', description: 'On a fixed rhythm, whatever the meetings.' },
          { value: 'none', label: 'None', description: 'No 1:1s are planned for this group.' },
        ]}
        {...register('cadence')}
      />
      {cadence === 'every-weeks' ? (
        <TextField label="Weeks between 1:1s" type="number" inputMode="numeric" min={1} max={26} step={1} error={errors.weeks?.message} {...register('weeks')} />
      ) : null}
      <FormActions submitting={isSubmitting} submitLabel="Save and re-plan" onCancel={cancel} />
    </form>
  );
}

function TeamFields({ view, register, errors }: { view: BetweenView; register: UseFormRegister<BetweenSettingsForm>; errors: FieldErrors<BetweenSettingsForm> }) {
  return (
    <fieldset className="ui-field between-settings__teams">
      <legend className="ui-field__label">Teams</legend>
      <CheckboxField label="Prefer partners from different teams" hint="Only when it costs no repeat partner." error={errors.preferDifferentTeams?.message} {...register('preferDifferentTeams')} />
      <div className="between-settings__team-grid">
        {view.members.map((m, i) =>
          m.current ? <TextField key={m.personId} label={`Team of ${m.name}`} maxLength={60} error={errors.teams?.[i]?.team?.message} {...register(`teams.${i}.team`)} /> : null,
        )}
      </div>
    </fieldset>
  );
}
