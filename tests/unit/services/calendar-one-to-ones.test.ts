import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../../src/shared/calendar-views';
import { addMeetings } from '../../support/meetings-in-store';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';
import { calendar, event } from '../domain/ics/ics-text';

// The coach's 1:1s in their calendar and in meeting planning, through the
// dispatch the window uses, on a real store in a temp folder. The harness
// clock stands at 15 March 2026, 10:00 UTC; the coach is in London (GMT until
// 29 March), Amara in Singapore (UTC+8).

let h: ServiceHarness;
let tuesday: string;
let founders: string;
let amara: string;
let cy: string;

beforeEach(async () => {
  h = await openHarness();
  tuesday = (await h.ok('groups.create', sampleGroupInput({ name: 'Tuesday Circle', color: '#3b82f6', startDate: '2026-01-05' }))).id;
  founders = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders', color: '#16a34a', startDate: '2026-01-05', meetingMinutes: 60 }))).id;
  amara = (await h.ok('people.create', samplePersonInput({ name: 'Amara Okafor', email: 'amara@example.com', timeZone: 'Asia/Singapore' }))).id;
  cy = (await h.ok('people.create', samplePersonInput({ name: 'Cy Moss', email: 'cy@example.com', timeZone: 'Europe/London' }))).id;
  await h.ok('memberships.add', { groupId: tuesday, personId: amara, joinedOn: '2026-01-05' });
  await h.ok('memberships.add', { groupId: founders, personId: cy, joinedOn: '2026-01-05' });
  // Founders meets 18:00–19:00 London on the 24th.
  await addMeetings(h.store, founders, [{ date: '2026-03-24', time: '18:00', minutes: 60 }]);
});

afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

const schedule = (groupId: string, personId: string, date: string, time: string, minutes = 45) =>
  h.ok('oneToOnes.schedule', { groupId, personId, date, time, minutes, where: 'https://meet.example.com/1-1' });
const itemsOn = async (date: string): Promise<CalendarItem[]> =>
  (await h.ok('calendar.month', { month: date.slice(0, 7) })).weeks.flat().find((d) => d.date === date)!.items;

describe('1:1s in the coach’s calendar', () => {
  it('shows a 1:1 in the month as its own item: the member named, the group’s colour, the coach’s clock', async () => {
    const made = await schedule(tuesday, amara, '2026-03-20', '09:00');
    expect(await itemsOn('2026-03-20')).toEqual([
      expect.objectContaining({
        kind: 'one-to-one',
        id: made.id,
        personId: amara,
        personName: 'Amara Okafor',
        group: { id: tuesday, name: 'Tuesday Circle', color: '#3b82f6' },
        localStart: '09:00',
        localEnd: '09:45',
        status: 'planned',
        where: 'https://meet.example.com/1-1',
        clashesWith: [],
        past: false,
      }),
    ]);
  });

  it('lists a 1:1 on its day with the member’s own time where it differs', async () => {
    await schedule(tuesday, amara, '2026-03-20', '09:00');
    const list = await h.ok('calendar.agenda', { from: '2026-03-16', days: 7 });
    expect(list.days.map((d) => [d.date, d.items.map((i) => [i.kind, i.localStart, i.kind === 'one-to-one' ? i.memberTime : i.groupTime])])).toEqual([
      ['2026-03-20', [['one-to-one', '09:00', { timeZone: 'Asia/Singapore', date: '2026-03-20', startTime: '17:00', endTime: '17:45' }]]],
    ]);
  });

  it('marks a 1:1 that clashes with a meeting, another 1:1 or a busy time, and lists each clash once', async () => {
    // 18:30–19:15 on the 24th: inside the Founders meeting (18:00–19:00) for 30 minutes.
    await schedule(tuesday, amara, '2026-03-24', '18:30');
    // 19:00–19:45: overlaps Amara's by 15 minutes and starts as the meeting ends (within the 15-minute break).
    await schedule(founders, cy, '2026-03-24', '19:00');
    await h.ok('calendar.importBusy', {
      fileName: 'work.ics',
      text: calendar(event('gym@x', 'DTSTART:20260324T193000Z', 'DTEND:20260324T203000Z', 'SUMMARY:Gym')),
    });
    const items = await itemsOn('2026-03-24');
    expect(items.map((i) => [i.kind, i.localStart, i.clashesWith])).toEqual([
      ['meeting', '18:00', ['your 1:1 with Amara Okafor', 'your 1:1 with Cy Moss']],
      ['one-to-one', '18:30', ['Founders', 'your 1:1 with Cy Moss']],
      ['one-to-one', '19:00', ['Founders', 'your 1:1 with Amara Okafor', 'your busy time “Gym”']],
    ]);
    const texts = (await h.ok('calendar.conflicts', {})).clashes.map((c) => c.text);
    expect(texts).toEqual([
      'Founders (Tue 24 Mar 2026, 18:00–19:00) overlaps your 1:1 with Amara Okafor (Tue 24 Mar 2026, 18:30–19:15) by 30 minutes.',
      'Founders (Tue 24 Mar 2026, 18:00–19:00) runs straight into your 1:1 with Cy Moss (Tue 24 Mar 2026, 19:00–19:45) with no break; you asked for at least 15 minutes.',
      'Your 1:1 with Amara Okafor (Tue 24 Mar 2026, 18:30–19:15) overlaps your 1:1 with Cy Moss (Tue 24 Mar 2026, 19:00–19:45) by 15 minutes.',
      'Your 1:1 with Cy Moss (Tue 24 Mar 2026, 19:00–19:45) overlaps your busy time “Gym” (Tue 24 Mar 2026, 19:30–20:30) by 15 minutes.',
    ]);
    expect((await h.ok('calendar.month', { month: '2026-03' })).clashes.map((c) => c.text)).toEqual(texts);
  });

  it('shows a cancelled 1:1 as cancelled, clashing with nothing, and leaves out an archived group’s 1:1s', async () => {
    const made = await schedule(founders, cy, '2026-03-24', '18:15');
    await h.ok('oneToOnes.setStatus', { groupId: founders, id: made.id, status: 'cancelled' });
    expect((await itemsOn('2026-03-24')).map((i) => [i.kind, i.status, i.clashesWith])).toEqual([
      ['meeting', 'planned', []],
      ['one-to-one', 'cancelled', []],
    ]);
    await schedule(tuesday, amara, '2026-03-20', '09:00');
    await h.ok('groups.archive', { id: tuesday });
    expect(await itemsOn('2026-03-20')).toEqual([]);
  });
});

describe('1:1s in meeting planning', () => {
  it('warns a meeting planned onto a 1:1, naming the 1:1 by its member; a cancelled 1:1 frees the time', async () => {
    const made = await schedule(tuesday, amara, '2026-03-20', '09:00');
    const preview = await h.ok('meetings.previewAt', { groupId: founders, date: '2026-03-20', time: '09:30', minutes: 60 });
    expect(preview.status === 'ok' && preview.at.clashes).toEqual([
      expect.objectContaining({
        kind: 'one-to-one',
        groupId: tuesday,
        meetingId: null,
        name: '1:1 with Amara Okafor',
        text: 'Overlaps your 1:1 with Amara Okafor (Fri 20 Mar 2026, 09:00–09:45, your time) by 15 minutes.',
      }),
    ]);
    await h.ok('oneToOnes.setStatus', { groupId: tuesday, id: made.id, status: 'cancelled' });
    const freed = await h.ok('meetings.previewAt', { groupId: founders, date: '2026-03-20', time: '09:30', minutes: 60 });
    expect(freed.status === 'ok' && freed.at.clashes).toEqual([]);
  });

  it('marks a planned meeting on the Meetings tab that a 1:1 was put onto', async () => {
    await schedule(tuesday, amara, '2026-03-24', '18:30');
    const tab = await h.ok('meetings.forGroup', { groupId: founders });
    expect(tab.upcoming.flatMap((r) => r.clashes.map((c) => c.text))).toEqual([
      'Overlaps your 1:1 with Amara Okafor (Tue 24 Mar 2026, 18:30–19:15, your time) by 30 minutes.',
    ]);
  });

  it('keeps the 1:1s’ own check: each clash once, never the 1:1 with itself', async () => {
    const made = await schedule(tuesday, amara, '2026-03-24', '18:30');
    const again = await h.ok('oneToOnes.conflicts', { id: made.id, date: '2026-03-24', time: '18:30', minutes: 45 });
    expect(again).toEqual([{ kind: 'overlap', text: 'Overlaps the Founders meeting (Tue 24 Mar 2026, 18:00–19:00) by 30 minutes.' }]);
    // A new 1:1 at the same time clashes with the meeting and with Amara's, each named once.
    const fresh = await h.ok('oneToOnes.conflicts', { id: null, date: '2026-03-24', time: '18:30', minutes: 45 });
    expect(fresh.map((c) => c.text)).toEqual([
      'Overlaps the Founders meeting (Tue 24 Mar 2026, 18:00–19:00) by 30 minutes.',
      'Overlaps your 1:1 with Amara Okafor (Tue 24 Mar 2026, 18:30–19:15) by 45 minutes.',
    ]);
  });
});
