import type { ComponentProps } from 'react';
import { joinIds, useFieldIds } from './field-ids';
import { LabelledField } from './LabelledField';

export type TextFieldProps = ComponentProps<'input'> & {
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled single-line input. Spread react-hook-form's register() into it; the ref is passed through. */
export function TextField({ label, hint, error, id, className, type = 'text', ...input }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} className={className}>
      <input
        id={ids.id}
        type={type}
        className="ui-input"
        aria-invalid={error ? true : undefined}
        {...input}
        aria-describedby={joinIds(input['aria-describedby'], ids.describedBy)}
      />
    </LabelledField>
  );
}
