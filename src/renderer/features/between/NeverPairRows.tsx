import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { BetweenSettings } from '../../../shared/between';
import type { BetweenView } from '../../../shared/contract/between';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import type { BetweenSettingsForm } from './between-settings-form';

/**
 * The pairs that must never be made (a manager and their report, say): one row
 * of two member selects each. Former members stay choosable only where a rule
 * already names them, so an old rule still reads correctly.
 */
export function NeverPairRows({
  view,
  control,
  register,
  errors,
}: {
  view: BetweenView;
  control: Control<BetweenSettingsForm, unknown, BetweenSettings>;
  register: UseFormRegister<BetweenSettingsForm>;
  errors: FieldErrors<BetweenSettingsForm>['neverPair'];
}) {
  const { fields, append, remove } = useFieldArray({ control, name: 'neverPair' });
  // Each select is given its row's value too: React sets a select's choice from its props, not from register's ref.
  const named = new Set(view.settings.pairing.neverPair.flat());
  const options = view.members.filter((m) => m.current || named.has(m.personId)).map((m) => ({ value: m.personId, label: m.current ? m.name : `${m.name} (former member)` }));

  return (
    <fieldset className="ui-field between-settings__never">
      <legend className="ui-field__label">Pairs never to make</legend>
      {fields.length === 0 ? <p className="between-settings__muted">None: anyone may be paired with anyone.</p> : null}
      <ol className="between-settings__never-rows">
        {fields.map((field, i) => (
          <li key={field.id}>
            <fieldset className="between-settings__never-row">
              <legend className="visually-hidden">Rule {i + 1}</legend>
              <SelectField label="Never pair" placeholder="Choose a member" options={options} defaultValue={field.a} error={errors?.[i]?.a?.message} {...register(`neverPair.${i}.a`)} />
              <SelectField label="with" placeholder="Choose a member" options={options} defaultValue={field.b} error={errors?.[i]?.b?.message} {...register(`neverPair.${i}.b`)} />
              <Button variant="ghost" size="sm" onClick={() => remove(i)} aria-label={`Remove rule ${i + 1}`}>
                <Trash2 size={14} aria-hidden="true" />
                Remove
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <Button size="sm" onClick={() => append({ a: '', b: '' })} disabled={fields.length >= 100}>
          <Plus size={14} aria-hidden="true" />
          Add a pair never to make
        </Button>
      </div>
    </fieldset>
  );
}
