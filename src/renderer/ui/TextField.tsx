import type { ComponentProps } from 'react';
import { joinIds, useFieldIds } from './field-ids';
import { LabelledField } from './LabelledField';

export type TextFieldProps = ComponentProps<'input'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Marks the field as one the form cannot do without. */
  required?: boolean;
};

/** A labelled single-line input. Spread react-hook-form's register() into it; the ref is passed through. */
export function TextField({ label, hint, error, required = false, id, className, type = 'text', ...input }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        id={ids.id}
        type={type}
        className="ui-input"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...input}
        aria-describedby={joinIds(input['aria-describedby'], ids.describedBy)}
      />
    </LabelledField>
  );
}
