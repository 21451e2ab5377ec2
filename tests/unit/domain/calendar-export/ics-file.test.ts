import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../../src/main/domain/calendar-export/calendar-event';
import { writePublishFile, type PublishFileInput } from '../../../../src/main/domain/calendar-export/ics-file';
import { readInstants } from '../../../support/ics-read';
import { calendarEvent, COACH, linesOf, NOW, unfold } from './fixtures';

// The import file, read back by ical.js as a calendar client would: every
// event must come out at the app's own UTC instants, whatever the host's zone
// (these tests run under TZ=UTC and TZ=Pacific/Auckland).

const write = (events: CalendarEvent[], extra: Partial<PublishFileInput> = {}): string =>
  writePublishFile({ calendarName: 'Ana Member', organizer: COACH, events, now: NOW, remindersMinutes: [], ...extra });

const FROM = '2026-01-01T00:00:00Z';
const TO = '2029-01-01T00:00:00Z';

/** The file read back must give exactly these events at exactly their instants. */
function expectRoundTrip(ics: string, events: CalendarEvent[]): void {
  const read = readInstants(ics, FROM, TO);
  const expected = events
    .map((e) => ({ uid: e.uid, recurrenceId: null, start: e.start, end: e.end, cancelled: e.cancelled, summary: e.summary }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  expect(read).toEqual(expected);
}

const dtstartOf = (ics: string, uid: string): string => {
  const lines = linesOf(ics);
  const at = lines.indexOf(`UID:${uid}`);
  return lines.slice(at).find((line) => line.startsWith('DTSTART'))!;
};

describe('the import file (METHOD:PUBLISH)', () => {
  it('puts each meeting of a DST week at its planned local time, with TZID, in London, New York and Sydney', () => {
    const events = [
      // London changes on 28 March and 31 October 2027.
      calendarEvent({ date: '2027-03-25', time: '18:00', zone: 'Europe/London' }),
      calendarEvent({ date: '2027-03-29', time: '18:00', zone: 'Europe/London' }),
      calendarEvent({ date: '2027-10-28', time: '18:00', zone: 'Europe/London' }),
      calendarEvent({ date: '2027-11-01', time: '18:00', zone: 'Europe/London' }),
      // New York changes on 14 March and 7 November 2027.
      calendarEvent({ date: '2027-03-12', time: '09:00', zone: 'America/New_York' }),
      calendarEvent({ date: '2027-03-15', time: '09:00', zone: 'America/New_York' }),
      calendarEvent({ date: '2027-11-08', time: '09:00', zone: 'America/New_York' }),
      // Sydney changes on 4 April and 3 October 2027.
      calendarEvent({ date: '2027-04-02', time: '19:00', zone: 'Australia/Sydney' }),
      calendarEvent({ date: '2027-04-05', time: '19:00', zone: 'Australia/Sydney' }),
      calendarEvent({ date: '2027-10-04', time: '19:00', zone: 'Australia/Sydney' }),
    ];
    const ics = write(events);
    expectRoundTrip(ics, events);
    expect(dtstartOf(ics, events[0]!.uid)).toBe('DTSTART;TZID=Europe/London:20270325T180000');
    expect(dtstartOf(ics, events[1]!.uid)).toBe('DTSTART;TZID=Europe/London:20270329T180000');
    expect(dtstartOf(ics, events[5]!.uid)).toBe('DTSTART;TZID=America/New_York:20270315T090000');
    expect(dtstartOf(ics, events[8]!.uid)).toBe('DTSTART;TZID=Australia/Sydney:20270405T190000');
    // The instants themselves: 18:00 London is 18:00Z before the change and 17:00Z after.
    expect(events[0]!.start).toBe('2027-03-25T18:00:00.000Z');
    expect(events[1]!.start).toBe('2027-03-29T17:00:00.000Z');
  });

  it('writes a meeting in the hour the clocks go back over in UTC, so no reader has to guess which 01:30', () => {
    // 31 October 2027 in London: 01:30 BST (00:30Z) and 01:30 GMT (01:30Z). The
    // app stores the instant the coach chose; a TZID time would name both, and
    // RFC 5545 readers take the first, so the later one would move an hour.
    const earlier = calendarEvent({ date: '2027-10-31', time: '01:30', zone: 'Europe/London', pick: 'earlier' }, { uid: 'first@circlekeeper' });
    const later = calendarEvent({ date: '2027-10-31', time: '01:30', zone: 'Europe/London', pick: 'later' }, { uid: 'second@circlekeeper' });
    expect([earlier.start, later.start]).toEqual(['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']);
    const ics = write([earlier, later]);
    expectRoundTrip(ics, [earlier, later]);
    expect(dtstartOf(ics, earlier.uid)).toBe('DTSTART:20271031T003000Z');
    expect(dtstartOf(ics, later.uid)).toBe('DTSTART:20271031T013000Z');
  });

  it('writes a meeting planned in the hour the clocks skip at the instant the app stores, on the wall time that exists', () => {
    // 01:30 on 28 March 2027 does not exist in London. The app stores the
    // instant calendar programs move it to (01:30Z, 02:30 BST); the file says
    // 02:30 with TZID, a time every reader places alike.
    const gap = calendarEvent({ date: '2027-03-28', time: '01:30', zone: 'Europe/London', pick: 'moved' });
    expect(gap.start).toBe('2027-03-28T01:30:00.000Z');
    const ics = write([gap]);
    expectRoundTrip(ics, [gap]);
    expect(dtstartOf(ics, gap.uid)).toBe('DTSTART;TZID=Europe/London:20270328T023000');
  });

  it('gives a group spanning three zones one VTIMEZONE per zone used, and none for UTC', () => {
    const events = [
      calendarEvent({ date: '2027-02-09', time: '18:00', zone: 'Europe/London' }),
      calendarEvent({ date: '2027-02-10', time: '13:00', zone: 'America/New_York' }),
      calendarEvent({ date: '2027-02-11', time: '08:00', zone: 'Australia/Sydney' }),
      calendarEvent({ date: '2027-03-09', time: '18:00', zone: 'Europe/London' }),
      calendarEvent({ date: '2027-03-10', time: '12:00', zone: 'UTC' }),
    ];
    const ics = write(events);
    expectRoundTrip(ics, events);
    const tzids = linesOf(ics).filter((line) => line.startsWith('TZID:'));
    expect(tzids.sort()).toEqual(['TZID:America/New_York', 'TZID:Australia/Sydney', 'TZID:Europe/London']);
    expect(dtstartOf(ics, events[4]!.uid)).toBe('DTSTART:20270310T120000Z');
  });

  it('keeps names with commas, semicolons, quotes and emoji intact, and out of the places that would break', () => {
    const summary = 'Circle "North", part 2; café ☕ 🧭 \\ done';
    const event = calendarEvent({ date: '2027-02-09', time: '18:00', zone: 'Europe/London' }, { summary, location: 'Room 4, 2nd floor; ring "B"' });
    const ics = write([event], { calendarName: 'Ana "Annie" O’Neil, coach; group\\A\nX', organizer: { name: 'Sam "the coach" Lee', email: 'sam@coach.example' } });
    const lines = linesOf(ics);
    expectRoundTrip(ics, [event]);
    // NAME and X-WR-CALNAME are not escaped by the library: nothing there may need escaping.
    expect(lines).toContain('X-WR-CALNAME:Ana "Annie" O’Neil coach group A X');
    expect(lines.find((l) => l.startsWith('NAME:'))).not.toMatch(/[,;\\]/);
    expect(lines).toContain('ORGANIZER;CN="Sam ’the coach’ Lee":mailto:sam@coach.example');
    expect(lines).toContain('LOCATION:Room 4\\, 2nd floor\\; ring "B"');
    expect(unfold(ics)).not.toContain("^'");
  });

  it('folds a 2,000-character title at 75 octets without splitting a character, and reads it back whole', () => {
    const summary = `${'Peer coaching ✨ über 🧭 '.repeat(84)}`.slice(0, 2000);
    expect([...summary].length).toBeGreaterThanOrEqual(1900);
    const event = calendarEvent({ date: '2027-02-09', time: '18:00', zone: 'Europe/London' }, { summary });
    const ics = write([event]);
    for (const line of ics.split('\r\n')) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A line cut inside a character would not survive decoding on its own.
      expect(bytes.toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
    }
    expect(readInstants(ics, FROM, TO)[0]!.summary).toBe(summary);
  });

  it('ends every line with CRLF, stamps DTSTAMP in UTC with Z, and has no ATTENDEE', () => {
    const ics = write([calendarEvent({ date: '2027-02-09', time: '18:00', zone: 'Europe/London' })]);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = linesOf(ics);
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines.filter((l) => l.startsWith('DTSTAMP'))).toEqual(['DTSTAMP:20270105T091500Z']);
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).toEqual([]);
    expect(lines.some((l) => l.startsWith('TIMEZONE-ID') || l.startsWith('X-WR-TIMEZONE'))).toBe(false);
  });

  it('writes UID, SEQUENCE, URL, DESCRIPTION and STATUS, keeps a cancelled meeting as CANCELLED, and no ORGANIZER when none is given', () => {
    const held = calendarEvent({ date: '2027-02-09', time: '18:00', zone: 'Europe/London' }, { sequence: 3 });
    const cancelled = calendarEvent({ date: '2027-03-09', time: '18:00', zone: 'Europe/London' }, { cancelled: true, sequence: 4 });
    const ics = write([held, cancelled], { organizer: null });
    const lines = linesOf(ics);
    expect(lines).toEqual(expect.arrayContaining([`UID:${held.uid}`, 'SEQUENCE:3', 'SEQUENCE:4', 'STATUS:CONFIRMED', 'STATUS:CANCELLED', 'URL;VALUE=URI:https://meet.example/abc']));
    expect(lines).toContain('DESCRIPTION:With Ana\\, Ben and Chloé. Join: https://meet.example/abc');
    expect(lines.some((l) => l.startsWith('ORGANIZER'))).toBe(false);
    expect(readInstants(ics, FROM, TO).map((e) => e.cancelled)).toEqual([false, true]);
  });

  it('adds a DISPLAY reminder per chosen time before each meeting still on, none to a cancelled one', () => {
    const held = calendarEvent({ date: '2027-02-09', time: '18:00', zone: 'Europe/London' });
    const cancelled = calendarEvent({ date: '2027-03-09', time: '18:00', zone: 'Europe/London' }, { cancelled: true });
    const ics = write([held, cancelled], { remindersMinutes: [15, 1440, 15] });
    const lines = linesOf(ics);
    expect(lines.filter((l) => l.startsWith('TRIGGER'))).toEqual(['TRIGGER:-P1D', 'TRIGGER:-PT15M']);
    expect(lines.filter((l) => l === 'ACTION:DISPLAY')).toHaveLength(2);
    expect(write([held]).includes('BEGIN:VALARM')).toBe(false);
  });

  it('writes the same file whatever the host zone, given the same now', () => {
    const events = [calendarEvent({ date: '2027-03-28', time: '09:00', zone: 'Pacific/Auckland' }), calendarEvent({ date: '2027-04-04', time: '02:30', zone: 'Pacific/Auckland' })];
    const ics = write(events);
    expectRoundTrip(ics, events);
    expect(dtstartOf(ics, events[0]!.uid)).toBe('DTSTART;TZID=Pacific/Auckland:20270328T090000');
  });
});
