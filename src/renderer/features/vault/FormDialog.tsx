import type { ReactNode } from 'react';
import { Dialog, type DialogProps } from '../../ui/Dialog';

export interface FormDialogProps extends Omit<DialogProps, 'children'> {
  /** The form, given the way to close the dialog once it is done. */
  children: (close: () => void) => ReactNode;
}

/**
 * A dialog around one form that exists only while the dialog is open, so each
 * opening starts from empty fields (no passphrase typed last time lingers in
 * memory or on screen) and closing drops whatever was typed.
 */
export function FormDialog({ open, onOpenChange, children, ...shell }: FormDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} {...shell}>
      {open ? children(() => onOpenChange(false)) : null}
    </Dialog>
  );
}
