import type { ComponentProps } from 'react';
import { joinIds, useFieldIds } from './field-ids';
import { LabelledField } from './LabelledField';

export type TextAreaFieldProps = ComponentProps<'textarea'> & {
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled multi-line input for longer text such as a group's purpose. */
export function TextAreaField({ label, hint, error, id, className, rows = 3, ...textarea }: TextAreaFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={ids.id}
        rows={rows}
        className="ui-input ui-textarea"
        aria-invalid={error ? true : undefined}
        {...textarea}
        aria-describedby={joinIds(textarea['aria-describedby'], ids.describedBy)}
      />
    </LabelledField>
  );
}
