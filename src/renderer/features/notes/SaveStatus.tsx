import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { Button } from '../../ui/Button';
import type { SaveState } from './use-note-autosave';

/** The one line that tells the coach whether what they typed is safe. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'failed') {
    return (
      <div className="note-save note-save--failed" role="alert">
        <AlertTriangle size={15} aria-hidden="true" />
        <span>Not saved: {state.reason}</span>
        <Button size="sm" onClick={onRetry}>
          Retry
        </Button>
      </div>
    );
  }
  if (state.kind === 'conflict') return null;
  const saving = state.kind === 'saving' || state.kind === 'pending';
  return (
    <div className="note-save" role="status">
      {saving ? <Loader2 size={15} aria-hidden="true" className="note-save__spin" /> : <Check size={15} aria-hidden="true" />}
      <span>{saving ? 'Saving…' : 'Saved'}</span>
    </div>
  );
}
