import { createContext, useContext, useEffect } from 'react';

/**
 * How a form inside a Dialog keeps what the coach typed: it says whether it
 * holds unsaved changes, and its Cancel button asks the dialog to close, which
 * first asks "Discard your changes?" when there are any. Escape, the close
 * button and a click outside go through the same question (see Dialog).
 */
export interface DialogGuard {
  setDirty(dirty: boolean): void;
  requestClose(): void;
}

export const DialogGuardContext = createContext<DialogGuard | null>(null);

/**
 * Reports `dirty` to the surrounding Dialog and returns what Cancel should do:
 * the guarded close inside a dialog, or `onCancel` itself anywhere else.
 */
export function useUnsavedChanges(dirty: boolean, onCancel?: () => void): () => void {
  const guard = useContext(DialogGuardContext);
  useEffect(() => {
    guard?.setDirty(dirty);
  }, [guard, dirty]);
  useEffect(() => () => guard?.setDirty(false), [guard]);
  return () => (guard ? guard.requestClose() : onCancel?.());
}
