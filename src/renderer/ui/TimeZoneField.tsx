import { useId, type ComponentProps } from 'react';
import { joinIds, useFieldIds } from './field-ids';
import { LabelledField } from './LabelledField';
import { timeZoneNames } from './time-zones';

export type TimeZoneFieldProps = Omit<ComponentProps<'input'>, 'type' | 'list'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Marks the field as one the form cannot do without. */
  required?: boolean;
};

/**
 * A combobox of IANA time zones: a text input with a suggestion list, so the
 * coach can type "Lond" and pick Europe/London, and a zone saved by an older
 * runtime (an alias such as Asia/Calcutta) still shows as it is instead of
 * silently becoming the first option of a select. The contract's schema
 * rejects anything that is not a real zone.
 */
export function TimeZoneField({
  label,
  hint = 'Start typing a city or region, e.g. Europe/London.',
  error,
  required = false,
  id,
  className,
  ...input
}: TimeZoneFieldProps) {
  const ids = useFieldIds(id, hint, error);
  const listId = `tz-${useId()}`;
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        id={ids.id}
        type="text"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        className="ui-input"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...input}
        aria-describedby={joinIds(input['aria-describedby'], ids.describedBy)}
      />
      <datalist id={listId}>
        {timeZoneNames().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </LabelledField>
  );
}
