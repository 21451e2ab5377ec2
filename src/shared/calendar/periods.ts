// A membership (or any period of days) covers the days from joinedOn up to,
// but not including, leftOn: someone who leaves on 1 March was last a member
// on 28 February. These are the one statement of "is current" that main's
// services, the domain and the renderer's pages all use.

export interface Period {
  joinedOn: string;
  leftOn: string | null;
}

export function isActiveOn(period: Period, day: string): boolean {
  return period.joinedOn <= day && (period.leftOn === null || period.leftOn > day);
}

/** Joining day still ahead: the member is expected, not yet in the group. */
export const isUpcomingOn = (period: Period, day: string): boolean => period.joinedOn > day;

/** Not left as of `day`: in the group now or about to join it. */
export const isCurrentOrUpcomingOn = (period: Period, day: string): boolean =>
  period.leftOn === null || period.leftOn > day;

/** A period whose end comes before its start: damaged data rather than a refused input. */
export const endsBeforeItStarts = (period: Period): boolean => period.leftOn !== null && period.leftOn < period.joinedOn;

/** Two periods overlap when each starts before the other ends (an open end never ends). */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = b.leftOn === null || a.joinedOn < b.leftOn;
  const bStartsBeforeAEnds = a.leftOn === null || b.joinedOn < a.leftOn;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}
