import { isActiveOn } from '../../../shared/calendar/periods';
import { planRotation, type MemberTurns, type RotationInput, type RotationPlan } from './rotation';

// The coach can put someone else in the hot seat by hand ("Sam has a decision
// to make this month"). Before they do, they see what it does to fairness: the
// swap fixes that one meeting, the rotation re-plans the rest around it, and
// the two plans are compared member by member.

export interface Swap {
  meetingId: string;
  /** The member the plan has in the hot seat. */
  out: string;
  /** The member the coach wants there instead. */
  in: string;
}

export interface MemberChange {
  membershipId: string;
  totalBefore: number;
  totalAfter: number;
  nextTurnBefore: string | null;
  nextTurnAfter: string | null;
}

export interface SwapEffect {
  before: RotationPlan;
  after: RotationPlan;
  /** Members whose number of turns or next turn changes, by id. */
  changes: MemberChange[];
  /** The furthest any member is from their fair share, before and after (0 is perfectly even; under 1 is as even as whole turns allow). */
  unevennessBefore: number;
  unevennessAfter: number;
  /** True when the programme's turns stay as even as whole turns allow (every member within one turn of their share). */
  staysFair: boolean;
}

export type SwapResult = { ok: true; effect: SwapEffect } | { ok: false; message: string };

const total = (m: MemberTurns): number => m.taken + m.planned;
const round = (n: number): number => Math.round(n * 1000) / 1000;
const unevenness = (plan: RotationPlan): number => round(Math.max(0, ...plan.members.map((m) => Math.abs(total(m) - m.fairShare))));

/** What swapping one planned coachee for another would do to everyone's turns. */
export function swapEffect(input: RotationInput, swap: Swap): SwapResult {
  const meeting = input.meetings.find((m) => m.id === swap.meetingId);
  if (!meeting) return { ok: false, message: 'That meeting is not in this group’s programme.' };
  if (meeting.status !== 'planned') return { ok: false, message: 'Only a meeting still to come can change its coachees.' };
  const before = planRotation(input);
  const planned = before.meetings.find((m) => m.meetingId === swap.meetingId)!.turns.map((t) => t.membershipId);
  if (!planned.includes(swap.out)) return { ok: false, message: 'That member is not in the hot seat at this meeting.' };
  if (planned.includes(swap.in)) return { ok: false, message: 'That member is already in the hot seat at this meeting.' };
  const incoming = input.members.find((m) => m.membershipId === swap.in);
  if (!incoming || !isActiveOn(incoming, meeting.date)) return { ok: false, message: 'That member is not in the group on the day of this meeting.' };
  const mark = meeting.attendance[swap.in];
  if (mark === 'absent' || mark === 'excused') return { ok: false, message: 'That member has sent apologies for this meeting.' };

  const coachees = planned.map((id) => (id === swap.out ? swap.in : id));
  const after = planRotation({
    ...input,
    meetings: input.meetings.map((m) => (m.id === swap.meetingId ? { ...m, coachees } : m)),
  });
  const afterById = new Map(after.members.map((m) => [m.membershipId, m]));
  const changes: MemberChange[] = [];
  for (const b of before.members) {
    const a = afterById.get(b.membershipId)!;
    if (total(a) === total(b) && a.nextTurn === b.nextTurn) continue;
    changes.push({ membershipId: b.membershipId, totalBefore: total(b), totalAfter: total(a), nextTurnBefore: b.nextTurn, nextTurnAfter: a.nextTurn });
  }
  const unevennessAfter = unevenness(after);
  return {
    ok: true,
    effect: { before, after, changes, unevennessBefore: unevenness(before), unevennessAfter, staysFair: unevennessAfter < 1 },
  };
}
