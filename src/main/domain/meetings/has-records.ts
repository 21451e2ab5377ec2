import type { MeetingRecord } from '../../../shared/meetings';

/**
 * True when anything was recorded for a meeting: an edited agenda, coachees
 * chosen by hand, attendance, check-ins, next steps, or the meeting marked
 * held. Such a meeting is never dropped when its series changes.
 */
export function meetingHasRecords(record: MeetingRecord | undefined): boolean {
  if (!record) return false;
  return (
    record.agenda !== null ||
    record.coachees.length > 0 ||
    record.attendance.length > 0 ||
    record.heldAt !== null ||
    record.checkIns.length > 0 ||
    record.nextSteps.length > 0
  );
}
