import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planOccurrence } from '../../../src/shared/calendar/recurrence';
import type { Meeting, MeetingRecord } from '../../../src/shared/meetings';
import { open, seed, tempDir } from '../store/helpers';
import { cli } from './cli-helpers';

// `verify` reads every year of meeting records (the app reads them only when
// needed) and checks them against their group's meetings: a record belongs to
// one of the group's meetings, sits in that meeting's year, and names only
// members who were in the group that day.

function meetingOn(date: string): Meeting {
  const o = planOccurrence(date, '18:00', 'Europe/Paris', 90);
  if (o.status !== 'ok') throw new Error('test meeting on a DST edge');
  const at = '2025-01-01T10:00:00.000Z';
  return {
    id: randomUUID(), seriesId: null, recordsYear: Number(date.slice(0, 4)), date, startTime: '18:00', timeZone: 'Europe/Paris', minutes: 90,
    start: o.start, end: o.end, seriesStart: null, place: null, status: 'planned', cancelledReason: '', sequence: 0, createdAt: at, updatedAt: at,
  };
}

const recordFor = (meetingId: string, membershipIds: string[]): MeetingRecord => ({
  meetingId, agenda: null, coachees: [], heldAt: null, checkIns: [], nextSteps: [],
  attendance: membershipIds.map((membershipId) => ({ membershipId, mark: 'present' })),
  updatedAt: '2025-03-01T10:00:00.000Z',
});

describe('cli verify with meetings', () => {
  it('passes a folder whose records agree with their meetings, and counts them', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const store = await open(dir);
    const meeting = meetingOn('2025-03-04');
    const group = await store.updateGroup(groupId, (d) => void d.meetings.push(meeting));
    await store.updateMeetingRecords(groupId, 2025, (d) => void d.records.push(recordFor(meeting.id, group.memberships.map((m) => m.id))));
    await store.close();
    expect(await cli('verify', '--data-dir', dir)).toMatchObject({ code: 0, out: 'OK: 1 groups, 2 people, 1 meetings, 1 files of meeting records, 0 notes' });
  });

  it('reports records of an unknown meeting, in the wrong year, for a stranger, and a damaged year file', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const store = await open(dir);
    const meeting = meetingOn('2025-03-04');
    await store.updateGroup(groupId, (d) => void d.meetings.push(meeting));
    await store.updateMeetingRecords(groupId, 2026, (d) => {
      d.records.push(recordFor(meeting.id, [randomUUID()]));
      d.records.push(recordFor(randomUUID(), []));
    });
    await store.close();
    await fs.mkdir(path.join(dir, 'meetings', groupId), { recursive: true });
    await fs.writeFile(path.join(dir, 'meetings', groupId, '2024.json'), '{"schemaVersion":3,');

    const result = await cli('verify', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`meetings/${groupId}/2024.json: The file is not valid JSON`);
    expect(result.out).toContain('The meeting on 2025-03-04 keeps its records in 2025, but they are in the 2026 file.');
    expect(result.out).toMatch(/The meeting on 2025-03-04 has a attendance for membership .*, which is not in this group\./);
    expect(result.out).toMatch(/Records for meeting .*, which is not one of Tuesday Circle's meetings\./);
  });
});
