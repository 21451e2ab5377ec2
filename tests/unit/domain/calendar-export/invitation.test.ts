import { describe, expect, it } from 'vitest';
import type { CalendarEvent, CalendarSeries } from '../../../../src/main/domain/calendar-export/calendar-event';
import { invitationMethod, writeInvitation, type InvitationItem, type InvitationInput } from '../../../../src/main/domain/calendar-export/invitation';
import { expandSeries, type SeriesRule } from '../../../../src/shared/calendar/recurrence';
import { seriesToText } from '../../../../src/shared/calendar/recurrence-text';
import { readInstants } from '../../../support/ics-read';
import { calendarEvent, COACH, linesOf, MEMBER, NOW, plus } from './fixtures';

// Invitations, read back by ical.js with the series expanded and its
// exceptions applied: what a client shows must be exactly the app's meetings,
// moved ones at their new time, cancelled and removed ones excluded.

const FROM = '2026-01-01T00:00:00Z';
const TO = '2029-01-01T00:00:00Z';

const invite = (item: InvitationItem, extra: Partial<InvitationInput> = {}): string =>
  writeInvitation({ method: invitationMethod(item), organizer: COACH, attendee: MEMBER, item, now: NOW, remindersMinutes: [], ...extra });

const SERIES_DETAILS = {
  summary: 'New managers circle',
  description: 'With Ana, Ben and Chloé. Join: https://meet.example/abc',
  location: 'https://meet.example/abc',
  url: 'https://meet.example/abc',
};

/** A series as the app plans it, each meeting at the time the rule first gave it. */
function planned(rule: SeriesRule, id = 's1'): CalendarSeries {
  const meetings: CalendarEvent[] = expandSeries(rule).map((o) => {
    const start = o.status === 'ok' ? o.start : o.status === 'gap' ? o.movedForward.start : o.status === 'twice' ? o.earlier.start : '';
    return calendarEvent(
      { date: o.date, time: o.time, zone: rule.timeZone, minutes: rule.minutes, pick: o.status === 'gap' ? 'moved' : 'earlier' },
      { uid: `meeting-${id}-${o.index}@circlekeeper`, recordId: `${id}-${o.index}`, start, end: plus(start, rule.minutes), ...SERIES_DETAILS, series: { id, originalStart: start } },
    );
  });
  return { uid: `series-${id}@circlekeeper`, seriesId: id, groupId: 'group-1', rule: seriesToText(rule)!, timeZone: rule.timeZone, minutes: rule.minutes, ...SERIES_DETAILS, sequence: 0, meetings };
}

const MONTHLY: SeriesRule = {
  pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' },
  fromDate: '2027-01-01',
  startTime: '18:00',
  timeZone: 'Europe/London',
  minutes: 90,
  end: { type: 'until', lastDate: '2027-12-31' },
};

/** What a client should show: the meetings, at their times, cancelled or not. */
const shown = (meetings: CalendarEvent[]) => meetings.map((m) => ({ start: m.start, end: m.end, cancelled: m.cancelled, summary: m.summary })).sort((a, b) => a.start.localeCompare(b.start));
const read = (ics: string) => readInstants(ics, FROM, TO).map(({ start, end, cancelled, summary }) => ({ start, end, cancelled, summary }));

describe('which method an invitation has', () => {
  it('is CANCEL for a cancelled event or a series with every meeting cancelled, REQUEST otherwise', () => {
    const event = calendarEvent({ date: '2027-02-09', time: '18:00', zone: 'Europe/London' });
    expect(invitationMethod({ type: 'event', event })).toBe('REQUEST');
    expect(invitationMethod({ type: 'event', event: { ...event, cancelled: true } })).toBe('CANCEL');
    const series = planned(MONTHLY);
    expect(invitationMethod({ type: 'series', series })).toBe('REQUEST');
    const some = { ...series, meetings: series.meetings.map((m, i) => ({ ...m, cancelled: i > 0 })) };
    expect(invitationMethod({ type: 'series', series: some })).toBe('REQUEST');
    const all = { ...series, meetings: series.meetings.map((m) => ({ ...m, cancelled: true })) };
    expect(invitationMethod({ type: 'series', series: all })).toBe('CANCEL');
  });
});

describe('an invitation for one event', () => {
  const event = calendarEvent({ date: '2027-02-09', time: '18:00', zone: 'Europe/London' }, { kind: 'one-to-one', uid: 'one-to-one-7@circlekeeper', sequence: 2 });

  it('is a REQUEST from the coach to the person, with one UID and the person as ATTENDEE', () => {
    const ics = invite({ type: 'event', event }, { attendee: { name: 'Ana "Annie" Member, PhD', email: 'ana@member.example' }, remindersMinutes: [30] });
    const lines = linesOf(ics);
    expect(lines).toContain('METHOD:REQUEST');
    expect(new Set(lines.filter((l) => l.startsWith('UID:')))).toEqual(new Set(['UID:one-to-one-7@circlekeeper']));
    expect(lines).toContain('ORGANIZER;CN="Sam Coach":mailto:sam@coach.example');
    expect(lines).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ana ’Annie’ Member, PhD":MAILTO:ana@member.example');
    expect(lines).toEqual(expect.arrayContaining(['SEQUENCE:2', 'STATUS:CONFIRMED', 'DTSTAMP:20270105T091500Z', 'DTSTART;TZID=Europe/London:20270209T180000', 'TRIGGER:-PT30M']));
    expect(readInstants(ics, FROM, TO)).toEqual([{ uid: event.uid, recurrenceId: null, start: event.start, end: event.end, cancelled: false, summary: event.summary }]);
  });

  it('is a CANCEL with the same UID, its SEQUENCE and STATUS:CANCELLED when the event is cancelled', () => {
    const cancelled = { ...event, cancelled: true, sequence: 3 };
    const ics = invite({ type: 'event', event: cancelled }, { remindersMinutes: [30] });
    const lines = linesOf(ics);
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines).toEqual(expect.arrayContaining([`UID:${event.uid}`, 'SEQUENCE:3', 'STATUS:CANCELLED']));
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).toEqual(['ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Ana Member":MAILTO:ana@member.example']);
    expect(lines.some((l) => l.startsWith('TRIGGER'))).toBe(false);
    expect(read(ics)).toEqual([{ start: event.start, end: event.end, cancelled: true, summary: event.summary }]);
  });
});

describe('an invitation for a meeting series', () => {
  it('is one recurring event whose expansion is exactly the planned meetings', () => {
    const series = planned(MONTHLY);
    expect(series.meetings).toHaveLength(12);
    const ics = invite({ type: 'series', series }, { remindersMinutes: [60] });
    const lines = linesOf(ics);
    expect(lines).toEqual(expect.arrayContaining(['DTSTART;TZID=Europe/London:20270112T180000', 'DTEND;TZID=Europe/London:20270112T193000', 'RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T235959Z']));
    expect(lines.filter((l) => l.startsWith('BEGIN:VEVENT'))).toHaveLength(1);
    expect(lines.some((l) => /^(EXDATE|RDATE|RECURRENCE-ID)/.test(l))).toBe(false);
    expect(read(ics)).toEqual(shown(series.meetings));
    // Summer meetings at 18:00 BST are 17:00Z: the rule steps in London time.
    expect(read(ics)[6]!.start).toBe('2027-07-13T17:00:00.000Z');
  });

  it('applies a moved meeting, a changed place, and excludes a cancelled meeting and removed ones, through the master’s TZID', () => {
    const base = planned(MONTHLY);
    const m = base.meetings;
    const movedStart = '2027-03-16T18:30:00.000Z'; // a week later, 18:30 GMT
    const meetings: CalendarEvent[] = [
      m[0]!,
      m[1]!,
      { ...m[2]!, start: movedStart, end: plus(movedStart, 90), date: '2027-03-16', startTime: '18:30', sequence: 2 },
      { ...m[3]!, cancelled: true, sequence: 1 },
      // May's meeting removed altogether.
      { ...m[5]!, location: 'Room 4, Main St; 2nd floor', sequence: 1 },
      ...m.slice(6, 9),
      // The last three (October to December) removed: the rule still reaches them.
    ];
    const series = { ...base, meetings, sequence: 2 };
    const ics = invite({ type: 'series', series });
    const lines = linesOf(ics);
    // April's cancelled meeting is excluded like a removed one: a REQUEST may carry no cancelled part (RFC 5546 §3.2.2).
    expect(lines).toContain('EXDATE;TZID=Europe/London:20270413T180000,20270511T180000,20271012T180000,20271109T180000,20271214T180000');
    expect(lines.filter((l) => l.startsWith('RECURRENCE-ID')).sort()).toEqual([
      'RECURRENCE-ID;TZID=Europe/London:20270309T180000',
      'RECURRENCE-ID;TZID=Europe/London:20270608T180000',
    ]);
    expect(lines).not.toContain('STATUS:CANCELLED');
    expect(new Set(lines.filter((l) => l.startsWith('UID:')))).toEqual(new Set([`UID:${base.uid}`]));
    expect(lines.filter((l) => l.startsWith('SEQUENCE:'))).toEqual(['SEQUENCE:2', 'SEQUENCE:2', 'SEQUENCE:2']);
    expect(read(ics)).toEqual(shown(meetings.filter((x) => !x.cancelled)));
    const all = readInstants(ics, FROM, TO);
    expect(all.find((e) => e.start === movedStart)!.recurrenceId).toBe(m[2]!.start);
  });

  it('adds a meeting the rule no longer gives as an RDATE, with an exception where it has moved since', () => {
    const base = planned(MONTHLY);
    // The rule was edited to the 3rd Tuesday from the 2nd, and the already-planned January and February meetings kept.
    const edited: SeriesRule = { ...MONTHLY, pattern: { type: 'monthly-weekday', week: 3, weekday: 'TU' }, fromDate: '2027-03-01' };
    const after = planned(edited);
    const movedStart = '2027-02-10T18:00:00.000Z';
    const meetings = [base.meetings[0]!, { ...base.meetings[1]!, start: movedStart, end: plus(movedStart, 90) }, ...after.meetings];
    const series = { ...after, meetings };
    const ics = invite({ type: 'series', series });
    const lines = linesOf(ics);
    expect(lines).toContain('RDATE;TZID=Europe/London:20270112T180000,20270209T180000');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/London:20270209T180000');
    expect(read(ics)).toEqual(shown(meetings));
  });

  it('keeps meetings on DST edges where the app put them: no reader is left to guess a skipped or doubled hour', () => {
    // Sunday 01:30 London every week across both changes of 2027: 28 March has
    // no 01:30, 31 October has two. Such an occurrence gets an exception that
    // says the meeting's own instant, on a wall time that names one instant, or in UTC.
    const weekly: SeriesRule = {
      pattern: { type: 'weekly', everyWeeks: 1, weekday: 'SU' },
      fromDate: '2027-03-21',
      startTime: '01:30',
      timeZone: 'Europe/London',
      minutes: 60,
      end: { type: 'count', count: 3 },
    };
    const spring = planned(weekly, 'spring');
    expect(spring.meetings.map((m) => m.start)).toEqual(['2027-03-21T01:30:00.000Z', '2027-03-28T01:30:00.000Z', '2027-04-04T00:30:00.000Z']);
    const springIcs = invite({ type: 'series', series: spring });
    expect(linesOf(springIcs)).toEqual(expect.arrayContaining(['RECURRENCE-ID;TZID=Europe/London:20270328T013000', 'DTSTART;TZID=Europe/London:20270328T023000']));
    expect(linesOf(springIcs).some((l) => /^(EXDATE|RDATE)/.test(l))).toBe(false);
    expect(read(springIcs)).toEqual(shown(spring.meetings));

    const autumn = planned({ ...weekly, fromDate: '2027-10-24' }, 'autumn');
    // The coach chose the second 01:30 (GMT) on 31 October.
    const later = '2027-10-31T01:30:00.000Z';
    const meetings = autumn.meetings.map((m, i) => (i === 1 ? { ...m, start: later, end: plus(later, 60), series: { id: 'autumn', originalStart: later } } : m));
    const autumnIcs = invite({ type: 'series', series: { ...autumn, meetings } });
    expect(linesOf(autumnIcs)).toEqual(expect.arrayContaining(['RECURRENCE-ID;TZID=Europe/London:20271031T013000', 'DTSTART:20271031T013000Z', 'DTEND:20271031T023000Z']));
    expect(linesOf(autumnIcs).some((l) => /^(EXDATE|RDATE)/.test(l))).toBe(false);
    expect(read(autumnIcs)).toEqual(shown(meetings));
  });

  it('cancels the whole series in one CANCEL when every meeting is cancelled', () => {
    const base = planned(MONTHLY);
    const meetings = base.meetings.map((m) => ({ ...m, cancelled: true, sequence: 1 }));
    const series = { ...base, meetings, sequence: 1 };
    const ics = invite({ type: 'series', series }, { remindersMinutes: [15] });
    const lines = linesOf(ics);
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines.filter((l) => l.startsWith('BEGIN:VEVENT'))).toHaveLength(1);
    expect(lines).toEqual(expect.arrayContaining(['STATUS:CANCELLED', 'SEQUENCE:1', `UID:${base.uid}`]));
    expect(lines.some((l) => l.startsWith('TRIGGER'))).toBe(false);
    expect(read(ics)).toEqual(shown(meetings));
  });

  it('writes a UTC series in UTC, with no VTIMEZONE', () => {
    const series = planned({ ...MONTHLY, timeZone: 'UTC', end: { type: 'count', count: 4 } }, 'utc');
    const meetings = [series.meetings[0]!, { ...series.meetings[1]!, cancelled: true }, series.meetings[3]!];
    const ics = invite({ type: 'series', series: { ...series, meetings } });
    const lines = linesOf(ics);
    expect(lines.some((l) => l.startsWith('BEGIN:VTIMEZONE'))).toBe(false);
    expect(lines).toEqual(expect.arrayContaining(['DTSTART:20270112T180000Z', 'EXDATE:20270209T180000Z,20270309T180000Z']));
    expect(read(ics)).toEqual(shown(meetings.filter((m) => !m.cancelled)));
  });

  it('gives a stored DTSTART the rule would not give as an RDATE, since readers disagree whether it is a meeting', () => {
    const base = planned({ ...MONTHLY, end: { type: 'until', lastDate: '2027-03-31' } });
    // Stored as first planned on Monday 4 January, then every 2nd Tuesday.
    const first = calendarEvent({ date: '2027-01-04', time: '18:00', zone: 'Europe/London' }, { ...SERIES_DETAILS, series: { id: 's1', originalStart: '2027-01-04T18:00:00.000Z' } });
    const series = { ...base, rule: base.rule.replace('20270112T180000', '20270104T180000'), meetings: [first, ...base.meetings] };
    for (const rule of [series.rule, series.rule.replace(/UNTIL=[0-9TZ]+/, 'COUNT=3')]) {
      const ics = invite({ type: 'series', series: { ...series, rule } });
      expect(linesOf(ics)).toEqual(expect.arrayContaining(['DTSTART;TZID=Europe/London:20270112T180000', 'RDATE;TZID=Europe/London:20270104T180000']));
      expect(linesOf(ics).some((l) => l.startsWith('EXDATE'))).toBe(false);
      expect(read(ics)).toEqual(shown(series.meetings));
    }
  });

  it('refuses a series whose stored rule has no DTSTART with a zone', () => {
    const series = { ...planned(MONTHLY), rule: 'RRULE:FREQ=MONTHLY;COUNT=3' };
    expect(() => invite({ type: 'series', series })).toThrow(/DTSTART/);
  });
});
