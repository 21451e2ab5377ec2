import { promises as fs } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExport, recordInLedger } from '../../../src/main/services/calendar-export-run';
import type { ServiceContext } from '../../../src/main/services/context';
import { noWindowEmitter } from '../../../src/main/services/main-emitter';
import { headlessPlatform } from '../../../src/main/services/platform';
import type { ExportWrite } from '../../../src/shared/calendar-export';
import { monthlyRule } from '../../support/meeting-plans';
import { readInstants } from '../../support/ics-read';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

// The calendar export through the real services and store: who gets which
// event, SEQUENCE rising only on what a participant sees, the ledger deciding
// which invitations are needed, and files written where the coach says.
// "Now" is 15 March 2026 in London.

let h: ServiceHarness;
afterEach(async () => {
  await h?.close();
  await removeTempDirs();
});

const ALL: ExportWrite['include'] = { people: true, groups: true, coach: true, drafts: true };
const everyone = { groupIds: null, personIds: null, from: null, to: null };

async function practice() {
  h = await openHarness();
  await h.ok('settings.update', { coachName: 'Jordan Ellis', coachTimeZone: 'Europe/London', coachEmail: 'jordan@example.com' });
  const group = await h.ok('groups.create', sampleGroupInput({ name: 'Tuesday Circle', startDate: '2026-04-01', timeZone: 'Europe/London' }));
  const other = await h.ok('groups.create', sampleGroupInput({ name: 'Founders', startDate: '2026-04-01', timeZone: 'America/New_York' }));
  const ada = await h.ok('people.create', samplePersonInput({ name: 'Ada Obi', email: 'ada@example.com', timeZone: 'Asia/Singapore' }));
  const bo = await h.ok('people.create', samplePersonInput({ name: 'Bo Lind', email: 'bo@example.com', timeZone: 'Europe/London' }));
  const cy = await h.ok('people.create', samplePersonInput({ name: 'Cy Moss', email: 'cy@example.com', timeZone: 'America/New_York' }));
  const memberships: Record<string, string> = {};
  for (const p of [ada, bo]) memberships[p.id] = (await h.ok('memberships.add', { groupId: group.id, personId: p.id, joinedOn: '2026-04-01' })).id;
  await h.ok('memberships.add', { groupId: other.id, personId: cy.id, joinedOn: '2026-04-01' });
  const series = await h.ok('meetings.planSeries', { groupId: group.id, rule: monthlyRule({ end: { type: 'count', count: 6 } }), adjustments: [] });
  await h.ok('meetings.planSeries', { groupId: other.id, rule: monthlyRule({ timeZone: 'America/New_York', startTime: '12:00', end: { type: 'count', count: 3 } }), adjustments: [] });
  const oneToOne = await h.ok('oneToOnes.schedule', { groupId: group.id, personId: ada.id, date: '2026-04-20', time: '09:00', minutes: 45, where: 'https://meet.example.com/ada' });
  await h.ok('oneToOnes.schedule', { groupId: group.id, personId: bo.id, date: '2026-04-21', time: '09:00', minutes: 45, where: '' });
  return { groupId: group.id, otherId: other.id, ada: ada.id, bo: bo.id, cy: cy.id, memberships, meetings: series.meetings, oneToOneId: oneToOne.id };
}

const ctxOf = (): ServiceContext => ({ store: h.store, now: h.clock.now, newId: () => 'unused', appVersion: 'test', platform: headlessPlatform, events: noWindowEmitter });
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

async function exportNow(include: ExportWrite['include'] = ALL, record = true) {
  const built = await buildExport(ctxOf(), { selection: everyone, include, reminders: [] });
  if (record) await recordInLedger(ctxOf(), built, include.drafts);
  return built;
}

const fileOf = (built: Awaited<ReturnType<typeof exportNow>>, start: string) => {
  const found = built.files.find((f) => f.path.startsWith(start));
  if (!found) throw new Error(`no file ${start}: ${built.files.map((f) => f.path).join(', ')}`);
  return text(found.bytes);
};

describe('calendar export', () => {
  it('gives each person exactly their own schedule: their groups’ meetings and their own 1:1, nobody else’s', async () => {
    const p = await practice();
    const built = await exportNow();
    const ada = readInstants(fileOf(built, 'people/Ada Obi'), '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    expect(ada.filter((e) => e.uid.startsWith('meeting-'))).toHaveLength(6);
    expect(ada.filter((e) => e.uid.startsWith('one-to-one-')).map((e) => [e.summary, e.start])).toEqual([['1:1 with Jordan Ellis', '2026-04-20T08:00:00.000Z']]);
    // Bo's 1:1 and the Founders' meetings are not Ada's business.
    expect(ada.some((e) => e.summary.includes('Bo Lind'))).toBe(false);
    expect(ada.every((e) => !e.summary.includes('Founders'))).toBe(true);
    const cy = readInstants(fileOf(built, 'people/Cy Moss'), '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    expect(cy.map((e) => e.start)).toEqual(['2026-04-14T16:00:00.000Z', '2026-05-12T16:00:00.000Z', '2026-06-09T16:00:00.000Z']);
    // The coach's file holds everything; the group file only its meetings.
    expect(readInstants(fileOf(built, 'coach.ics'), '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).toHaveLength(6 + 3 + 2);
    expect(readInstants(fileOf(built, 'groups/Tuesday Circle'), '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).toHaveLength(6);
    // A first invitation covers the whole schedule: the series and the 1:1.
    expect(built.files.filter((f) => f.path.startsWith('drafts/Ada Obi')).map((f) => f.summary)).toEqual([
      expect.stringMatching(/^invites to Tuesday Circle: group meeting, 6 meetings/),
      expect.stringMatching(/^invites to 1:1 with Jordan Ellis on 2026-04-20/),
    ]);
    void p;
  });

  it('raises SEQUENCE only for what a participant sees changing, and drafts only those changes', async () => {
    const p = await practice();
    await exportNow();
    const preview = await h.ok('calendarExport.preview', everyone);
    expect(preview.peopleWithChanges).toBe(0);

    // Something no calendar shows (a goal) changes nothing.
    await h.ok('goals.set', { groupId: p.groupId, membershipId: p.memberships[p.ada]!, goal: { text: 'Delegate the budget review', targetDate: '', status: 'in-progress' } });
    const same = await exportNow(ALL, false);
    expect(same.files.filter((f) => f.kind === 'draft')).toEqual([]);

    // Moving May's meeting is seen by both members of the group, and by nobody else.
    const may = p.meetings[1]!;
    await h.ok('meetings.move', { groupId: p.groupId, meetingId: may.id, date: '2026-05-14', time: '18:30', minutes: 120 });
    expect((await h.ok('calendarExport.preview', everyone)).peopleWithChanges).toBe(2);
    const moved = await exportNow();
    const instants = readInstants(fileOf(moved, 'coach.ics'), '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    expect(instants.find((e) => e.uid === `meeting-${may.id}@circlekeeper`)?.start).toBe('2026-05-14T17:30:00.000Z');
    const seq = (uid: string) => Number(/SEQUENCE:(\d+)/.exec(fileOf(moved, 'coach.ics').split('BEGIN:VEVENT').find((e) => e.includes(`UID:${uid}`))!)![1]);
    expect(seq(`meeting-${may.id}@circlekeeper`)).toBe(1);
    expect(seq(`meeting-${p.meetings[2]!.id}@circlekeeper`)).toBe(0);
    expect(moved.files.filter((f) => f.kind === 'draft').map((f) => f.path.split('/')[1]!.split(' ')[0])).toEqual(['Ada', 'Bo']);
  });

  it('writes a series as one recurring event, with only the meetings that differ as exceptions', async () => {
    const p = await practice();
    const calendarOf = async (built: Awaited<ReturnType<typeof exportNow>>): Promise<string> => {
      const draft = built.files.find((f) => f.path.startsWith('drafts/Ada Obi') && f.summary.includes('Tuesday Circle'))!;
      const mail = await simpleParser(Buffer.from(draft.bytes));
      return mail.attachments.find((a) => a.filename === 'invite.ics')!.content.toString('utf8');
    };
    const first = await calendarOf(await exportNow());
    // Six meetings on the rule, all worded alike: the master says it all.
    expect(first.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(first).toContain('RRULE:');
    expect(first).not.toContain('RECURRENCE-ID');
    await h.ok('meetings.move', { groupId: p.groupId, meetingId: p.meetings[1]!.id, date: '2026-05-14', time: '18:30', minutes: 120 });
    const moved = await calendarOf(await exportNow());
    expect(moved.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(moved.match(/RECURRENCE-ID[^\r\n]*/g)).toEqual(['RECURRENCE-ID;TZID=Europe/London:20260512T180000']);
  });

  it('cancels in the calendars that hold it: a cancelled 1:1, and the meetings of a member who left', async () => {
    const p = await practice();
    await exportNow();
    await h.ok('oneToOnes.setStatus', { groupId: p.groupId, id: p.oneToOneId, status: 'cancelled' });
    await h.ok('memberships.leave', { groupId: p.groupId, membershipId: p.memberships[p.bo]!, leftOn: '2026-05-31' });
    const next = await exportNow();
    const drafts = next.files.filter((f) => f.kind === 'draft');
    const adaCancel = drafts.find((f) => f.path.startsWith('drafts/Ada Obi'))!;
    expect(text(adaCancel.bytes)).toMatch(/METHOD[:=]"?CANCEL/);
    // Bo's series now stops in May: their invitation is re-sent with a higher SEQUENCE.
    const bo = drafts.filter((f) => f.path.startsWith('drafts/Bo Lind'));
    expect(bo.map((f) => f.summary)).toEqual([expect.stringMatching(/^invites to Tuesday Circle: group meeting, 2 meetings \(SEQUENCE 1\)/)]);
    // A cancellation sent once is not sent again.
    await exportNow();
    expect((await exportNow(ALL, false)).files.filter((f) => f.kind === 'draft')).toEqual([]);
  });

  it('refuses drafts without the coach’s email, and writes through the platform’s folder, never into the data folder', async () => {
    await practice();
    await h.ok('settings.update', { coachName: 'Jordan Ellis', coachTimeZone: 'Europe/London', coachEmail: '' });
    const refused = await h.call('calendarExport.write', { selection: everyone, include: ALL, reminders: [] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/add your email in Settings/);
    // Import files alone need no organiser.
    const cancelled = await h.ok('calendarExport.write', { selection: everyone, include: { ...ALL, drafts: false }, reminders: [] });
    expect(cancelled).toEqual({ folder: null, files: [] });
    const out = await makeTempDir();
    const built = await buildExport(ctxOf(), { selection: everyone, include: { ...ALL, drafts: false }, reminders: [30] });
    const { writeExportFolder } = await import('../../../src/main/services/calendar-export-run');
    await writeExportFolder(out, built.files);
    const written = (await fs.readdir(out, { recursive: true })).map((f) => f.split(path.sep).join('/')).filter((f) => f.endsWith('.ics')).sort();
    expect(written).toEqual(built.files.map((f) => f.path).sort());
    expect(text(built.files[0]!.bytes)).toContain('TRIGGER:-PT30M');
  });

  it('keeps the ledger like every data file: backed up, and a damaged one put back from the newest good backup', async () => {
    await practice();
    await exportNow();
    const recorded = await h.store.calendarLedger();
    expect(recorded?.sent.length).toBeGreaterThan(0);
    await h.ok('backups.create', {});
    await h.close();
    await fs.writeFile(path.join(h.dir, 'calendar-ledger.json'), '{"schemaVersion": 5, "events": [');
    await h.reopen();
    expect((await h.ok('calendarExport.preview', everyone)).peopleWithChanges).toBe(0);
    expect((await h.ok('app.info', {})).recovery).toEqual([expect.objectContaining({ kind: 'file-restored', file: 'calendar-ledger.json' })]);
    expect(await h.store.calendarLedger()).toEqual(recorded);
  });
});
