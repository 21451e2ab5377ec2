import type { ComponentProps } from 'react';
import { FieldMessages } from './FieldMessages';
import { joinIds, useFieldIds } from './field-ids';

export type TextAreaFieldProps = ComponentProps<'textarea'> & {
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled multi-line input for longer text such as a group's purpose. */
export function TextAreaField({ label, hint, error, id, className, rows = 3, ...textarea }: TextAreaFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={['ui-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={ids.id} className="ui-field__label">
        {label}
      </label>
      <textarea
        id={ids.id}
        rows={rows}
        className="ui-input ui-textarea"
        aria-invalid={error ? true : undefined}
        {...textarea}
        aria-describedby={joinIds(textarea['aria-describedby'], ids.describedBy)}
      />
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}
