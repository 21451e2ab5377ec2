import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../src/shared/contract';
import { monthlyRule } from '../support/meeting-plans';
import { sampleGroupInput, samplePersonInput } from '../support/sample-records';
import { bootForFile } from './support/fixtures';

// The calendar export in the built app, large enough to go to the export
// worker threads: the worker is its own file in the build (out/main/
// export-files-worker.js), so only the built app can show that it starts, and
// that its files land whole in the folder the coach picked.

const booted = bootForFile();

const ok = async <T>(method: MethodName, input: unknown): Promise<T> => {
  const result = (await booted().call(method, input)) as { ok: boolean; value: T };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
  return result.value;
};

describe('calendar export in the built app', () => {
  it('writes every file through the export workers', async () => {
    await ok('settings.update', { coachName: 'Jordan Ellis', coachTimeZone: 'Europe/London', coachEmail: 'jordan@example.com' });
    for (let g = 0; g < 3; g++) {
      const group = await ok<{ id: string }>('groups.create', sampleGroupInput({ name: `Circle ${g + 1}`, startDate: '2027-01-01' }));
      for (let m = 0; m < 6; m++) {
        const person = await ok<{ id: string }>('people.create', samplePersonInput({ name: `Member ${g}-${m}`, email: `m${g}${m}@example.com` }));
        await ok('memberships.add', { groupId: group.id, personId: person.id, joinedOn: '2027-01-01' });
        for (const month of ['02', '04', '06']) await ok('oneToOnes.schedule', { groupId: group.id, personId: person.id, date: `2027-${month}-1${m}`, time: '09:00', minutes: 45, where: '' });
      }
      await ok('meetings.planSeries', { groupId: group.id, rule: monthlyRule({ fromDate: '2027-01-01', end: { type: 'count', count: 12 } }), adjustments: [] });
    }
    const folder = mkdtempSync(join(tmpdir(), 'ck-boot-calendar-'));
    await booted().request('answer-dialog', { method: 'showOpenDialog', answer: { canceled: false, filePaths: [folder] } });
    const written = await ok<{ folder: string; files: { path: string; kind: string }[] }>('calendarExport.write', {
      selection: { groupIds: null, personIds: null, from: '2027-01-01', to: null },
      include: { people: true, groups: true, coach: true, drafts: true },
      reminders: [30],
    });
    // 18 people's files and drafts (their series and three 1:1s each), 3 groups, the coach.
    expect(written.files.filter((f) => f.kind === 'person')).toHaveLength(18);
    expect(written.files.filter((f) => f.kind === 'draft')).toHaveLength(18 * 4);
    const onDisk = readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.ics') || f.endsWith('.eml'));
    expect(onDisk).toHaveLength(written.files.length);
    const coach = readFileSync(join(folder, 'coach.ics'), 'utf8');
    expect(coach.match(/BEGIN:VEVENT/g)).toHaveLength(3 * 12 + 18 * 3);
    expect(coach.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // The workers ran: no fallback to the main process was reported.
    expect(booted().stderr).not.toContain('Export workers failed');
  });
});
