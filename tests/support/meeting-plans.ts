import type { SeriesRuleInput } from '../../src/shared/calendar/series-schema';
import type { MeetingRecord } from '../../src/shared/meetings';
import type { ServiceHarness } from './services';

// Small helpers for tests of meeting planning: a series rule with overrides,
// and a record written for a meeting the way the meeting page will write one.

export const monthlyRule = (overrides: Partial<SeriesRuleInput> = {}): SeriesRuleInput => ({
  pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' },
  fromDate: '2026-04-01',
  startTime: '18:00',
  timeZone: 'Europe/London',
  minutes: 120,
  end: { type: 'count', count: 12 },
  ...overrides,
});

/** Records attendance for a meeting in its records year, so the meeting counts as having records. */
export async function recordAttendance(h: ServiceHarness, groupId: string, meetingId: string, membershipId: string): Promise<void> {
  const meeting = h.store.group(groupId)!.meetings.find((m) => m.id === meetingId)!;
  const record: MeetingRecord = {
    meetingId,
    agenda: null,
    coachees: [],
    attendance: [{ membershipId, mark: 'present' }],
    heldAt: null,
    checkIns: [],
    nextSteps: [],
    updatedAt: h.clock.now().toISOString(),
  };
  await h.store.updateMeetingRecords(groupId, meeting.recordsYear, (draft) => {
    draft.records.push(record);
  });
}
