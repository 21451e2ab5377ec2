import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** Another window saved this note first. Nothing is lost either way: the coach says whose text stays. */
export function ConflictNotice({ onKeepMine, onLoadTheirs }: { onKeepMine: () => Promise<void>; onLoadTheirs: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'That did not work. Please try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Notice
      tone="warning"
      title="This note was changed in another window"
      actions={
        <>
          <Button size="sm" variant="primary" disabled={busy} onClick={() => void run(onKeepMine)()}>
            Keep mine
          </Button>
          <Button size="sm" disabled={busy} onClick={() => void run(onLoadTheirs)()}>
            Load theirs
          </Button>
        </>
      }
    >
      <p>
        Your text here is kept and has not been saved yet. Keep mine saves it over the other change (which stays in
        the note’s history); Load theirs replaces what you see with the other window’s version.
      </p>
      {error ? <p className="ui-field__error">{error}</p> : null}
    </Notice>
  );
}
