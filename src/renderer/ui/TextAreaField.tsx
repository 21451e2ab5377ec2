import type { ComponentProps } from 'react';
import { joinIds, useFieldIds } from './field-ids';
import { LabelledField } from './LabelledField';

export type TextAreaFieldProps = ComponentProps<'textarea'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Marks the field as one the form cannot do without. */
  required?: boolean;
};

/** A labelled multi-line input for longer text such as a group's purpose. */
export function TextAreaField({ label, hint, error, required = false, id, className, rows = 3, ...textarea }: TextAreaFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <textarea
        id={ids.id}
        rows={rows}
        className="ui-input ui-textarea"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...textarea}
        aria-describedby={joinIds(textarea['aria-describedby'], ids.describedBy)}
      />
    </LabelledField>
  );
}
