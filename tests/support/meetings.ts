import { planOccurrence } from '../../src/shared/calendar/recurrence';
import type { Meeting } from '../../src/shared/meetings';

// Meetings for tests to run, until series and extra meetings are planned
// through their own contract methods: built with the same planOccurrence the
// planner uses, so their instants, zone and records year are what the real
// planner would store.

export interface MeetingAt {
  id: string;
  date: string;
  time?: string;
  timeZone?: string;
  minutes?: number;
  createdAt?: string;
}

export function plannedMeeting({ id, date, time = '18:00', timeZone = 'Europe/London', minutes = 120, createdAt = '2026-01-01T00:00:00.000Z' }: MeetingAt): Meeting {
  const planned = planOccurrence(date, time, timeZone, minutes);
  if (planned.status !== 'ok') throw new Error(`No single time for ${date} ${time} in ${timeZone}`);
  return {
    id,
    seriesId: null,
    recordsYear: Number(date.slice(0, 4)),
    date,
    startTime: time,
    timeZone,
    minutes,
    start: planned.start,
    end: planned.end,
    seriesStart: null,
    place: null,
    status: 'planned',
    cancelledReason: '',
    sequence: 0,
    createdAt,
    updatedAt: createdAt,
  };
}

/** Pushes meetings into a group's file through the store, as the planner will. */
export async function addMeetings(
  store: { updateGroup(id: string, mutate: (draft: { meetings: Meeting[] }) => void): Promise<unknown> },
  groupId: string,
  meetings: readonly Meeting[],
): Promise<void> {
  await store.updateGroup(groupId, (draft) => {
    draft.meetings.push(...meetings.map((m) => structuredClone(m)));
  });
}

/** Ids for test meetings, distinct from the harness's sequential ids. */
export const meetingId = (n: number): string => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
