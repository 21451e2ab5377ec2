import { ServiceError } from './errors';

/** Why one of several chosen people was refused, at its position in the call's `personIds`. */
export interface PersonRefusal {
  index: number;
  personId: string;
  /**
   * missing: the person no longer exists (deleted meanwhile); date: the date
   * makes no sense for this person; otherwise their membership is the reason.
   */
  reason: 'missing' | 'date' | 'membership';
  message: string;
}

/**
 * The answer when a call for several people changes nothing because some of
 * them were refused: a summary, and each person's own reason under
 * `personIds.<index>`, the path of that person in the input.
 */
export function refusedPeople(refusals: readonly PersonRefusal[], total: number, what: string): ServiceError {
  const fields = Object.fromEntries(refusals.map((r) => [`personIds.${r.index}`, r.message]));
  const message =
    total === 1
      ? (refusals[0]?.message ?? 'That person was refused.')
      : `Nothing was saved: ${refusals.length} of the ${total} people cannot ${what}.`;
  return new ServiceError(refusals.every((r) => r.reason === 'missing') ? 'not_found' : 'conflict', message, fields);
}
