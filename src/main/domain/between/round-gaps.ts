import type { PairingRound } from '../../../shared/between';
import { isActiveOn, type Period } from '../../../shared/calendar/periods';
import type { HeldRound, PairingMember } from './pairing-types';

// Where pairing rounds go and who is in them. A round fills the gap between
// two meetings that take place (cancelled ones are no meeting): from the
// first one's day to the next one's, when the pair sessions happen and are
// reviewed. A round that has begun (its first day is today or earlier) is
// history: re-planning never touches it. Every later one is a plan.

export interface GapMeeting {
  id: string;
  /** The meeting's local date in the group's zone. */
  date: string;
  status: 'planned' | 'cancelled';
}

export interface RoundGap {
  from: string;
  to: string;
  afterMeetingId: string;
  beforeMeetingId: string;
}

/** The gaps between consecutive meetings that take place, in order. */
export function roundGaps(meetings: readonly GapMeeting[]): RoundGap[] {
  const held = meetings.filter((m) => m.status !== 'cancelled').sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
  const gaps: RoundGap[] = [];
  for (let i = 0; i + 1 < held.length; i++) {
    const [after, before] = [held[i]!, held[i + 1]!];
    // Two meetings on one day leave no time for pair sessions between them.
    if (after.date < before.date) gaps.push({ from: after.date, to: before.date, afterMeetingId: after.id, beforeMeetingId: before.id });
  }
  return gaps;
}

/** A round is history once its first day has come: it was (or is being) held. */
export const hasBegun = (round: Pick<PairingRound, 'from'>, today: string): boolean => round.from <= today;

export interface RoundMember extends Period {
  personId: string;
}

/**
 * Who a round pairs: members of the group on its first day who do not leave
 * before its last, except those away for it. Teams only matter when asked for.
 */
export function roundMembers(
  members: readonly RoundMember[],
  period: { from: string; to: string },
  absent: readonly string[],
  teamOf: ReadonlyMap<string, string>,
): PairingMember[] {
  const away = new Set(absent);
  const ids = new Set<string>();
  for (const m of members) {
    if (!isActiveOn(m, period.from) || (m.leftOn !== null && m.leftOn < period.to) || away.has(m.personId)) continue;
    ids.add(m.personId);
  }
  return [...ids].sort().map((personId) => ({ personId, team: teamOf.get(personId) ?? null }));
}

/**
 * The planner's history from stored rounds, oldest first. A session the pair
 * skipped never happened, so it costs nothing to pair them again.
 */
export function historyOf(rounds: readonly PairingRound[]): HeldRound[] {
  return [...rounds]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : 1))
    .map((r) => ({ groups: r.sessions.filter((s) => s.status !== 'skipped').map((s) => [...s.personIds]), withCoach: r.withCoach }));
}
