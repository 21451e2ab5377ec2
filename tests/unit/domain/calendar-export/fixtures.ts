import type { CalendarEvent } from '../../../../src/main/domain/calendar-export/calendar-event';
import { resolveLocalTime } from '../../../../src/shared/calendar/zoned';

// Calendar events as the schedule builder hands them to the writers, built
// from a local date and time so each test reads as the coach planned it. The
// UTC instants are the app's own (resolveLocalTime), what every reader must agree with.

export const NOW = new Date('2027-01-05T09:15:00.000Z');
export const COACH = { name: 'Sam Coach', email: 'sam@coach.example' };
export const MEMBER = { name: 'Ana Member', email: 'ana@member.example' };

const MINUTE = 60_000;

/** The instant of a local time: exact, or for a DST edge the one named by `pick`. */
export function instantOf(date: string, time: string, zone: string, pick: 'earlier' | 'later' | 'moved' = 'earlier'): string {
  const r = resolveLocalTime({ date, time }, zone);
  switch (r.kind) {
    case 'exact':
      return r.instant;
    case 'twice':
      return pick === 'later' ? r.later.instant : r.earlier.instant;
    case 'gap':
      return r.movedForward.instant;
    case 'invalid':
      throw new Error(r.message);
  }
}

export const plus = (instant: string, minutes: number): string => new Date(Date.parse(instant) + minutes * MINUTE).toISOString();

export function calendarEvent(at: { date: string; time: string; zone: string; minutes?: number; pick?: 'earlier' | 'later' | 'moved' }, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  const minutes = at.minutes ?? 90;
  const start = instantOf(at.date, at.time, at.zone, at.pick);
  const id = `${at.date}-${at.time}-${at.zone}`.replace(/[^0-9A-Za-z]/g, '');
  return {
    uid: `meeting-${id}@circlekeeper`,
    kind: 'meeting',
    recordId: id,
    groupId: 'group-1',
    summary: 'New managers circle',
    description: 'With Ana, Ben and Chloé. Join: https://meet.example/abc',
    date: at.date,
    startTime: at.time,
    timeZone: at.zone,
    minutes,
    start,
    end: plus(start, minutes),
    location: 'https://meet.example/abc',
    url: 'https://meet.example/abc',
    cancelled: false,
    sequence: 0,
    series: null,
    ...extra,
  };
}

/** The file with its folded lines joined again (RFC 5545 §3.1). */
export const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');

export const linesOf = (ics: string): string[] => unfold(ics).split('\r\n');
