import { describe, expect, it } from 'vitest';
import { clashNamesByItem, describeClash, type CalendarNames } from '../../../../src/main/domain/meetings/calendar-clashes';
import { nameClash } from '../../../../src/main/domain/meetings/clash-names';
import {
  calendarConflicts,
  conflictIndex,
  conflictsFor,
  type BusyTime,
  type CalendarMeeting,
  type CalendarOneToOne,
} from '../../../../src/main/domain/meetings/conflicts';
import { itemsByStart, monthView } from '../../../../src/main/domain/meetings/month-view';

// The coach's 1:1s take their time like meetings: they sit in the month beside
// the meetings, and clash with meetings, busy times and each other by the same
// rules. All instants are UTC; the views are read in London (GMT in early
// March 2026) and Auckland (NZDT, UTC+13).

const plus = (start: string, minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();
const meeting = (id: string, start: string, minutes: number, status: CalendarMeeting['status'] = 'planned'): CalendarMeeting => ({
  id, groupId: 'g-founders', start, end: plus(start, minutes), status,
});
const oneToOne = (id: string, personId: string, start: string, minutes: number, status: CalendarOneToOne['status'] = 'planned'): CalendarOneToOne => ({
  id, groupId: 'g-tuesday', personId, start, end: plus(start, minutes), status,
});

const meetings = [meeting('founders', '2026-03-10T18:00:00.000Z', 90)];
const oneToOnes = [
  // 19:00–19:45: inside the Founders meeting (18:00–19:30) for 30 minutes.
  oneToOne('amara', 'p-amara', '2026-03-10T19:00:00.000Z', 45),
  // 19:30–20:15: overlaps Amara's by 15 minutes (and only touches the meeting's end).
  oneToOne('ben', 'p-ben', '2026-03-10T19:30:00.000Z', 45),
  // On the meeting's time, but cancelled: shown, clashing with nothing.
  oneToOne('cy', 'p-cy', '2026-03-10T18:15:00.000Z', 30, 'cancelled'),
  // 09:00 on the 12th, held; into the dentist's hour.
  oneToOne('dee', 'p-dee', '2026-03-12T09:00:00.000Z', 60, 'held'),
];
const busy: BusyTime[] = [{ id: 'dentist@x', label: 'Dentist', start: '2026-03-12T09:30:00.000Z', end: '2026-03-12T10:30:00.000Z' }];
const index = conflictIndex(meetings, busy, oneToOnes);
const view = (timeZone: string) =>
  monthView(itemsByStart(meetings, oneToOnes), index, { month: '2026-03', timeZone, now: new Date('2026-03-01T12:00:00.000Z'), bufferMinutes: 0 });
const day = (v: ReturnType<typeof view>, date: string) => v.weeks.flat().find((d) => d.date === date)!;

const names: CalendarNames = {
  groups: new Map([
    ['g-founders', { id: 'g-founders', name: 'Founders Circle', color: '#16a34a' }],
    ['g-tuesday', { id: 'g-tuesday', name: 'Tuesday Circle', color: '#3b82f6' }],
  ]),
  people: new Map([
    ['p-amara', 'Amara Okafor'],
    ['p-ben', 'Ben Ito'],
    ['p-dee', 'Dee Kaur'],
  ]),
};

describe('1:1s in the month view', () => {
  it('lists each 1:1 as its own kind among the meetings, in time order on the coach’s clock', () => {
    const london = view('Europe/London');
    expect(day(london, '2026-03-10').items.map((i) => [i.kind, i.id, i.localStart, i.localEnd, i.status, i.inConflict])).toEqual([
      ['meeting', 'founders', '18:00', '19:30', 'planned', true],
      ['one-to-one', 'cy', '18:15', '18:45', 'cancelled', false],
      ['one-to-one', 'amara', '19:00', '19:45', 'planned', true],
      ['one-to-one', 'ben', '19:30', '20:15', 'planned', true],
    ]);
    expect(day(london, '2026-03-10').items[2]).toMatchObject({ kind: 'one-to-one', personId: 'p-amara', groupId: 'g-tuesday' });
    // In Auckland the evening of the 10th is the morning of the 11th.
    const auckland = view('Pacific/Auckland');
    expect(day(auckland, '2026-03-11').items.map((i) => [i.id, i.localStart])).toEqual([
      ['founders', '07:00'],
      ['cy', '07:15'],
      ['amara', '08:00'],
      ['ben', '08:30'],
    ]);
    expect(day(auckland, '2026-03-10').items).toEqual([]);
  });

  it('lists each clash once: 1:1 with meeting, 1:1 with 1:1, 1:1 with busy time; never a cancelled 1:1', () => {
    expect(view('Europe/London').conflicts.map((c) => [c.first.kind, c.first.id, c.second.kind, c.second.id, c.kind, c.minutes])).toEqual([
      ['meeting', 'founders', 'one-to-one', 'amara', 'overlap', 30],
      ['one-to-one', 'amara', 'one-to-one', 'ben', 'overlap', 15],
      ['one-to-one', 'dee', 'busy', 'dentist@x', 'overlap', 30],
    ]);
  });

  it('names a 1:1 by its member, in sentences and in each item’s own list', () => {
    const clashes = view('Europe/London').conflicts.map((c) => describeClash(c, names, 'Europe/London', 0));
    expect(clashes.map((c) => c.text)).toEqual([
      'Founders Circle (Tue 10 Mar 2026, 18:00–19:30) overlaps your 1:1 with Amara Okafor (Tue 10 Mar 2026, 19:00–19:45) by 30 minutes.',
      'Your 1:1 with Amara Okafor (Tue 10 Mar 2026, 19:00–19:45) overlaps your 1:1 with Ben Ito (Tue 10 Mar 2026, 19:30–20:15) by 15 minutes.',
      'Your 1:1 with Dee Kaur (Thu 12 Mar 2026, 09:00–10:00) overlaps your busy time “Dentist” (Thu 12 Mar 2026, 09:30–10:30) by 30 minutes.',
    ]);
    expect(clashes[0]!.second).toMatchObject({ kind: 'one-to-one', oneToOneId: 'amara', personName: 'Amara Okafor', group: { name: 'Tuesday Circle' } });
    const byItem = clashNamesByItem(clashes);
    expect(byItem.get('founders')).toEqual(['your 1:1 with Amara Okafor']);
    expect(byItem.get('amara')).toEqual(['Founders Circle', 'your 1:1 with Ben Ito']);
    expect(byItem.get('dee')).toEqual(['your busy time “Dentist”']);
    expect(byItem.has('cy')).toBe(false);
  });
});

describe('1:1s in the conflict check', () => {
  it('warns a meeting planned onto a 1:1, naming the 1:1 by its member', () => {
    const found = conflictsFor({ groupId: 'g-founders', start: '2026-03-12T08:30:00.000Z', end: '2026-03-12T09:15:00.000Z' }, index, { bufferMinutes: 0 });
    expect(found.map((c) => [c.with.kind, c.with.id, c.kind, c.minutes])).toEqual([['one-to-one', 'dee', 'overlap', 15]]);
    const named = nameClash(found[0]!, new Map([['g-tuesday', 'Tuesday Circle']]), 'Europe/London', names.people);
    expect(named).toMatchObject({ kind: 'one-to-one', groupId: 'g-tuesday', meetingId: null, name: '1:1 with Dee Kaur' });
    expect(named.text).toBe('Overlaps your 1:1 with Dee Kaur (Thu 12 Mar 2026, 09:00–10:00, your time) by 15 minutes.');
  });

  it('never compares a 1:1 with itself, and a cancelled one frees its time', () => {
    const amara = oneToOnes[0]!;
    expect(conflictsFor(amara, index, { bufferMinutes: 0 }).map((c) => c.with.id)).toEqual(['founders', 'ben']);
    const onCy = conflictsFor({ groupId: 'g', start: '2026-03-10T17:00:00.000Z', end: '2026-03-10T18:00:00.000Z' }, index, { bufferMinutes: 0 });
    expect(onCy).toEqual([]);
  });

  it('counts the coach’s break between a 1:1 and a meeting', () => {
    // Ben's 1:1 starts the moment the meeting ends: with a 15-minute break asked for, too close.
    const pairs = calendarConflicts(index, { bufferMinutes: 15 }).map((c) => [c.first.id, c.second.id, c.kind, c.minutes]);
    expect(pairs).toContainEqual(['founders', 'ben', 'too-close', 0]);
    expect(calendarConflicts(index, { bufferMinutes: 0 }).map((c) => [c.first.id, c.second.id])).not.toContainEqual(['founders', 'ben']);
  });
});

describe('the order a clash is worded in', () => {
  it('puts the side that ends first first when both start together, as the calendar-wide list does', () => {
    // The 1:1 ends 19:45, the busy time 20:30; the ids would sort the other way.
    const tied = [oneToOne('zz-late-id', 'p-amara', '2026-03-10T19:00:00.000Z', 45)];
    const choir: BusyTime[] = [{ id: 'aa-choir', label: 'Choir', start: '2026-03-10T19:00:00.000Z', end: '2026-03-10T20:30:00.000Z' }];
    const tiedIndex = conflictIndex([], choir, tied);
    const month = monthView(itemsByStart([], tied), tiedIndex, { month: '2026-03', timeZone: 'Europe/London', now: new Date('2026-03-01T12:00:00.000Z'), bufferMinutes: 0 });
    const order = (c: { first: { id: string }; second: { id: string } }) => [c.first.id, c.second.id];
    expect(month.conflicts.map(order)).toEqual([['zz-late-id', 'aa-choir']]);
    expect(calendarConflicts(tiedIndex, { bufferMinutes: 0 }).map(order)).toEqual(month.conflicts.map(order));
  });
});
