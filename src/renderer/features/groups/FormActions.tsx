import type { ReactNode } from 'react';
import { Button } from '../../ui/Button';

/**
 * Cancel and submit at the foot of the group forms and dialogs. Both wait while
 * a save is in flight, so a second click cannot send the form twice. Extra
 * actions (such as "Clear goal") come first and sit on the left.
 */
export function FormActions({
  submitting,
  submitLabel,
  busyLabel = 'Saving…',
  cancelLabel = 'Cancel',
  onCancel,
  children,
}: {
  submitting: boolean;
  submitLabel: string;
  busyLabel?: string;
  /** Where "Cancel" would be ambiguous (cancelling a meeting), say what leaving does. */
  cancelLabel?: string;
  onCancel: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="groups-form__actions">
      {children}
      <Button variant="ghost" onClick={onCancel} disabled={submitting}>
        {cancelLabel}
      </Button>
      <Button type="submit" variant="primary" disabled={submitting}>
        {submitting ? busyLabel : submitLabel}
      </Button>
    </div>
  );
}
