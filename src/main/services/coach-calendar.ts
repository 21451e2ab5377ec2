import { formerMemberNames } from '../domain/anonymise';
import { conflictIndex, type CalendarMeeting, type CalendarOneToOne, type ConflictIndex, type ConflictOptions } from '../domain/meetings/conflicts';
import { currentPeople, type ServiceContext } from './context';

// The coach's whole calendar as the conflict check and the calendar views read
// it: every meeting of every group that still runs, the coach's 1:1s with their
// members, and the busy times they imported from their own calendar. Built
// from memory on each call (group files hold every meeting's and 1:1's time),
// so it is never stale after a change.

/** Every meeting of every group that is not archived; an archived group's meetings no longer take the coach's time. */
export function coachMeetings(ctx: ServiceContext): CalendarMeeting[] {
  const meetings: CalendarMeeting[] = [];
  for (const doc of ctx.store.groups()) {
    if (doc.group.archivedAt !== null) continue;
    for (const m of doc.meetings) meetings.push({ id: m.id, groupId: doc.group.id, start: m.start, end: m.end, status: m.status });
  }
  return meetings;
}

/** Every 1:1 with a member of a group that is not archived, cancelled ones included (the index leaves them out). */
export function coachOneToOnes(ctx: ServiceContext): CalendarOneToOne[] {
  const oneToOnes: CalendarOneToOne[] = [];
  for (const doc of ctx.store.groups()) {
    if (doc.group.archivedAt !== null) continue;
    for (const o of doc.oneToOnes) oneToOnes.push({ id: o.id, groupId: doc.group.id, personId: o.personId, start: o.start, end: o.end, status: o.status });
  }
  return oneToOnes;
}

/**
 * The names of everyone the coach holds a 1:1 with, by person id: a member
 * anonymised since (kept only in the group's file) is "Former member", as on
 * the group's own 1:1 list.
 */
export function oneToOnePeopleNames(ctx: ServiceContext): Map<string, string> {
  const people = currentPeople(ctx);
  const names = new Map<string, string>();
  for (const doc of ctx.store.groups()) {
    const former = formerMemberNames(doc.anonymisedMembers);
    for (const o of doc.oneToOnes) names.set(o.personId, people.get(o.personId)?.name ?? former.get(o.personId) ?? 'Former member');
  }
  return names;
}

export function coachConflictIndex(ctx: ServiceContext): ConflictIndex {
  const busy = ctx.store.index().calendar.busy?.busyTimes ?? [];
  return conflictIndex(coachMeetings(ctx), busy, coachOneToOnes(ctx));
}

/** The coach's buffer between meetings, as the conflict check takes it. */
export const conflictOptions = (ctx: ServiceContext): ConflictOptions => ({ bufferMinutes: ctx.store.index().calendar.bufferMinutes });
