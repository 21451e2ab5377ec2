import { LocalTimeSchema } from '../../../../shared/calendar/series-schema';
import { requiredDate } from '../../../../shared/primitives';
import type { SeriesPreviewView } from '../../../../shared/meeting-plan-views';
import { movedCheckOf, type Decision } from './SeriesPreviewList';

// The dates a coach moved in the series preview: which of them main can check
// (a whole date and time, by the contract's own schemas), and which cannot be
// saved yet because main's check of the time now in the fields is not on
// screen. Clashes and clock changes themselves are main's to find.

export interface PreviewMove {
  index: number;
  date: string;
  time: string;
}

const MovedDate = requiredDate('New date');

const complete = (d: { date: string; time: string }): boolean => MovedDate.safeParse(d.date).success && LocalTimeSchema.safeParse(d.time).success;

/** The moves to check, in the order of the dates they move. */
export function previewMovesOf(decisions: ReadonlyMap<number, Decision>): PreviewMove[] {
  const moves: PreviewMove[] = [];
  for (const [index, d] of decisions) if (d.choice === 'move' && complete(d)) moves.push({ index, date: d.date, time: d.time });
  return moves.sort((a, b) => a.index - b.index);
}

/** Why each moved date cannot be saved yet, by its index; empty when all were checked at their new time. */
export function unseenMoves(decisions: ReadonlyMap<number, Decision>, preview: SeriesPreviewView | null): Record<number, string> {
  const out: Record<number, string> = {};
  for (const [index, d] of decisions) {
    if (d.choice !== 'move') continue;
    if (!complete(d)) out[index] = 'Enter the new date and a start time such as 18:00.';
    else if (!preview || !movedCheckOf(preview, index, d)) out[index] = 'The new time is still being checked. Save again once its clashes are shown.';
  }
  return out;
}
