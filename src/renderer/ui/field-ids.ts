import { useId } from 'react';

export interface FieldIds {
  id: string;
  hintId: string | undefined;
  errorId: string | undefined;
  describedBy: string | undefined;
}

/**
 * Ids that tie a field's label, hint and error together, so screen readers
 * announce the hint and the error with the input itself.
 */
export function useFieldIds(explicitId: string | undefined, hint: string | undefined, error: string | undefined): FieldIds {
  const generated = useId();
  const id = explicitId ?? `field-${generated}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** Joins the field's own aria-describedby (if a caller passed one) with ours. */
export function joinIds(...ids: Array<string | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
