import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef } from 'react';
import { Button } from './Button';
import { useFocusReturn } from './focus-return';

/**
 * "Discard your changes?", asked by a Dialog whose form holds unsaved changes.
 * Keep editing (the first stop, and what Escape does) puts focus back where it
 * was in the form; Discard closes the form's dialog, which returns focus to
 * whatever opened it, so this one must not move focus itself.
 */
export function DiscardChangesDialog({
  open,
  onKeepEditing,
  onDiscard,
}: {
  open: boolean;
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  const discarding = useRef(false);
  const { onCloseAutoFocus } = useFocusReturn(open);
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => (next ? undefined : onKeepEditing())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="ui-dialog__overlay" />
        <AlertDialog.Content
          className="ui-dialog ui-dialog--confirm"
          onCloseAutoFocus={(event) => {
            if (!discarding.current) return onCloseAutoFocus(event);
            discarding.current = false;
            event.preventDefault();
          }}
        >
          <AlertDialog.Title className="ui-dialog__title">Discard your changes?</AlertDialog.Title>
          <AlertDialog.Description className="ui-dialog__description">
            What you typed in this form has not been saved. If you close it now, it is lost.
          </AlertDialog.Description>
          <div className="ui-dialog__body">
            <div className="form-actions">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary">Keep editing</Button>
              </AlertDialog.Cancel>
              <Button
                variant="danger"
                onClick={() => {
                  discarding.current = true;
                  onDiscard();
                }}
              >
                Discard changes
              </Button>
            </div>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
