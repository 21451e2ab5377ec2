import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarItem, CalendarListItem } from '../../../src/shared/calendar-views';
import { addMeetings } from '../../support/meetings-in-store';
import { sampleGroupInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';
import { calendar, event } from '../domain/ics/ics-text';

// The coach's calendar over three groups in three zones (London, New York,
// Sydney), read on the coach's clock. The harness clock stands at
// 15 March 2026, 10:00 UTC; London is on GMT until 29 March, New York on EDT
// (UTC-4) from 8 March, Sydney on AEDT (UTC+11) until 5 April.

let h: ServiceHarness;
let tuesday: string;
let founders: string;
let sydney: string;

const BUSY_FILE = calendar(
  event('gym@x', 'DTSTART;TZID=Europe/London:20260407T194000', 'DTEND;TZID=Europe/London:20260407T200000', 'SUMMARY:Gym', 'DESCRIPTION:CANARY-private-detail', 'LOCATION:CANARY-place'),
);

beforeEach(async () => {
  h = await openHarness();
  tuesday = (await h.ok('groups.create', sampleGroupInput({ name: 'Tuesday Circle', color: '#3b82f6', meetingMinutes: 90 }))).id;
  founders = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders', color: '#16a34a', timeZone: 'America/New_York', meetingMinutes: 60 }))).id;
  sydney = (await h.ok('groups.create', sampleGroupInput({ name: 'Sydney Circle', color: '#dc2626', timeZone: 'Australia/Sydney', meetingMinutes: 60 }))).id;
  await addMeetings(h.store, tuesday, [
    { date: '2026-03-03', time: '18:00' },
    { date: '2026-03-17', time: '18:00' },
    { date: '2026-03-24', time: '18:00', status: 'cancelled', cancelledReason: 'Room unavailable' },
    { date: '2026-04-07', time: '18:00' },
  ]);
  await addMeetings(h.store, founders, [
    // 13:30 EDT is 17:30 UTC: overlaps the London meeting of 3 March (already past) by an hour.
    { date: '2026-03-03', time: '12:30' },
    // 14:30 EDT is 18:30 UTC: overlaps Tuesday's 18:00–19:30 by an hour.
    { date: '2026-03-17', time: '14:30' },
  ]);
  // 08:00 on the 19th in Sydney is 21:00 UTC on the 18th: the London coach's evening before.
  await addMeetings(h.store, sydney, [{ date: '2026-03-19', time: '08:00' }]);
});

afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

const meetingsOn = (month: Awaited<ReturnType<typeof monthOf>>, date: string): CalendarItem[] =>
  month.weeks.flat().find((d) => d.date === date)!.items;
const monthOf = (month?: string) => h.ok('calendar.month', month === undefined ? {} : { month });

describe('calendar.month', () => {
  it('places every group’s meetings on the coach’s clock, with group names and colours, today and clashes marked', async () => {
    const march = await monthOf('2026-03');
    expect(march).toMatchObject({ month: '2026-03', timeZone: 'Europe/London', today: '2026-03-15' });
    // Monday 23 February to Sunday 5 April: six weeks.
    expect(march.weeks).toHaveLength(6);
    expect(march.weeks[0]![0]).toMatchObject({ date: '2026-02-23', inMonth: false });
    expect(march.weeks.flat().filter((d) => d.isToday).map((d) => d.date)).toEqual(['2026-03-15']);

    const the17th = meetingsOn(march, '2026-03-17');
    expect(the17th.map((m) => [m.group.name, m.group.color, m.localStart, m.localEnd, m.clashesWith])).toEqual([
      ['Tuesday Circle', '#3b82f6', '18:00', '19:30', ['Founders']],
      ['Founders', '#16a34a', '18:30', '19:30', ['Tuesday Circle']],
    ]);
    expect(meetingsOn(march, '2026-03-18').map((m) => [m.group.name, m.localStart])).toEqual([['Sydney Circle', '21:00']]);
    expect(meetingsOn(march, '2026-03-19')).toEqual([]);
    expect(meetingsOn(march, '2026-03-24')).toMatchObject([{ status: 'cancelled', cancelledReason: 'Room unavailable', clashesWith: [] }]);
    expect(meetingsOn(march, '2026-03-03').every((m) => m.past)).toBe(true);

    expect(march.clashes.map((c) => c.text)).toEqual([
      'Founders (Tue 3 Mar 2026, 17:30–18:30) overlaps Tuesday Circle (Tue 3 Mar 2026, 18:00–19:30) by 30 minutes.',
      'Tuesday Circle (Tue 17 Mar 2026, 18:00–19:30) overlaps Founders (Tue 17 Mar 2026, 18:30–19:30) by 60 minutes.',
    ]);
  });

  it('answers the coach’s current month when none is asked for', async () => {
    expect((await monthOf()).month).toBe('2026-03');
    h.clock.set('2026-03-31T23:30:00.000Z');
    // 23:30 UTC is already 1 April in London (BST).
    expect((await monthOf()).month).toBe('2026-04');
  });

  it('follows the coach’s zone: in Auckland the Sydney meeting falls on the 19th', async () => {
    await h.ok('settings.update', { coachName: '', coachTimeZone: 'Pacific/Auckland' });
    const march = await monthOf('2026-03');
    expect(meetingsOn(march, '2026-03-19').map((m) => [m.group.name, m.localStart])).toEqual([['Sydney Circle', '10:00']]);
    // Tuesday's 18:00 London is 07:00 on Wednesday in Auckland.
    expect(meetingsOn(march, '2026-03-18').map((m) => [m.group.name, m.localStart])).toEqual([
      ['Tuesday Circle', '07:00'],
      ['Founders', '07:30'],
    ]);
  });

  it('leaves out an archived group’s meetings and the clashes they would cause', async () => {
    await h.ok('groups.archive', { id: founders });
    const march = await monthOf('2026-03');
    expect(meetingsOn(march, '2026-03-17').map((m) => m.group.name)).toEqual(['Tuesday Circle']);
    expect(march.clashes).toEqual([]);
  });

  it('refuses a month that is no month', async () => {
    for (const month of ['2026-13', '2026-3', 'March', '2026-03-01', '1899-12']) {
      const result = await h.call('calendar.month', { month });
      expect(result.ok, month).toBe(false);
    }
  });
});

describe('calendar.agenda (the list)', () => {
  it('lists only days with meetings, each with the coach’s time and the group’s own where it differs', async () => {
    const list = await h.ok('calendar.agenda', { from: '2026-03-16', days: 7 });
    expect(list).toMatchObject({ from: '2026-03-16', to: '2026-03-22', timeZone: 'Europe/London', today: '2026-03-15' });
    const rows = list.days.map((d) => [d.date, d.items.map((m: CalendarListItem) => [m.group.name, m.localStart, m.kind === 'meeting' ? m.groupTime : m.memberTime])]);
    expect(rows).toEqual([
      [
        '2026-03-17',
        [
          ['Tuesday Circle', '18:00', null],
          ['Founders', '18:30', { timeZone: 'America/New_York', date: '2026-03-17', startTime: '14:30', endTime: '15:30' }],
        ],
      ],
      ['2026-03-18', [['Sydney Circle', '21:00', { timeZone: 'Australia/Sydney', date: '2026-03-19', startTime: '08:00', endTime: '09:00' }]]],
    ]);
    expect(list.days[0]!.items[0]!.clashesWith).toEqual(['Founders']);
  });

  it('refuses more than 92 days, or none', async () => {
    expect((await h.call('calendar.agenda', { from: '2026-03-01', days: 93 })).ok).toBe(false);
    expect((await h.call('calendar.agenda', { from: '2026-03-01', days: 0 })).ok).toBe(false);
    expect((await h.call('calendar.agenda', { from: '2026-03-01', days: 92 })).ok).toBe(true);
  });
});

describe('calendar.conflicts and busy times', () => {
  it('lists clashes from now on, with busy times from an imported file and the coach’s break', async () => {
    const before = await h.ok('calendar.conflicts', {});
    // The 3 March clash is history.
    expect(before.clashes.map((c) => c.text)).toEqual([
      'Tuesday Circle (Tue 17 Mar 2026, 18:00–19:30) overlaps Founders (Tue 17 Mar 2026, 18:30–19:30) by 60 minutes.',
    ]);

    const summary = await h.ok('calendar.importBusy', { fileName: 'work.ics', text: BUSY_FILE });
    expect(summary).toMatchObject({ fileName: 'work.ics', busyCount: 1, fromDate: '2026-02-15', toDate: '2028-03-15', skipped: [] });
    const after = await h.ok('calendar.conflicts', {});
    expect(after.clashes.map((c) => c.text)).toEqual([
      'Tuesday Circle (Tue 17 Mar 2026, 18:00–19:30) overlaps Founders (Tue 17 Mar 2026, 18:30–19:30) by 60 minutes.',
      // 19:30 to 19:40 BST: 10 minutes, less than the default 15.
      'Tuesday Circle (Tue 7 Apr 2026, 18:00–19:30) leaves only 10 minutes before your busy time “Gym” (Tue 7 Apr 2026, 19:40–20:00); you asked for at least 15 minutes.',
    ]);
    expect(after.clashes[1]!.second).toMatchObject({ kind: 'busy', label: 'Gym' });
    // The month marks it too, on the meeting.
    expect(meetingsOn(await monthOf('2026-04'), '2026-04-07')[0]!.clashesWith).toEqual(['your busy time “Gym”']);

    // With no break wanted, 10 free minutes are enough.
    await h.ok('calendar.updateSettings', { bufferMinutes: 0 });
    expect((await h.ok('calendar.conflicts', {})).clashes).toHaveLength(1);
  });

  it('keeps only start, end and title of each busy time: the file’s text is not stored', async () => {
    await h.ok('calendar.importBusy', { fileName: '../../private/work.ics', text: BUSY_FILE });
    await h.store.flush();
    const stored = await readFile(join(h.dir, 'index.json'), 'utf8');
    expect(stored).not.toContain('CANARY');
    expect(stored).not.toContain('BEGIN:VEVENT');
    const settings = await h.ok('calendar.settings', {});
    expect(settings).toMatchObject({
      bufferMinutes: 15,
      busy: {
        fileName: 'work.ics',
        busyCount: 1,
        upcoming: [{ label: 'Gym', when: 'Tue 7 Apr 2026, 19:40–20:00', start: '2026-04-07T18:40:00.000Z', end: '2026-04-07T19:00:00.000Z' }],
      },
    });
  });

  it('replaces the last import, and clears it', async () => {
    await h.ok('calendar.importBusy', { fileName: 'work.ics', text: BUSY_FILE });
    const second = calendar(
      event('a@x', 'DTSTART:20260401T090000Z', 'DTEND:20260401T100000Z', 'SUMMARY:Call'),
      event('b@x', 'DTSTART;VALUE=DATE:20260402', 'SUMMARY:Holiday'),
    );
    const summary = await h.ok('calendar.importBusy', { fileName: 'home.ics', text: second });
    expect(summary).toMatchObject({ fileName: 'home.ics', busyCount: 1, skipped: [{ reason: 'all-day', count: 1 }] });
    expect(h.store.index().calendar.busy?.busyTimes.map((b) => b.label)).toEqual(['Call']);
    expect(await h.ok('calendar.clearBusy', {})).toEqual({ removed: 1 });
    expect((await h.ok('calendar.settings', {})).busy).toBeNull();
    expect(await h.ok('calendar.clearBusy', {})).toEqual({ removed: 0 });
  });

  it('keeps what an import left out with its busy times, so Settings still shows it after a restart', async () => {
    const file = calendar(
      event('a@x', 'DTSTART:20260401T090000Z', 'DTEND:20260401T100000Z', 'SUMMARY:Call'),
      event('b@x', 'DTSTART;VALUE=DATE:20260402', 'SUMMARY:Holiday'),
      event('c@x', 'DTSTART;VALUE=DATE:20260403', 'SUMMARY:Holiday'),
      // Every minute: too often to check.
      event('d@x', 'DTSTART:20260401T080000Z', 'DTEND:20260401T080100Z', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Ping'),
      event('e@x', 'DTSTART:not-a-date', 'SUMMARY:Broken'),
    );
    const summary = await h.ok('calendar.importBusy', { fileName: 'work.ics', text: file });
    const leftOut = [
      { reason: 'all-day', count: 2 },
      { reason: 'repeats-too-often', count: 1 },
      { reason: 'unreadable', count: 1 },
    ];
    expect(summary.skipped).toEqual(leftOut);

    await h.reopen();
    expect(h.store.index().calendar.busy?.skipped).toEqual(leftOut);
    expect((await h.ok('calendar.settings', {})).busy).toMatchObject({ fileName: 'work.ics', busyCount: 1, skipped: leftOut });

    // A clean file stores that nothing was left out; an import stored before the counts were kept has none to show.
    await h.ok('calendar.importBusy', { fileName: 'work.ics', text: BUSY_FILE });
    expect((await h.ok('calendar.settings', {})).busy?.skipped).toEqual([]);
    await h.store.updateIndex((draft) => {
      delete draft.calendar.busy!.skipped;
    });
    await h.reopen();
    expect((await h.ok('calendar.settings', {})).busy).toMatchObject({ busyCount: 1, skipped: null });
  });

  it('refuses a file that is no calendar with the reason, keeping the last import', async () => {
    await h.ok('calendar.importBusy', { fileName: 'work.ics', text: BUSY_FILE });
    const result = await h.call('calendar.importBusy', { fileName: 'contacts.vcf', text: 'BEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD\r\n' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^This is not a calendar file/) } });
    expect(h.store.index().calendar.busy?.fileName).toBe('work.ics');
  });

  it('accepts a break of 0 to 240 minutes and refuses anything else', async () => {
    expect(await h.ok('calendar.updateSettings', { bufferMinutes: 240 })).toEqual({ bufferMinutes: 240 });
    for (const bufferMinutes of [-1, 241, 7.5]) {
      expect((await h.call('calendar.updateSettings', { bufferMinutes })).ok, String(bufferMinutes)).toBe(false);
    }
    expect((await h.ok('calendar.settings', {})).bufferMinutes).toBe(240);
  });
});
