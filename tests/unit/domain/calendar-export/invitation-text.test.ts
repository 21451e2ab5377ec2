import { describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarSeries } from '../../../../src/main/domain/calendar-export/calendar-event';
import { invitationText, type InvitationTextInput } from '../../../../src/main/domain/calendar-export/invitation-text';

// The text a person reads in an invitation: every time on their own clock,
// whatever zone the meeting is planned in and whatever zone runs the tests.

const meeting = (start: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => {
  const minutes = extra.minutes ?? 90;
  return {
    uid: `meeting-${start}@circlekeeper`,
    kind: 'meeting',
    recordId: `m-${start}`,
    groupId: 'g1',
    summary: 'Founders Circle',
    description: 'Founders Circle with Raj Patel, Ana Silva',
    date: start.slice(0, 10),
    startTime: start.slice(11, 16),
    timeZone: 'Europe/London',
    minutes,
    start,
    end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
    location: 'https://video.example/founders',
    url: 'https://video.example/founders',
    cancelled: false,
    sequence: 0,
    series: { id: 's1', originalStart: start },
    ...extra,
  };
};

// Weekly at 18:00 London across both spring changes: New York moves on 14 Mar
// 2027, London on 28 Mar, Sydney falls back on 4 Apr. The 23 Mar meeting was
// moved a day on, the 30 Mar one cancelled.
const march = (): CalendarSeries => ({
  uid: 'series-s1@circlekeeper',
  seriesId: 's1',
  groupId: 'g1',
  rule: 'DTSTART;TZID=Europe/London:20270309T180000\nRRULE:FREQ=WEEKLY;COUNT=5',
  timeZone: 'Europe/London',
  minutes: 90,
  summary: 'Founders Circle',
  description: '',
  location: 'https://video.example/founders',
  url: 'https://video.example/founders',
  sequence: 0,
  meetings: [
    meeting('2027-03-09T18:00:00.000Z'),
    meeting('2027-03-16T18:00:00.000Z'),
    meeting('2027-03-24T18:00:00.000Z', { series: { id: 's1', originalStart: '2027-03-23T18:00:00.000Z' } }),
    meeting('2027-03-30T17:00:00.000Z', { cancelled: true }),
    meeting('2027-04-06T17:00:00.000Z'),
  ],
});

const input = (timeZone: string, extra: Partial<InvitationTextInput> = {}): InvitationTextInput => ({
  recipient: { name: 'Raj Patel', email: 'raj@example.org', timeZone },
  coachName: 'Sam Coach',
  method: 'REQUEST',
  item: { type: 'series', series: march() },
  ...extra,
});

const scheduleLines = (text: string): string[] => text.split('\n').filter((line) => line.startsWith('- '));

describe('invitation text', () => {
  it('gives a series on a New York clock across its change to summer time, marking the moved and cancelled meetings', () => {
    const { subject, text } = invitationText(input('America/New_York'));
    expect(subject).toBe('Founders Circle: 4 weekly meetings, Mar to Apr 2027');
    expect(text).toContain('Times are in your time zone, America/New_York.');
    expect(text).toContain('(Planned in Europe/London time; your calendar shows your own.)');
    expect(scheduleLines(text)).toEqual([
      '- Tue 9 Mar 2027, 13:00–14:30',
      '- Tue 16 Mar 2027, 14:00–15:30',
      '- Wed 24 Mar 2027, 14:00–15:30 (moved from Tue 23 Mar 2027, 14:00)',
      '- Tue 30 Mar 2027, 13:00–14:30 (CANCELLED)',
      '- Tue 6 Apr 2027, 13:00–14:30',
    ]);
    expect(text).toContain('Join: https://video.example/founders');
    expect(text).not.toContain('Where:'); // the link is the place: said once
    expect(text).toContain('updates it in place; it does not add a second copy');
  });

  it('gives the same series on a London clock, where the planned time holds through the change', () => {
    const { text } = invitationText(input('Europe/London'));
    expect(text).toContain('Times are in your time zone, Europe/London.');
    expect(text).not.toContain('Planned in');
    expect(scheduleLines(text).map((line) => line.slice(2, 30))).toEqual([
      'Tue 9 Mar 2027, 18:00–19:30',
      'Tue 16 Mar 2027, 18:00–19:30',
      'Wed 24 Mar 2027, 18:00–19:30',
      'Tue 30 Mar 2027, 18:00–19:30',
      'Tue 6 Apr 2027, 18:00–19:30',
    ]);
  });

  it('gives it on a Sydney clock: the next morning, an hour earlier once Sydney falls back', () => {
    const { subject, text } = invitationText(input('Australia/Sydney'));
    expect(subject).toBe('Founders Circle: 4 weekly meetings, Mar to Apr 2027');
    expect(scheduleLines(text)).toEqual([
      '- Wed 10 Mar 2027, 05:00–06:30',
      '- Wed 17 Mar 2027, 05:00–06:30',
      '- Thu 25 Mar 2027, 05:00–06:30 (moved from Wed 24 Mar 2027, 05:00)',
      '- Wed 31 Mar 2027, 04:00–05:30 (CANCELLED)',
      '- Wed 7 Apr 2027, 03:00–04:30',
    ]);
  });

  it('names a year of monthly meetings by count and months, and says "Updated" once the sequence has risen', () => {
    const months = Array.from({ length: 12 }, (_, i) => meeting(new Date(Date.UTC(2027, i, 12, 18)).toISOString()));
    const series: CalendarSeries = { ...march(), rule: 'DTSTART;TZID=Europe/London:20270112T180000\nRRULE:FREQ=MONTHLY;COUNT=12', meetings: months };
    expect(invitationText(input('Europe/London', { item: { type: 'series', series } })).subject).toBe('Founders Circle: 12 monthly meetings, Jan to Dec 2027');
    const changed = { ...series, sequence: 2 };
    expect(invitationText(input('Europe/London', { item: { type: 'series', series: changed } })).subject).toBe(
      'Updated: Founders Circle: 12 monthly meetings, Jan to Dec 2027',
    );
    // A person added after the change gets it as their first invitation.
    expect(invitationText(input('Europe/London', { item: { type: 'series', series: changed }, update: false })).subject).toBe(
      'Founders Circle: 12 monthly meetings, Jan to Dec 2027',
    );
    const across = { ...series, meetings: months.slice(8).concat(meeting('2028-01-11T18:00:00.000Z')) };
    expect(invitationText(input('Europe/London', { item: { type: 'series', series: across } })).subject).toBe(
      'Founders Circle: 5 monthly meetings, Sep 2027 to Jan 2028',
    );
  });

  it('gives a pair session, its address and the update in place', () => {
    const pair = meeting('2027-03-03T10:00:00.000Z', {
      kind: 'pair-session',
      summary: 'Pair session with Raj Patel',
      minutes: 60,
      location: 'Café Nero, 12 High St',
      url: '',
      series: null,
      sequence: 1,
    });
    const { subject, text } = invitationText(input('Europe/London', { recipient: { name: 'Ana Silva', email: 'ana@example.org', timeZone: 'Europe/London' }, item: { type: 'event', event: pair } }));
    expect(subject).toBe('Updated: Pair session with Raj Patel');
    expect(text).toContain('Hello Ana Silva,');
    expect(text).toContain('Sam Coach has updated this invitation:');
    expect(scheduleLines(text)).toEqual(['- Wed 3 Mar 2027, 10:00–11:00']);
    expect(text).toContain('Where: Café Nero, 12 High St');
    expect(text).not.toContain('Join:');
    const fresh = invitationText(input('Europe/London', { item: { type: 'event', event: { ...pair, sequence: 0 } } }));
    expect(fresh.subject).toBe('Pair session with Raj Patel on 3 Mar');
    expect(fresh.text).toContain('Sam Coach has invited you to:');
  });

  it('cancels a 1:1 on the recipient\'s date, which may not be the planned one', () => {
    const oneToOne = meeting('2027-03-03T12:30:00.000Z', { kind: 'one-to-one', summary: '1:1 with Sam Coach', minutes: 60, series: null, cancelled: true, sequence: 3 });
    const here = invitationText(input('Europe/London', { method: 'CANCEL', item: { type: 'event', event: oneToOne } }));
    expect(here.subject).toBe('Cancelled: 1:1 with Sam Coach on 3 Mar');
    expect(here.text).toContain('Sam Coach has cancelled this:');
    expect(here.text).toContain('This cancellation updates the event already in your calendar');
    expect(here.text).not.toContain('Join:');
    // 23:30 in Sydney: ends after midnight there, and the subject says the Sydney date.
    const sydney = invitationText(input('Australia/Sydney', { method: 'CANCEL', item: { type: 'event', event: oneToOne } }));
    expect(sydney.subject).toBe('Cancelled: 1:1 with Sam Coach on 3 Mar');
    expect(scheduleLines(sydney.text)).toEqual(['- Wed 3 Mar 2027, 23:30–Thu 4 Mar, 00:30 (CANCELLED)']);
    const later = invitationText(input('Pacific/Auckland', { method: 'CANCEL', item: { type: 'event', event: oneToOne } }));
    expect(later.subject).toBe('Cancelled: 1:1 with Sam Coach on 4 Mar');
  });

  it('cancels a whole series: every meeting listed as cancelled', () => {
    const all = { ...march(), meetings: march().meetings.map((m) => ({ ...m, cancelled: true })) };
    const { subject, text } = invitationText(input('Europe/London', { method: 'CANCEL', item: { type: 'series', series: all } }));
    expect(subject).toBe('Cancelled: Founders Circle: 5 weekly meetings, Mar to Apr 2027');
    expect(scheduleLines(text).every((line) => line.includes('CANCELLED'))).toBe(true);
  });

  it('reads times where the meeting is planned when the recipient\'s zone is unknown, and says so', () => {
    const { text } = invitationText(input('Mars/Olympus_Mons'));
    expect(text).toContain('Times are in Europe/London, where the meetings are planned.');
    expect(scheduleLines(text)[0]).toBe('- Tue 9 Mar 2027, 18:00–19:30');
  });

  it('puts in nothing beyond titles, times, place and link (the description stays out)', () => {
    const { text } = invitationText(input('Europe/London'));
    expect(text).not.toContain('Ana Silva');
  });
});
