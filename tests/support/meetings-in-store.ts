import { planOccurrence } from '../../src/shared/calendar/recurrence';
import type { Meeting } from '../../src/shared/meetings';
import type { DataStore } from '../../src/main/store/types';

// Meetings put straight into a group's file, as the planning services would
// store them (planOccurrence places each local time in its zone), for tests
// of views that only read meetings. Ids are made from the group's id and the
// meeting's number in it, so they are valid, distinct and predictable.

export interface MeetingAt {
  date: string;
  time: string;
  minutes?: number;
  /** Defaults to the group's zone. */
  timeZone?: string;
  status?: Meeting['status'];
  cancelledReason?: string;
}

const AT = '2026-01-01T00:00:00.000Z';

export async function addMeetings(store: DataStore, groupId: string, meetings: readonly MeetingAt[]): Promise<Meeting[]> {
  const doc = store.group(groupId);
  if (!doc) throw new Error(`No group ${groupId}`);
  const made = meetings.map((at, i): Meeting => {
    const zone = at.timeZone ?? doc.group.timeZone;
    const planned = planOccurrence(at.date, at.time, zone, at.minutes ?? doc.group.meetingMinutes);
    if (planned.status !== 'ok') throw new Error(`${at.date} ${at.time} ${zone}: ${planned.status}`);
    const n = doc.meetings.length + i + 1;
    return {
      // A first part no sequential id has, then the group's last six digits and the meeting's number.
      id: `eeeeeeee-0000-4000-8000-${groupId.slice(-6)}${n.toString(16).padStart(6, '0')}`,
      seriesId: null,
      recordsYear: Number(at.date.slice(0, 4)),
      date: at.date,
      startTime: at.time,
      timeZone: zone,
      minutes: planned.minutes,
      start: planned.start,
      end: planned.end,
      seriesStart: null,
      place: null,
      status: at.status ?? 'planned',
      cancelledReason: at.cancelledReason ?? '',
      sequence: 0,
      createdAt: AT,
      updatedAt: AT,
    };
  });
  await store.updateGroup(groupId, (draft) => {
    draft.meetings.push(...made);
  });
  return made;
}
