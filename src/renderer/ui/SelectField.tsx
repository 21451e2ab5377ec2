import type { ComponentProps } from 'react';
import { joinIds, useFieldIds } from './field-ids';
import { LabelledField } from './LabelledField';

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = ComponentProps<'select'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Marks the field as one the form cannot do without. */
  required?: boolean;
  options: readonly SelectOption[];
  /** Shown first with an empty value, e.g. "Choose a person". */
  placeholder?: string;
};

/** A labelled native select: the most accessible picker there is, with the platform's own keyboard handling. */
export function SelectField({ label, hint, error, required = false, id, className, options, placeholder, ...select }: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        id={ids.id}
        className="ui-input ui-select"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...select}
        aria-describedby={joinIds(select['aria-describedby'], ids.describedBy)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
