import { describe, expect, it } from 'vitest';
import { conflictIndex, type CalendarMeeting } from '../../../../src/main/domain/meetings/conflicts';
import { itemsByStart, monthView } from '../../../../src/main/domain/meetings/month-view';

const meeting = (id: string, groupId: string, start: string, minutes: number, status: CalendarMeeting['status'] = 'planned'): CalendarMeeting => ({
  id, groupId, start, end: new Date(Date.parse(start) + minutes * 60_000).toISOString(), status,
});

const meetings = [
  meeting('sydney', 'g-syd', '2026-03-10T07:00:00.000Z', 90), // 18:00 AEDT on 10 March
  meeting('london-late', 'g-lon', '2026-03-31T22:30:00.000Z', 60), // 23:30 BST on 31 March
  meeting('ny', 'g-ny', '2026-03-10T08:00:00.000Z', 60), // clashes with Sydney's (ends 08:30)
  meeting('before', 'g-lon', '2026-02-24T18:00:00.000Z', 60), // on the grid's leading days
  meeting('cancelled', 'g-ny', '2026-03-10T07:30:00.000Z', 60, 'cancelled'),
  meeting('far', 'g-ny', '2026-06-10T07:30:00.000Z', 60),
];
const view = (timeZone: string, now = new Date('2026-03-10T12:00:00.000Z')) =>
  monthView(itemsByStart(meetings), conflictIndex(meetings), { month: '2026-03', timeZone, now });
const day = (v: ReturnType<typeof view>, date: string) => v.weeks.flat().find((d) => d.date === date)!;

describe('monthView', () => {
  it('places every group’s meetings on the coach’s own days and clock, today marked', () => {
    const london = view('Europe/London');
    expect(day(london, '2026-03-10').items.map((m) => [m.id, m.localStart, m.localEnd, m.inConflict])).toEqual([
      ['sydney', '07:00', '08:30', true],
      ['cancelled', '07:30', '08:30', false],
      ['ny', '08:00', '09:00', true],
    ]);
    expect(day(london, '2026-03-10').isToday).toBe(true);
    expect(day(london, '2026-03-31').items.map((m) => [m.id, m.localStart, m.localEnd, m.endsOn])).toEqual([['london-late', '23:30', '00:30', '2026-04-01']]);
    expect(day(london, '2026-02-24')).toMatchObject({ inMonth: false, items: [{ id: 'before' }] });
    expect(london.weeks.flat().flatMap((d) => d.items).map((m) => m.id)).not.toContain('far');
  });

  it('reads the same meetings on an Auckland coach’s clock', () => {
    const auckland = view('Pacific/Auckland');
    expect(day(auckland, '2026-03-10').items.map((m) => m.id)).toEqual(['sydney', 'cancelled', 'ny']); // 20:00-21:00 NZDT
    expect(day(auckland, '2026-04-01').items.map((m) => [m.id, m.localStart, m.localEnd])).toEqual([['london-late', '11:30', '12:30']]);
    expect(day(auckland, '2026-03-31').items).toEqual([]);
    expect(day(auckland, '2026-03-11').isToday).toBe(true); // 01:00 NZDT on the 11th
  });

  it('lists each clash once and leaves cancelled meetings out of them', () => {
    expect(view('Europe/London').conflicts.map((c) => [c.first.id, c.second.id, c.kind, c.minutes])).toEqual([['sydney', 'ny', 'overlap', 30]]);
  });

  it('says on which day a meeting that runs past midnight ends', () => {
    const v = view('Australia/Sydney');
    expect(day(v, '2026-04-01').items.map((m) => [m.id, m.localStart, m.localEnd, m.endsOn])).toEqual([['london-late', '09:30', '10:30', null]]);
    const late = [meeting('midnight', 'g', '2026-03-20T23:30:00.000Z', 60)];
    const utc = monthView(itemsByStart(late), conflictIndex(late), { month: '2026-03', timeZone: 'UTC', now: new Date('2026-03-01T00:00:00Z') });
    expect(day(utc, '2026-03-20').items[0]).toMatchObject({ localStart: '23:30', localEnd: '00:30', endsOn: '2026-03-21' });
    const toMidnight = [meeting('to-midnight', 'g', '2026-03-20T23:00:00.000Z', 60)];
    const ends = monthView(itemsByStart(toMidnight), conflictIndex(toMidnight), { month: '2026-03', timeZone: 'UTC', now: new Date('2026-03-01T00:00:00Z') });
    expect(day(ends, '2026-03-20').items[0]).toMatchObject({ localEnd: '00:00', endsOn: null });
  });
});
