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
  className,
  children,
}: {
  ids: FieldIds;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={['ui-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={ids.id} className="ui-field__label">
        {label}
      </label>
      {children}
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}
