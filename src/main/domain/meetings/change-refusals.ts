import type { MeetingRecord } from '../../../shared/meetings';
import { memberRefusal } from './recording';

// When a meeting's place in the calendar may change without contradicting
// what was recorded at it. Records are never rewritten by a move or a cancel,
// so a change that would leave them wrong (a held meeting cancelled, people
// marked present at a time still to come, a member's attendance on a day they
// were not in the group) is refused with the coach's reason instead.

/** A held meeting happened: cancelling it would say it did not. */
export function cancelRefusal(record: Pick<MeetingRecord, 'heldAt'> | undefined): string | null {
  if (!record?.heldAt) return null;
  return 'This meeting is recorded as held, so it cannot be cancelled. If it did not happen, open it and mark it as not held first.';
}

export interface MoveTarget {
  /** The new local date in the meeting's zone. */
  date: string;
  /** The new UTC start. */
  start: string;
  /** The UTC instant now. */
  now: string;
}

export interface MemberOnRecord {
  id: string;
  joinedOn: string;
  leftOn: string | null;
  name: string;
}

/** What stops a meeting with these records moving to `to`, or null. */
export function moveRefusal(record: MeetingRecord | undefined, members: ReadonlyMap<string, MemberOnRecord>, to: MoveTarget): string | null {
  if (!record) return null;
  const happened = record.heldAt !== null || record.attendance.some((a) => a.mark === 'present') || record.checkIns.length > 0 || record.nextSteps.length > 0;
  if (happened && to.start > to.now) {
    return 'What happened at this meeting is already recorded (who came, check-ins or next steps), so it cannot move to a time that has not come yet.';
  }
  // Next steps stay with whoever took them on, whenever they are due; the others say who was there that day.
  const onRecord = new Set([...record.coachees, ...record.attendance.map((a) => a.membershipId), ...record.checkIns.map((c) => c.membershipId)]);
  for (const id of onRecord) {
    const member = members.get(id);
    const refusal = member ? memberRefusal(member, member.name, to.date) : null;
    if (refusal) return `${refusal} Their record at this meeting stays, so the meeting cannot move to that day.`;
  }
  return null;
}
