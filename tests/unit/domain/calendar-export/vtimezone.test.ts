import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  canWriteInZone,
  isPlainWallTime,
  vtimezoneAgrees,
  vtimezoneFor,
  zonedInstant,
} from '../../../../src/main/domain/calendar-export/vtimezone';
import { formatDate } from 'ical-generator';

describe('VTIMEZONE definitions', () => {
  it('gives none for UTC, whose times are written with Z', () => {
    expect(vtimezoneFor('UTC')).toBeNull();
    expect(vtimezoneFor('Etc/UTC')).toBeNull();
    expect(canWriteInZone('UTC', ['2027-03-09T18:00:00.000Z'])).toBe(false);
  });

  it('gives one STANDARD and one DAYLIGHT with yearly rules, the form Outlook keeps', () => {
    const london = vtimezoneFor('Europe/London')!;
    expect(london.split('\r\n')).toEqual(
      expect.arrayContaining(['BEGIN:VTIMEZONE', 'TZID:Europe/London', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:VTIMEZONE']),
    );
    expect(london.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(london.match(/BEGIN:DAYLIGHT/g)).toHaveLength(1);
    expect(london).not.toMatch(/RDATE|UNTIL/);
    // A zone without DST: one STANDARD, no rule.
    expect(vtimezoneFor('Asia/Kolkata')).toMatch(/TZOFFSETTO:\+0530\r\n/);
  });

  it('names the block after the zone asked for, not the canonical zone the library answers an alias with', () => {
    const montreal = vtimezoneFor('America/Montreal')!;
    expect(montreal).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:America\/Montreal\r\n/);
    expect(montreal).not.toContain('America/Toronto');
  });

  it('gives none for a zone it does not know', () => {
    expect(vtimezoneFor('Mars/Olympus_Mons')).toBeNull();
  });

  it('checks the definition against the app’s own zone rules for each time written', () => {
    expect(vtimezoneAgrees('Europe/London', '2027-07-01T17:00:00.000Z')).toBe(true);
    expect(vtimezoneAgrees('Australia/Sydney', '2027-01-12T07:00:00.000Z')).toBe(true);
    // Morocco keeps +01 outside Ramadan; the library's block says +00 all year, so its times go out in UTC.
    const june = '2027-06-20T10:00:00.000Z';
    expect(tzOffset('Africa/Casablanca', new Date(june))).toBe(60);
    expect(vtimezoneAgrees('Africa/Casablanca', june)).toBe(false);
    expect(canWriteInZone('Africa/Casablanca', [june])).toBe(false);
  });

  it('treats a time in the hour the clocks go back over as not a plain wall time', () => {
    // London, 31 October 2027: 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT).
    expect(isPlainWallTime('2027-10-31T00:30:00.000Z', 'Europe/London')).toBe(false);
    expect(isPlainWallTime('2027-10-31T01:30:00.000Z', 'Europe/London')).toBe(false);
    expect(isPlainWallTime('2027-10-31T03:30:00.000Z', 'Europe/London')).toBe(true);
    // Right after the clocks go forward (28 March 2027, 01:00Z): 02:30 BST exists once.
    expect(isPlainWallTime('2027-03-28T01:30:00.000Z', 'Europe/London')).toBe(true);
  });

  it('hands ical-generator a zoned time it writes field by field, whatever the host zone', () => {
    const value = zonedInstant('2027-07-01T17:00:00.000Z', 'Europe/London');
    expect(formatDate('Europe/London', value, false, true)).toBe('20270701T180000');
    expect(formatDate('Australia/Sydney', zonedInstant('2027-07-01T17:00:00.000Z', 'Australia/Sydney'), false, true)).toBe('20270702T030000');
  });
});
