import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarConflicts,
  conflictIndex,
  conflictsFor,
  type BusyTime,
  type CalendarMeeting,
} from '../../../../src/main/domain/meetings/conflicts';
import { previewMeetingAt, previewSeries } from '../../../../src/main/domain/meetings/series-plan';
import { planOccurrence } from '../../../../src/shared/calendar/recurrence';

const meeting = (id: string, start: string, end: string, over: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id, groupId: 'g-other', start, end, status: 'planned', ...over,
});

const existing = meeting('m1', '2026-06-09T17:00:00.000Z', '2026-06-09T18:00:00.000Z');
const check = (start: string, end: string, bufferMinutes?: number, meetings = [existing], busy: BusyTime[] = []) =>
  conflictsFor({ groupId: 'g-new', start, end }, conflictIndex(meetings, busy), bufferMinutes === undefined ? {} : { bufferMinutes });

describe('conflicts at the edges', () => {
  it('touching meetings do not conflict without a buffer', () => {
    expect(check('2026-06-09T18:00:00.000Z', '2026-06-09T19:00:00.000Z', 0)).toEqual([]);
    expect(check('2026-06-09T16:00:00.000Z', '2026-06-09T17:00:00.000Z', 0)).toEqual([]);
  });

  it('touching meetings do conflict with a buffer, on either side, as "too close" with no minutes between', () => {
    expect(check('2026-06-09T18:00:00.000Z', '2026-06-09T19:00:00.000Z', 15)).toEqual([
      { with: { kind: 'meeting', id: 'm1', groupId: 'g-other', start: existing.start, end: existing.end }, kind: 'too-close', minutes: 0 },
    ]);
    expect(check('2026-06-09T16:00:00.000Z', '2026-06-09T17:00:00.000Z', 15)).toMatchObject([{ kind: 'too-close', minutes: 0 }]);
  });

  it('the buffer defaults to 15 minutes: 10 minutes apart is too close, exactly 15 is fine', () => {
    expect(check('2026-06-09T18:10:00.000Z', '2026-06-09T19:00:00.000Z')).toMatchObject([{ kind: 'too-close', minutes: 10 }]);
    expect(check('2026-06-09T18:14:59.000Z', '2026-06-09T19:00:00.000Z')).toHaveLength(1);
    expect(check('2026-06-09T18:15:00.000Z', '2026-06-09T19:00:00.000Z')).toEqual([]);
    expect(check('2026-06-09T15:30:00.000Z', '2026-06-09T16:45:00.000Z')).toEqual([]);
  });

  it('reports how long two meetings overlap, including one inside the other', () => {
    expect(check('2026-06-09T17:30:00.000Z', '2026-06-09T19:00:00.000Z', 0)).toMatchObject([{ kind: 'overlap', minutes: 30 }]);
    expect(check('2026-06-09T17:15:00.000Z', '2026-06-09T17:45:00.000Z', 0)).toMatchObject([{ kind: 'overlap', minutes: 30 }]);
    expect(check('2026-06-09T16:00:00.000Z', '2026-06-09T20:00:00.000Z', 0)).toMatchObject([{ kind: 'overlap', minutes: 60 }]);
  });

  it('finds clashes between groups planned in different zones, since all compare as UTC instants', () => {
    // 18:00 BST in London is 13:00 EDT in New York and 03:00 AEST the next day in Sydney.
    const london = planOccurrence('2026-06-09', '18:00', 'Europe/London', 90);
    const newYork = planOccurrence('2026-06-09', '13:30', 'America/New_York', 60);
    const sydney = planOccurrence('2026-06-10', '04:30', 'Australia/Sydney', 60);
    const sydneyLater = planOccurrence('2026-06-10', '04:45', 'Australia/Sydney', 60);
    if (london.status !== 'ok' || newYork.status !== 'ok' || sydney.status !== 'ok' || sydneyLater.status !== 'ok') throw new Error('expected exact times');
    const index = conflictIndex([meeting('ny', newYork.start, newYork.end, { groupId: 'g-ny' }), meeting('syd', sydney.start, sydney.end, { groupId: 'g-syd' })]);
    const found = conflictsFor({ groupId: 'g-london', start: london.start, end: london.end }, index);
    expect(found.map((c) => [c.with.id, c.kind, c.minutes])).toEqual([['ny', 'overlap', 60], ['syd', 'too-close', 0]]);
    // Sydney 04:45 starts 15 minutes after London ends at 19:30: far enough with the default buffer.
    expect(conflictsFor({ groupId: 'g-london', start: london.start, end: london.end }, conflictIndex([meeting('syd2', sydneyLater.start, sydneyLater.end)]))).toEqual([]);
  });

  it('ignores cancelled meetings and the meeting being moved', () => {
    const cancelled = meeting('m2', existing.start, existing.end, { status: 'cancelled' });
    expect(check(existing.start, existing.end, 0, [cancelled])).toEqual([]);
    expect(conflictsFor({ id: 'm1', groupId: 'g-other', start: existing.start, end: existing.end }, conflictIndex([existing]))).toEqual([]);
  });

  it('counts the coach busy times imported from their own calendar', () => {
    const busy: BusyTime = { id: 'b1', start: '2026-06-09T17:45:00.000Z', end: '2026-06-09T19:00:00.000Z', label: 'Dentist' };
    expect(check('2026-06-09T18:30:00.000Z', '2026-06-09T19:30:00.000Z', 0, [], [busy])).toEqual([
      { with: { kind: 'busy', id: 'b1', label: 'Dentist', start: busy.start, end: busy.end }, kind: 'overlap', minutes: 30 },
    ]);
  });
});

describe('the index finds exactly what comparing with every meeting finds', () => {
  const span = fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 300 })).map(([startMin, length]) => ({
    start: new Date(Date.UTC(2026, 0, 1) + startMin * 60_000).toISOString(),
    end: new Date(Date.UTC(2026, 0, 1) + (startMin + length) * 60_000).toISOString(),
  }));
  const meetingsArb = fc.array(fc.tuple(span, fc.boolean()), { maxLength: 40 }).map((list) =>
    list.map(([s, cancelled], i) => meeting(`m${i}`, s.start, s.end, { status: cancelled ? 'cancelled' : 'planned', groupId: `g${i % 3}` })),
  );
  const overlapsWithin = (a: { start: string; end: string }, b: { start: string; end: string }, bufferMinutes: number) =>
    Date.parse(a.start) < Date.parse(b.end) + bufferMinutes * 60_000 && Date.parse(b.start) < Date.parse(a.end) + bufferMinutes * 60_000;

  it('for one candidate', () => {
    fc.assert(
      fc.property(meetingsArb, span, fc.constantFrom(0, 15, 30), (meetings, candidate, bufferMinutes) => {
        const found = conflictsFor({ groupId: 'g', ...candidate }, conflictIndex(meetings), { bufferMinutes }).map((c) => c.with.id).sort();
        const naive = meetings.filter((m) => m.status !== 'cancelled' && overlapsWithin(candidate, m, bufferMinutes)).map((m) => m.id).sort();
        expect(found).toEqual(naive);
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('for the calendar-wide list: each clashing pair once', () => {
    fc.assert(
      fc.property(meetingsArb, fc.constantFrom(0, 15), (meetings, bufferMinutes) => {
        const key = (a: string, b: string) => [a, b].sort().join('+');
        const found = calendarConflicts(conflictIndex(meetings), { bufferMinutes }).map((p) => key(p.first.id, p.second.id)).sort();
        const live = meetings.filter((m) => m.status !== 'cancelled');
        const naive: string[] = [];
        for (let i = 0; i < live.length; i += 1) for (let j = i + 1; j < live.length; j += 1) if (overlapsWithin(live[i]!, live[j]!, bufferMinutes)) naive.push(key(live[i]!.id, live[j]!.id));
        expect(found).toEqual(naive.sort());
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});

describe('calendarConflicts', () => {
  it('leaves out clashes already over and busy times clashing only with each other', () => {
    const a = meeting('a', '2026-01-10T10:00:00.000Z', '2026-01-10T11:00:00.000Z');
    const b = meeting('b', '2026-01-10T10:30:00.000Z', '2026-01-10T11:30:00.000Z');
    const c = meeting('c', '2026-03-10T10:00:00.000Z', '2026-03-10T11:00:00.000Z');
    const busy: BusyTime[] = [
      { id: 'x', start: '2026-03-10T10:30:00.000Z', end: '2026-03-10T12:00:00.000Z', label: 'Board meeting' },
      { id: 'y', start: '2026-03-10T11:00:00.000Z', end: '2026-03-10T13:00:00.000Z', label: 'Lunch' },
    ];
    const pairs = calendarConflicts(conflictIndex([a, b, c], busy), { from: '2026-02-01T00:00:00.000Z' });
    expect(pairs.map((p) => [p.first.id, p.second.id, p.kind, p.minutes])).toEqual([
      ['c', 'x', 'overlap', 30],
      ['c', 'y', 'too-close', 0],
    ]);
  });
});

describe('previewing a series or a move', () => {
  it('marks each meeting of a new series that clashes with another group, across zones', () => {
    // Another group meets in New York on the 2nd Tuesday at 13:00 EDT/EST: 18:00 London time all year but for the
    // weeks when one country has changed its clocks and the other has not (none of them 2nd Tuesdays in 2026).
    const others = ['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14'].map((date, i) => {
      const o = planOccurrence(date, '13:00', 'America/New_York', 60);
      if (o.status !== 'ok') throw new Error('expected exact');
      return meeting(`ny${i}`, o.start, o.end, { groupId: 'g-ny' });
    });
    const preview = previewSeries(
      { pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' }, fromDate: '2026-01-01', startTime: '18:30', timeZone: 'Europe/London', minutes: 60, end: { type: 'count', count: 5 } },
      'g-london',
      conflictIndex(others),
    );
    // 10 March: New York is on EDT since 8 March, London still on GMT, so 13:00 EDT is 17:00 London and 18:30 is clear by 30 minutes.
    expect(preview.meetings.map((m) => [m.occurrence.date, m.hasConflict])).toEqual([
      ['2026-01-13', true], ['2026-02-10', true], ['2026-03-10', false], ['2026-04-14', true], ['2026-05-12', false],
    ]);
    expect(preview.conflictCount).toBe(3);
    expect(preview.needsChoice).toBe(0);
  });

  it('checks each possible time of a meeting on a DST edge, and a moved meeting never clashes with itself', () => {
    const self = meeting('me', '2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', { groupId: 'g' });
    const other = meeting('other', '2026-10-25T02:00:00.000Z', '2026-10-25T03:00:00.000Z');
    const moved = previewMeetingAt({ date: '2026-10-25', time: '01:30', timeZone: 'Europe/London', minutes: 60 }, 'g', conflictIndex([self, other]), { meetingId: 'me', bufferMinutes: 0 });
    expect(moved.occurrence.status).toBe('twice');
    expect(moved.clashes).toMatchObject({ status: 'twice', earlier: [], later: [{ with: { id: 'other' }, kind: 'overlap', minutes: 30 }] });
    expect(moved.hasConflict).toBe(true);
  });
});
