import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { SaveState } from './use-note-autosave';

/** Why the text is not safe, in the coach's words, for the question before leaving. */
function whyUnsaved(state: SaveState): string {
  if (state.kind === 'conflict') {
    return 'This note was changed in another window, so your changes here are not saved. Stay to choose whose text to keep.';
  }
  if (state.kind === 'failed') return `Your latest changes could not be saved: ${state.reason}`;
  return 'Your latest changes could not be saved.';
}

/**
 * Asked when the coach goes to another page while the note's text is not
 * saved (the last save failed, or another window saved first). Staying is the
 * safe answer, so it is the one Escape and closing the dialog give.
 */
export function LeaveNoteDialog({ open, state, onStay, onLeave }: { open: boolean; state: SaveState; onStay: () => void; onLeave: () => void }) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onStay())}
      title="Leave without saving?"
      description={`${whyUnsaved(state)} If you leave now, what you typed since the last save is lost.`}
      cancelLabel="Stay on this note"
      confirmLabel="Leave and lose the changes"
      tone="danger"
      onConfirm={onLeave}
    />
  );
}
