import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { FormError } from './FormError';
import { QueryBoundary } from './QueryBoundary';
import { useToast } from './useToast';

export interface PreviewedChangeProps<T> {
  /** The fields that choose the change. */
  choosers: ReactNode;
  /** Main's account of what the change would do; null until the choice is complete. */
  preview: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'isError' | 'refetch'> | null;
  loadingLabel: string;
  /** Shown with main's reason when it refuses the change (as a preview). */
  refusedTitle: string;
  renderEffect: (effect: T) => ReactNode;
  confirmLabel: string;
  /** Makes the change; a refusal's message is shown above the choosers, and the dialog stays. */
  onConfirm: (effect: T) => Promise<void>;
  /** The toast once it is made. */
  doneTitle: (effect: T) => string;
  pending: boolean;
  onDone: () => void;
}

/**
 * A change the coach sees the effect of before making it: choose, read the
 * preview main works out, then confirm or cancel. Nothing is saved until
 * the confirm, and a refused confirm keeps what was chosen.
 */
export function PreviewedChange<T>({ choosers, preview, loadingLabel, refusedTitle, renderEffect, confirmLabel, onConfirm, doneTitle, pending, onDone }: PreviewedChangeProps<T>) {
  const [error, setError] = useState<string>();
  const { toast } = useToast();

  async function confirm(effect: T) {
    setError(undefined);
    try {
      await onConfirm(effect);
      toast({ title: doneTitle(effect), tone: 'success' });
      onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  const cancel = (
    <Button variant="ghost" onClick={onDone}>
      Cancel
    </Button>
  );
  return (
    <div className="groups-dialog-form">
      <FormError message={error} />
      {choosers}
      {preview !== null ? (
        <QueryBoundary query={preview} loadingLabel={loadingLabel} errorTitle={refusedTitle}>
          {(effect) => (
            <div className="ui-previewed-change">
              {renderEffect(effect)}
              <div className="groups-form__actions">
                {cancel}
                <Button variant="primary" onClick={() => void confirm(effect)} disabled={pending}>
                  {confirmLabel}
                </Button>
              </div>
            </div>
          )}
        </QueryBoundary>
      ) : null}
      {/* Without an effect to confirm (none chosen yet, still working, refused) there is still a way out. */}
      {preview === null || preview.data === undefined || preview.isError ? <div className="groups-form__actions">{cancel}</div> : null}
    </div>
  );
}
