import type { ComponentProps } from 'react';
import { FieldMessages } from './FieldMessages';
import { joinIds, useFieldIds } from './field-ids';

export type CheckboxFieldProps = Omit<ComponentProps<'input'>, 'type'> & {
  label: string;
  hint?: string;
  error?: string;
};

/** A native checkbox with its label beside it (works directly with register()). */
export function CheckboxField({ label, hint, error, id, className, ...input }: CheckboxFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={['ui-field ui-field--checkbox', className].filter(Boolean).join(' ')}>
      <div className="ui-checkbox">
        <input
          id={ids.id}
          type="checkbox"
          className="ui-checkbox__input"
          aria-invalid={error ? true : undefined}
          {...input}
          aria-describedby={joinIds(input['aria-describedby'], ids.describedBy)}
        />
        <label htmlFor={ids.id} className="ui-checkbox__label">
          {label}
        </label>
      </div>
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}
