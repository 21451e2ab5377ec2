import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { Button } from './Button';
import { FormError } from './FormError';
import { useFocusReturn } from './focus-return';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: 'danger' | 'default';
  /** When set, the confirm button stays disabled until exactly this text is typed. */
  typedConfirmation?: string;
  onConfirm: () => Promise<void> | void;
}

function messageOf(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  return 'That did not work. Please try again.';
}

/**
 * Asks before something that cannot easily be undone. It stays open while the
 * action runs and shows the error if it fails, so the coach knows what happened.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'default',
  typedConfirmation,
  onConfirm,
}: ConfirmDialogProps) {
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const inputId = useId();
  const { onCloseAutoFocus } = useFocusReturn(open);

  // Each opening starts fresh: no leftover text or error from last time.
  useEffect(() => {
    if (open) {
      setTyped('');
      setError(undefined);
      setPending(false);
    }
  }, [open]);

  const confirmed = typedConfirmation === undefined || typed === typedConfirmation;

  async function confirm() {
    if (!confirmed || pending) return;
    setPending(true);
    setError(undefined);
    try {
      await onConfirm();
      onOpenChange(false);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => (pending ? undefined : onOpenChange(next))}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="ui-dialog__overlay" />
        <AlertDialog.Content
          className="ui-dialog ui-dialog--confirm"
          onOpenAutoFocus={(event) => {
            // Cancel is the safe first stop, but when a phrase must be typed the field is where the coach starts.
            const field = typedConfirmation !== undefined ? document.getElementById(inputId) : null;
            if (field) {
              event.preventDefault();
              field.focus();
            }
          }}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <AlertDialog.Title className="ui-dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="ui-dialog__description">{description}</div>
          </AlertDialog.Description>
          <form
            className="ui-dialog__body stack"
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            {typedConfirmation !== undefined ? (
              <div className="ui-field">
                <label htmlFor={inputId} className="ui-field__label">
                  Type <strong className="ui-confirm__phrase">{typedConfirmation}</strong> to confirm
                </label>
                <input
                  id={inputId}
                  className="ui-input"
                  value={typed}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => setTyped(event.target.value)}
                />
              </div>
            ) : null}
            <FormError message={error} />
            <div className="form-actions">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary" disabled={pending}>
                  {cancelLabel}
                </Button>
              </AlertDialog.Cancel>
              <Button type="submit" variant={tone === 'danger' ? 'danger' : 'primary'} disabled={!confirmed || pending}>
                {pending ? 'Working…' : confirmLabel}
              </Button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
