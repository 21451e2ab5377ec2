import type { ComponentProps } from 'react';
import { FieldMessages } from './FieldMessages';
import { joinIds, useFieldIds } from './field-ids';

export type TextFieldProps = ComponentProps<'input'> & {
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled single-line input. Spread react-hook-form's register() into it; the ref is passed through. */
export function TextField({ label, hint, error, id, className, type = 'text', ...input }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={['ui-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={ids.id} className="ui-field__label">
        {label}
      </label>
      <input
        id={ids.id}
        type={type}
        className="ui-input"
        aria-invalid={error ? true : undefined}
        {...input}
        aria-describedby={joinIds(input['aria-describedby'], ids.describedBy)}
      />
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}
