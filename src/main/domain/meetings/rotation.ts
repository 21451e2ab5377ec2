import { isActiveOn, type Period } from '../../../shared/calendar/periods';

// Coachee turns ("the hot seat"), planned over a whole programme.
//
// Fairness is by share, not by queue. At every meeting each member then in the
// group earns an equal share of that meeting's turns (1 or 2 turns split among
// the members); a member's deficit is the share earned minus the turns had.
// Each meeting's turns go to the members furthest behind. So:
// - members in the group throughout stay within one turn of each other, always;
// - a member who joins late starts level with a fair share of nothing, and earns
//   at the same rate as everyone from then on: they get turns at the group's
//   rhythm straight away instead of queueing behind everyone who has had one,
//   and they are not owed the turns of months before they joined either;
// - an absent member keeps earning (their membership, not their attendance,
//   is what the turns are shared by), so they catch up when back.
// And a coachee who missed their turn (absent at a held meeting) has it at the
// next meeting they can attend, ahead of the rotation, because the group
// expected to hear from them. The coach's own choices for a meeting come first.
//
// The plan is recomputed from the record every time, and is the same for the
// same record: ties break on the member's id, never on input order.

export type AttendanceMark = 'present' | 'absent' | 'excused';

export interface RotationMember extends Period {
  membershipId: string;
}

export interface RotationMeeting {
  id: string;
  /** The meeting's local date in the group's zone. */
  date: string;
  status: 'planned' | 'held' | 'cancelled';
  /**
   * Held: who was in the hot seat, as recorded. Planned: who the coach has
   * fixed by hand for it (usually none; the rotation fills the rest).
   */
  coachees: readonly string[];
  /** Held: attendance as taken. Planned: apologies sent ahead ('absent' or 'excused'). */
  attendance: Readonly<Record<string, AttendanceMark>>;
}

export interface RotationInput {
  members: readonly RotationMember[];
  meetings: readonly RotationMeeting[];
  coacheesPerMeeting: 1 | 2;
  /**
   * The group's today. A planned meeting before it was never recorded as held:
   * its turns are still planned (the coach may record it yet) but are not
   * turns to come, nor anyone's next turn. Left out, every planned meeting counts.
   */
  today?: string;
}

/**
 * Why a member is in (or was meant for) a meeting's hot seat: 'taken' and
 * 'missed' for a held meeting (they were there, or were not and their turn moved
 * on); 'fixed' by the coach, 'carried-over' from a missed turn, or 'rotation'.
 */
export type TurnReason = 'taken' | 'missed' | 'fixed' | 'carried-over' | 'rotation';

export interface MeetingTurns {
  meetingId: string;
  date: string;
  status: RotationMeeting['status'];
  turns: { membershipId: string; reason: TurnReason }[];
}

export interface MemberTurns {
  membershipId: string;
  /** Turns had at held meetings. */
  taken: number;
  /** Turns planned at meetings still to come (from today on). */
  planned: number;
  /** The share of all turns this member's time in the group earns, over the whole programme. */
  fairShare: number;
  /** Date of the next planned turn, if any. */
  nextTurn: string | null;
}

export interface RotationPlan {
  meetings: MeetingTurns[];
  members: MemberTurns[];
}

interface State {
  member: RotationMember;
  earned: number;
  turns: number;
  taken: number;
  /** Turns planned at meetings before today that were never recorded as held. */
  unrecorded: number;
  /** Index of the meeting whose turn they missed, while it is still owed. */
  owedSince: number | null;
  lastTurn: number;
  nextTurn: string | null;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const isAway = (meeting: RotationMeeting, membershipId: string): boolean => {
  const mark = meeting.attendance[membershipId];
  return mark === 'absent' || mark === 'excused';
};

/** Who goes first when turns are handed out: furthest behind, then longest since a turn, then by id. */
function priority(a: State, b: State): number {
  const behind = b.earned - b.turns - (a.earned - a.turns);
  if (Math.abs(behind) > 1e-9) return behind;
  if (a.lastTurn !== b.lastTurn) return a.lastTurn - b.lastTurn;
  return byId(a.member.membershipId, b.member.membershipId);
}

/** Orders meetings by date, then id, so equal inputs in any order plan alike. */
export function meetingOrder(a: Pick<RotationMeeting, 'date' | 'id'>, b: Pick<RotationMeeting, 'date' | 'id'>): number {
  return byId(a.date, b.date) || byId(a.id, b.id);
}

export function planRotation(input: RotationInput): RotationPlan {
  const states = new Map<string, State>();
  for (const member of [...input.members].sort((a, b) => byId(a.membershipId, b.membershipId))) {
    // A person may have two memberships over time; each is its own record here.
    states.set(member.membershipId, { member, earned: 0, turns: 0, taken: 0, unrecorded: 0, owedSince: null, lastTurn: -1, nextTurn: null });
  }
  const meetings = [...input.meetings].sort(meetingOrder);
  const out: MeetingTurns[] = [];

  meetings.forEach((meeting, k) => {
    const result: MeetingTurns = { meetingId: meeting.id, date: meeting.date, status: meeting.status, turns: [] };
    out.push(result);
    if (meeting.status === 'cancelled') return;
    const active = [...states.values()].filter((s) => isActiveOn(s.member, meeting.date));
    if (active.length === 0) return;

    const give = (state: State, reason: TurnReason): void => {
      result.turns.push({ membershipId: state.member.membershipId, reason });
      if (reason === 'missed') {
        state.owedSince ??= k;
        return;
      }
      state.turns += 1;
      state.lastTurn = k;
      state.owedSince = null;
      if (reason === 'taken') state.taken += 1;
      else if (input.today !== undefined && meeting.date < input.today) state.unrecorded += 1;
      else state.nextTurn ??= meeting.date;
    };
    const share = (turns: number): void => {
      for (const s of active) s.earned += turns / active.length;
    };

    if (meeting.status === 'held') {
      const recorded = Array.from(new Set(meeting.coachees)).map((id) => states.get(id)).filter((s): s is State => s !== undefined);
      const had = recorded.filter((s) => !isAway(meeting, s.member.membershipId));
      share(had.length);
      for (const s of recorded) give(s, isAway(meeting, s.member.membershipId) ? 'missed' : 'taken');
      return;
    }

    const available = active.filter((s) => !isAway(meeting, s.member.membershipId));
    const slots = Math.min(input.coacheesPerMeeting, available.length);
    const fixed = Array.from(new Set(meeting.coachees))
      .map((id) => available.find((s) => s.member.membershipId === id))
      .filter((s): s is State => s !== undefined);
    const chosen = new Set<State>();
    const seats = Math.max(slots, fixed.length);
    share(seats);
    for (const s of fixed) {
      chosen.add(s);
      give(s, 'fixed');
    }
    const owed = available
      .filter((s) => s.owedSince !== null && !chosen.has(s))
      .sort((a, b) => a.owedSince! - b.owedSince! || priority(a, b));
    for (const s of owed) {
      if (chosen.size >= seats) break;
      chosen.add(s);
      give(s, 'carried-over');
    }
    const rest = available.filter((s) => !chosen.has(s)).sort(priority);
    for (const s of rest) {
      if (chosen.size >= seats) break;
      chosen.add(s);
      give(s, 'rotation');
    }
  });

  return {
    meetings: out,
    members: [...states.values()].map((s) => ({
      membershipId: s.member.membershipId,
      taken: s.taken,
      planned: s.turns - s.taken - s.unrecorded,
      fairShare: Math.round(s.earned * 1000) / 1000,
      nextTurn: s.nextTurn,
    })),
  };
}
