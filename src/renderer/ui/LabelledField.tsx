import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import type { FieldIds } from './field-ids';

/**
 * The frame shared by fields whose label sits above the control: label, the
 * control itself (and anything that belongs to it, such as a datalist), then
 * the hint and error the control's aria-describedby points at.
 */
export function LabelledField({
  ids,
  label,
  hint,
  error,
  required = false,
  className,
  children,
}: {
  ids: FieldIds;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Shows the "Required" mark; the control itself carries aria-required for screen readers. */
  required?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={['ui-field', className].filter(Boolean).join(' ')}>
      <div className="ui-field__label-row">
        <label htmlFor={ids.id} className="ui-field__label">
          {label}
        </label>
        {required ? <RequiredMark /> : null}
      </div>
      {children}
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

/**
 * Outside the <label>, so the field's name stays exactly its label; the
 * control's aria-required says "required" to screen readers instead.
 */
export function RequiredMark() {
  return (
    <span className="ui-field__required" aria-hidden="true">
      Required
    </span>
  );
}
