import { conflictIndex, type CalendarMeeting, type ConflictIndex, type ConflictOptions } from '../domain/meetings/conflicts';
import type { ServiceContext } from './context';

// The coach's whole calendar as the conflict check and the calendar views read
// it: every meeting of every group that still runs, and the busy times they
// imported from their own calendar. Built from memory on each call (group files
// hold every meeting's time), so it is never stale after a change.

/** Every meeting of every group that is not archived; an archived group's meetings no longer take the coach's time. */
export function coachMeetings(ctx: ServiceContext): CalendarMeeting[] {
  const meetings: CalendarMeeting[] = [];
  for (const doc of ctx.store.groups()) {
    if (doc.group.archivedAt !== null) continue;
    for (const m of doc.meetings) meetings.push({ id: m.id, groupId: doc.group.id, start: m.start, end: m.end, status: m.status });
  }
  return meetings;
}

export function coachConflictIndex(ctx: ServiceContext): ConflictIndex {
  const busy = ctx.store.index().calendar.busy?.busyTimes ?? [];
  return conflictIndex(coachMeetings(ctx), busy);
}

/** The coach's buffer between meetings, as the conflict check takes it. */
export const conflictOptions = (ctx: ServiceContext): ConflictOptions => ({ bufferMinutes: ctx.store.index().calendar.bufferMinutes });
