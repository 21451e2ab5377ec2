import type { Meeting, MeetingRecord, NextStep } from '../../../shared/meetings';
import type { RecordsByMeeting } from './programme';

// Next steps are the accountability of the method: agreed at one meeting,
// reviewed at the next. A step lives in the record of the meeting it was
// agreed at, and stays open until a later meeting's review marks it done,
// dropped or carried over. Carrying over closes the old step and opens a copy
// at the reviewing meeting that points back at it (carriedFromId), so each
// meeting's record says what was agreed there, and the chain shows how long a
// step has been rolling on.

/** A step with the meeting it was agreed at. */
export interface PlacedStep {
  step: NextStep;
  meetingId: string;
  meetingStart: string;
  /** The meeting's local date in the group's zone. */
  meetingDate: string;
}

/** Every step of a group's meetings, in calendar order of the meetings that agreed them. */
export function placedSteps(meetings: readonly Meeting[], records: RecordsByMeeting): PlacedStep[] {
  const out: PlacedStep[] = [];
  for (const meeting of meetings) {
    for (const step of records.get(meeting.id)?.nextSteps ?? []) {
      out.push({ step, meetingId: meeting.id, meetingStart: meeting.start, meetingDate: meeting.date });
    }
  }
  return out.sort((a, b) => (a.meetingStart < b.meetingStart ? -1 : a.meetingStart > b.meetingStart ? 1 : 0));
}

/**
 * What a meeting's review lists: steps agreed at earlier meetings that are
 * still open, and the ones already reviewed at this meeting (so the coach sees
 * the outcome and can undo it). Only members `inGroup` at this meeting are
 * asked about their steps.
 */
export function stepsForReview(all: readonly PlacedStep[], meeting: Pick<Meeting, 'id' | 'start'>, inGroup: (membershipId: string) => boolean): PlacedStep[] {
  return all.filter(
    (p) =>
      p.meetingId !== meeting.id &&
      inGroup(p.step.membershipId) &&
      ((p.step.status === 'open' && p.meetingStart < meeting.start) || p.step.reviewedInMeetingId === meeting.id),
  );
}

/** An open step whose due date has passed. */
export const isStepOverdue = (step: Pick<NextStep, 'status' | 'dueOn'>, today: string): boolean =>
  step.status === 'open' && step.dueOn !== '' && step.dueOn < today;

/** The steps this one continues, oldest first (empty when it was agreed fresh). */
export function carriedChain(steps: readonly NextStep[], step: NextStep): NextStep[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const chain: NextStep[] = [];
  const seen = new Set<string>([step.id]);
  let from = step.carriedFromId;
  // A damaged file could point a chain at itself; stop rather than loop.
  while (from !== null && !seen.has(from)) {
    const earlier = byId.get(from);
    if (!earlier) break;
    seen.add(from);
    chain.unshift(earlier);
    from = earlier.carriedFromId;
  }
  return chain;
}

export type ReviewOutcome = 'done' | 'carried-over' | 'dropped';

export interface ReviewAt {
  meetingId: string;
  /** The reviewing meeting's local date, for the carried copy's due date. */
  meetingDate: string;
  now: string;
  newId: () => string;
}

export interface Reviewed {
  step: NextStep;
  /** The open copy at the reviewing meeting, when carried over. */
  carried: NextStep | null;
}

/**
 * The review of one step. A carried copy keeps the text and member; it keeps
 * the due date only when that is still ahead of the reviewing meeting, since
 * a date already past would make it overdue the moment it was agreed again.
 */
export function reviewStep(step: NextStep, outcome: ReviewOutcome, at: ReviewAt): Reviewed {
  const reviewed: NextStep = { ...step, status: outcome, reviewedAt: at.now, reviewedInMeetingId: at.meetingId };
  if (outcome !== 'carried-over') return { step: reviewed, carried: null };
  return {
    step: reviewed,
    carried: {
      id: at.newId(),
      membershipId: step.membershipId,
      text: step.text,
      dueOn: step.dueOn !== '' && step.dueOn > at.meetingDate ? step.dueOn : '',
      status: 'open',
      reviewedAt: null,
      reviewedInMeetingId: null,
      carriedFromId: step.id,
      createdAt: at.now,
    },
  };
}

/** A step opened again after a review made by mistake. */
export const reopenStep = (step: NextStep): NextStep => ({ ...step, status: 'open', reviewedAt: null, reviewedInMeetingId: null });

/** The copy a carried-over review made of `stepId` in a record, if there is one. */
export const carriedCopyIn = (record: Pick<MeetingRecord, 'nextSteps'> | undefined, stepId: string): NextStep | undefined =>
  record?.nextSteps.find((s) => s.carriedFromId === stepId);
