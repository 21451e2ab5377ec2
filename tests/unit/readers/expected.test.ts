import { describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarSeries } from '../../../src/main/domain/calendar-export/calendar-event';
import { expectedCalendar, expectedInstants, seriesInstants } from '../../readers/expected';

const event = (id: string, start: string, minutes: number, cancelled = false): CalendarEvent => ({
  uid: `meeting-${id}@circlekeeper`,
  kind: 'meeting',
  recordId: id,
  groupId: 'g',
  summary: `Circle ${id}`,
  description: '',
  date: start.slice(0, 10),
  startTime: start.slice(11, 16),
  timeZone: 'UTC',
  minutes,
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
  location: '',
  url: '',
  cancelled,
  sequence: cancelled ? 1 : 0,
  series: null,
});

const february = { from: '2027-02-01T00:00:00Z', to: '2027-03-01T00:00:00Z' };

describe('expected instants for the independent readers', () => {
  it('keeps every event that overlaps [from, to), in time order, as UTC instants', () => {
    const events = [
      event('late', '2027-02-20T10:00:00.000Z', 60),
      event('before', '2027-01-31T22:00:00.000Z', 60),
      event('into', '2027-01-31T23:30:00.000Z', 60),
      event('early', '2027-02-02T10:00:00.000Z', 60, true),
      event('at-end', '2027-03-01T00:00:00.000Z', 60),
    ];
    expect(expectedInstants(events, february)).toEqual([
      { uid: 'meeting-into@circlekeeper', start: '2027-01-31T23:30:00.000Z', end: '2027-02-01T00:30:00.000Z', cancelled: false, summary: 'Circle into' },
      { uid: 'meeting-early@circlekeeper', start: '2027-02-02T10:00:00.000Z', end: '2027-02-02T11:00:00.000Z', cancelled: true, summary: 'Circle early' },
      { uid: 'meeting-late@circlekeeper', start: '2027-02-20T10:00:00.000Z', end: '2027-02-20T11:00:00.000Z', cancelled: false, summary: 'Circle late' },
    ]);
  });

  it('names the instances of a series by the series UID, cancelled ones shown or left out', () => {
    const meetings = [event('a', '2027-02-03T18:00:00.000Z', 90), event('b', '2027-02-10T18:00:00.000Z', 90, true)];
    const series = { uid: 'series-s@circlekeeper', meetings } as unknown as CalendarSeries;
    expect(seriesInstants(series, february).map((i) => [i.uid, i.cancelled])).toEqual([
      ['series-s@circlekeeper', false],
      ['series-s@circlekeeper', true],
    ]);
    expect(seriesInstants(series, february, 'exdate').map((i) => i.start)).toEqual(['2027-02-03T18:00:00.000Z']);
  });

  it('writes the window in the same ISO form as the instants', () => {
    expect(expectedCalendar('a.ics', [], { from: '2027-02-01T00:00:00Z', to: '2027-03-01T00:00:00+01:00' })).toEqual({
      file: 'a.ics',
      from: '2027-02-01T00:00:00.000Z',
      to: '2027-02-28T23:00:00.000Z',
      instants: [],
    });
  });
});
