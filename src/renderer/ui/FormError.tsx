import { AlertCircle } from 'lucide-react';

/** A form-level error (e.g. the server refused the save). Renders nothing when there is no message. */
export function FormError({ message }: { message?: string | undefined }) {
  if (!message) return null;
  return (
    <div className="ui-form-error" role="alert">
      <AlertCircle size={16} aria-hidden="true" className="ui-form-error__icon" />
      <p>{message}</p>
    </div>
  );
}
