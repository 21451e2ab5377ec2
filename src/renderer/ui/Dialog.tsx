import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DialogGuardContext, type DialogGuard } from './dialog-guard';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { focusFirstIn, useFocusReturn } from './focus-return';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children?: ReactNode;
  /** For forms with two columns, such as a group's details (about 720px). */
  wide?: boolean;
  /**
   * For tables that need room, such as a CSV import preview: nearly the whole
   * window (up to 1040px). Takes precedence over `wide`.
   */
  extraWide?: boolean;
}

/**
 * A modal built on Radix: focus starts on the first field (not the Close
 * button in the header), is trapped inside, Escape closes, and focus returns
 * to the opener. A form inside that reports unsaved changes (useUnsavedChanges)
 * is never thrown away by Escape, the close button, a click outside or its
 * Cancel button without the coach agreeing to discard it. Closing by setting
 * `open` to false (after a save) is not asked about.
 */
export function Dialog({ open, onOpenChange, title, description, children, wide = false, extraWide = false }: DialogProps) {
  const body = useRef<HTMLDivElement>(null);
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);
  const { onCloseAutoFocus } = useFocusReturn(open);
  const size = extraWide ? 'ui-dialog--extra-wide' : wide ? 'ui-dialog--wide' : '';

  // Each opening starts clean: a form that was discarded last time reports afresh.
  useEffect(() => {
    if (!open) {
      dirty.current = false;
      setAsking(false);
    }
  }, [open]);

  const guard = useMemo<DialogGuard>(
    () => ({
      setDirty: (value) => {
        dirty.current = value;
      },
      requestClose: () => (dirty.current ? setAsking(true) : onOpenChange(false)),
    }),
    [onOpenChange],
  );

  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : guard.requestClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="ui-dialog__overlay" />
        <RadixDialog.Content
          className={['ui-dialog', size].filter(Boolean).join(' ')}
          onOpenAutoFocus={(event) => {
            if (focusFirstIn(body.current)) event.preventDefault();
          }}
          onCloseAutoFocus={onCloseAutoFocus}
          // Radix warns when no description is wired up; say explicitly that there is none.
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <header className="ui-dialog__header">
            <RadixDialog.Title className="ui-dialog__title">{title}</RadixDialog.Title>
            <RadixDialog.Close asChild>
              <button type="button" className="ui-icon-button ui-dialog__close" aria-label="Close">
                <X size={16} aria-hidden="true" />
              </button>
            </RadixDialog.Close>
          </header>
          {description ? (
            <RadixDialog.Description className="ui-dialog__description">{description}</RadixDialog.Description>
          ) : null}
          <div className="ui-dialog__body" ref={body}>
            <DialogGuardContext.Provider value={guard}>{children}</DialogGuardContext.Provider>
          </div>
          <DiscardChangesDialog
            open={asking}
            onKeepEditing={() => setAsking(false)}
            onDiscard={() => {
              setAsking(false);
              dirty.current = false;
              onOpenChange(false);
            }}
          />
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
