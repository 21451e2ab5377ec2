// npx tsx tests/readers/make-fixtures.ts OUTDIR
// Writes the edge-case calendar files through the app's own writers, and
// OUTDIR/expected.json with the UTC instants every independent reader must agree
// with. Local times are turned into instants with TZDate in the event's own zone,
// never through the host machine's zone, so the fixtures are the same wherever CI runs.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CalendarEvent, CalendarPerson, CalendarSeries } from '../../src/main/domain/calendar-export/calendar-event';
import { writePublishFile } from '../../src/main/domain/calendar-export/ics-file';
import { writeInvitation } from '../../src/main/domain/calendar-export/invitation';
import {
  type Expected,
  type ExpectedInstant,
  type Window,
  expectedCalendar,
  expectedInstants,
  expectedReplacement,
  seriesInstants,
  writeExpected,
} from './expected';
import { addDemoExport } from './demo-export';

const NOW = new Date('2027-01-05T09:00:00Z');
const REMINDERS = [15];

const coach: CalendarPerson = { name: 'Robin Coach', email: 'robin@example.org' };
// Everything a TEXT value and a CN parameter must escape or quote, and UTF-8 beyond the BMP.
const awkward: CalendarPerson = { name: 'O\'Brien, "Sam"; 🌍 Ålesund', email: 'sam.obrien@example.org' };

/** The UTC instant of a local wall time in `zone`; throws on a time the zone skips. */
export function localToUtc(date: string, time: string, zone: string): Date {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number);
  const [hh = NaN, mm = NaN] = time.split(':').map(Number);
  const local = new TZDate(y, m - 1, d, hh, mm, 0, zone);
  // TZDate moves a time inside a spring-forward gap; a fixture must say what it means.
  if (format(local, 'yyyy-MM-dd HH:mm') !== `${date} ${time}`) {
    throw new Error(`${date} ${time} does not exist in ${zone}`);
  }
  return new Date(local.getTime());
}

interface MeetingSpec {
  id: string;
  date: string;
  startTime: string;
  timeZone: string;
  minutes?: number;
  summary?: string;
  description?: string;
  kind?: CalendarEvent['kind'];
  cancelled?: boolean;
  sequence?: number;
  series?: CalendarEvent['series'];
  location?: string;
  url?: string;
}

function event(spec: MeetingSpec): CalendarEvent {
  const minutes = spec.minutes ?? 90;
  const start = localToUtc(spec.date, spec.startTime, spec.timeZone);
  const kind = spec.kind ?? 'meeting';
  return {
    uid: `${kind}-${spec.id}@circlekeeper`,
    kind,
    recordId: spec.id,
    groupId: 'group-readers',
    summary: spec.summary ?? `Peer circle ${spec.id}`,
    description: spec.description ?? 'With Ana, Ben and Chloé. Join by video.',
    date: spec.date,
    startTime: spec.startTime,
    timeZone: spec.timeZone,
    minutes,
    start: start.toISOString(),
    end: new Date(start.getTime() + minutes * 60_000).toISOString(),
    location: spec.location ?? 'https://meet.example.org/circle',
    url: spec.url ?? 'https://meet.example.org/circle',
    cancelled: spec.cancelled ?? false,
    sequence: spec.sequence ?? 0,
    series: spec.series ?? null,
  };
}

/** The days from `first` to `last` inclusive, as 'YYYY-MM-DD' (calendar arithmetic in UTC, no zone involved). */
function days(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const window = (from: string, to: string): Window => ({ from, to });

/**
 * A week of daily meetings around a DST change in `zone`, plus one meeting
 * before the window so a time-range query that ignores the window is caught.
 */
function dstWeek(tag: string, zone: string, first: string, last: string, time: string): CalendarEvent[] {
  const weekBefore = new Date(Date.parse(`${first}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  const outside = event({ id: `${tag}-before`, date: weekBefore, startTime: time, timeZone: zone });
  const week = days(first, last).map((date) => event({ id: `${tag}-${date}`, date, startTime: time, timeZone: zone }));
  return [outside, ...week];
}

/** Monthly on the 12th at 18:00 London, six times, across the March change. */
function seriesFixture(version: 1 | 2): CalendarSeries {
  const zone = 'Europe/London';
  const planned = ['2027-01-12', '2027-02-12', '2027-03-12', '2027-04-12', '2027-05-12', '2027-06-12'];
  const series = { id: 'series-readers', originalStart: '' };
  const meetings = planned.map((date, i) => {
    const original = event({ id: `s${i + 1}`, date, startTime: '18:00', timeZone: zone, minutes: 120, summary: 'Leaders circle' });
    return { ...original, series: { ...series, originalStart: original.start } };
  });
  // The May meeting was never planned (the group skipped it): the rule's occurrence must not show.
  const held = meetings.filter((m) => m.date !== '2027-05-12');
  const withChanges =
    version === 1
      ? held
      : held.map((m) => {
          if (m.date === '2027-03-12') {
            // Moved to the Monday after the clocks change, an hour later: a RECURRENCE-ID override.
            const moved = event({ id: 's3', date: '2027-03-29', startTime: '19:00', timeZone: zone, minutes: 120, summary: 'Leaders circle' });
            return { ...moved, sequence: 1, series: m.series };
          }
          if (m.date === '2027-04-12') return { ...m, cancelled: true, sequence: 1 };
          return m;
        });
  return {
    uid: 'series-readers@circlekeeper',
    seriesId: 'readers',
    groupId: 'group-readers',
    rule: 'DTSTART;TZID=Europe/London:20270112T180000\nRRULE:FREQ=MONTHLY;COUNT=6',
    timeZone: zone,
    minutes: 120,
    summary: 'Leaders circle',
    description: 'Monthly peer coaching circle.',
    location: 'https://meet.example.org/leaders',
    url: 'https://meet.example.org/leaders',
    sequence: Math.max(...withChanges.map((m) => m.sequence)),
    meetings: withChanges,
  };
}

/** Three meetings of one group; in version 2 the second has moved and the third is cancelled. */
function movedAndCancelled(version: 1 | 2): CalendarEvent[] {
  const zone = 'America/New_York';
  const a = event({ id: 'mc-a', date: '2027-02-02', startTime: '12:00', timeZone: zone });
  const b = event({ id: 'mc-b', date: '2027-02-09', startTime: '12:00', timeZone: zone });
  const c = event({ id: 'mc-c', date: '2027-02-16', startTime: '12:00', timeZone: zone });
  if (version === 1) return [a, b, c];
  const bMoved = { ...event({ id: 'mc-b', date: '2027-02-11', startTime: '15:30', timeZone: zone, minutes: 60 }), sequence: 1 };
  return [a, bMoved, { ...c, cancelled: true, sequence: 1 }];
}

export async function makeFixtures(outDir: string): Promise<Expected> {
  await fs.mkdir(outDir, { recursive: true });
  const expected: Expected = { calendars: [], replacements: [] };

  const publish = async (file: string, events: CalendarEvent[], win: Window, calendarName = 'Circlekeeper readers') => {
    const text = writePublishFile({ calendarName, organizer: coach, events, now: NOW, remindersMinutes: REMINDERS });
    await fs.writeFile(path.join(outDir, file), text, 'utf8');
    expected.calendars.push(expectedCalendar(file, expectedInstants(events, win), win));
  };
  const invite = async (file: string, text: string, instants: ExpectedInstant[], win: Window) => {
    await fs.writeFile(path.join(outDir, file), text, 'utf8');
    expected.calendars.push(expectedCalendar(file, instants, win));
  };

  // DST weeks (2027): London 28 Mar / 31 Oct, New York 14 Mar / 7 Nov, Sydney 4 Apr / 3 Oct.
  const londonSpring = window('2027-03-25T00:00:00Z', '2027-04-01T00:00:00Z');
  await publish('dst-london-spring.ics', dstWeek('lon-mar', 'Europe/London', '2027-03-25', '2027-03-31', '18:00'), londonSpring);
  const londonAutumn = window('2027-10-28T00:00:00Z', '2027-11-04T00:00:00Z');
  await publish('dst-london-autumn.ics', dstWeek('lon-oct', 'Europe/London', '2027-10-28', '2027-11-03', '08:30'), londonAutumn);
  const nySpring = window('2027-03-11T00:00:00Z', '2027-03-18T00:00:00Z');
  await publish('dst-new-york-spring.ics', dstWeek('ny-mar', 'America/New_York', '2027-03-11', '2027-03-17', '18:00'), nySpring);
  const nyAutumn = window('2027-11-04T00:00:00Z', '2027-11-11T00:00:00Z');
  await publish('dst-new-york-autumn.ics', dstWeek('ny-nov', 'America/New_York', '2027-11-04', '2027-11-10', '09:00'), nyAutumn);
  const sydneyAutumn = window('2027-04-01T00:00:00Z', '2027-04-08T00:00:00Z');
  await publish('dst-sydney-april.ics', dstWeek('syd-apr', 'Australia/Sydney', '2027-04-01', '2027-04-07', '19:00'), sydneyAutumn);
  const sydneySpring = window('2027-10-01T00:00:00Z', '2027-10-08T00:00:00Z');
  await publish('dst-sydney-october.ics', dstWeek('syd-oct', 'Australia/Sydney', '2027-10-01', '2027-10-07', '19:00'), sydneySpring);

  // Exactly at a change: 02:00 London and 03:00 New York are the first minutes of summer time;
  // the others run across a change, so their local length differs from their real one. The
  // October one ends at 01:30 on the night 01:00-02:00 happens twice: a wall time that names
  // two instants, which readers resolve differently unless the writer avoids it.
  const atChange = window('2027-03-13T00:00:00Z', '2027-11-01T00:00:00Z');
  await publish(
    'at-dst-change.ics',
    [
      event({ id: 'at-lon', date: '2027-03-28', startTime: '02:00', timeZone: 'Europe/London', minutes: 60 }),
      event({ id: 'across-lon', date: '2027-03-28', startTime: '00:30', timeZone: 'Europe/London', minutes: 90 }),
      event({ id: 'at-ny', date: '2027-03-14', startTime: '03:00', timeZone: 'America/New_York', minutes: 60 }),
      event({ id: 'across-ny', date: '2027-03-14', startTime: '01:30', timeZone: 'America/New_York', minutes: 60 }),
      event({ id: 'into-overlap-lon', date: '2027-10-31', startTime: '00:30', timeZone: 'Europe/London', minutes: 120 }),
      event({ id: 'after-fallback-syd', date: '2027-04-04', startTime: '03:00', timeZone: 'Australia/Sydney', minutes: 60 }),
    ],
    atChange,
  );

  // A group whose members live in three zones: the meeting in the group's zone,
  // a pair session and a 1:1 in the members' own zones, one of them half an hour off.
  const threeZones = window('2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z');
  await publish(
    'three-zones.ics',
    [
      event({ id: 'tz-meeting', date: '2027-02-10', startTime: '17:00', timeZone: 'Europe/London', summary: 'Global circle' }),
      event({ id: 'tz-pair', kind: 'pair-session', date: '2027-02-15', startTime: '08:00', timeZone: 'America/New_York', minutes: 60, summary: 'Pair session with Ana' }),
      event({ id: 'tz-1to1', kind: 'one-to-one', date: '2027-02-18', startTime: '07:30', timeZone: 'Australia/Sydney', minutes: 45, summary: '1:1 with Robin' }),
      event({ id: 'tz-india', kind: 'one-to-one', date: '2027-02-22', startTime: '21:00', timeZone: 'Asia/Kolkata', minutes: 45, summary: '1:1 with Devi' }),
    ],
    threeZones,
  );

  const names = window('2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z');
  await publish(
    'awkward-names.ics',
    [
      event({
        id: 'names',
        date: '2027-02-03',
        startTime: '18:00',
        timeZone: 'Europe/London',
        summary: 'Circle: "Leads, North; South" \\ O\'Brien 🎉 café',
        description: 'With O\'Brien, "Sam"; Zoë 🌍\nSecond line, with; everything \\ here',
        location: 'Room 3; Floor 2, "Blue" 🏢',
      }),
      event({ id: 'names-pair', kind: 'pair-session', date: '2027-02-04', startTime: '12:00', timeZone: 'Europe/London', minutes: 60, summary: `Pair session with ${awkward.name}` }),
    ],
    names,
    'Leaders Circle 2027',
  );

  // 2,000 characters (code points), mixing one-, two-, three- and four-byte UTF-8 so folding must not split one.
  const unit = Array.from('Circle é€😀, ');
  const title = Array.from({ length: 2000 }, (_, i) => unit[i % unit.length]).join('');
  const longTitle = window('2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z');
  await publish('long-title.ics', [event({ id: 'long', date: '2027-02-05', startTime: '10:00', timeZone: 'Europe/London', summary: title })], longTitle);

  // Version 1 and 2 of one import file: v2 must replace v1 in a calendar that holds v1.
  const mcWindow = window('2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z');
  await publish('moved-cancelled-v1.ics', movedAndCancelled(1), mcWindow);
  await publish('moved-cancelled-v2.ics', movedAndCancelled(2), mcWindow);
  expected.replacements.push(
    expectedReplacement('moved and cancelled meetings', { v1: 'moved-cancelled-v1.ics', v2: 'moved-cancelled-v2.ics' }, expectedInstants(movedAndCancelled(2), mcWindow), mcWindow),
  );

  // A series invitation to one member, before and after a move and a cancel, with a missing occurrence.
  const seriesWindow = window('2027-01-01T00:00:00Z', '2027-07-01T00:00:00Z');
  for (const version of [1, 2] as const) {
    const series = seriesFixture(version);
    const text = writeInvitation({ method: 'REQUEST', organizer: coach, attendee: awkward, item: { type: 'series', series }, now: NOW, remindersMinutes: REMINDERS });
    await invite(`series-v${version}.ics`, text, seriesInstants(series, seriesWindow, 'exdate'), seriesWindow);
  }
  expected.replacements.push(expectedReplacement('series with a moved and a cancelled meeting', { v1: 'series-v1.ics', v2: 'series-v2.ics' }, seriesInstants(seriesFixture(2), seriesWindow, 'exdate'), seriesWindow));

  // A 1:1 invitation and its cancellation (METHOD:CANCEL keeps the event, cancelled, at a higher SEQUENCE).
  const oneToOne = event({ id: 'inv-1to1', kind: 'one-to-one', date: '2027-02-24', startTime: '16:00', timeZone: 'Europe/Berlin', minutes: 45, summary: '1:1 with Robin' });
  const inviteWindow = window('2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z');
  await invite(
    'one-to-one-request.ics',
    writeInvitation({ method: 'REQUEST', organizer: coach, attendee: awkward, item: { type: 'event', event: oneToOne }, now: NOW, remindersMinutes: [] }),
    expectedInstants([oneToOne], inviteWindow),
    inviteWindow,
  );
  const cancelled = { ...oneToOne, cancelled: true, sequence: 1 };
  await invite(
    'one-to-one-cancel.ics',
    writeInvitation({ method: 'CANCEL', organizer: coach, attendee: awkward, item: { type: 'event', event: cancelled }, now: NOW, remindersMinutes: [] }),
    expectedInstants([cancelled], inviteWindow),
    inviteWindow,
  );
  expected.replacements.push(
    expectedReplacement('a 1:1 and its cancellation', { v1: 'one-to-one-request.ics', v2: 'one-to-one-cancel.ics' }, expectedInstants([cancelled], inviteWindow), inviteWindow),
  );

  // And the demo practice's whole export, as `cli calendar` writes it.
  await addDemoExport(outDir, expected);

  await writeExpected(outDir, expected);
  return expected;
}

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: npx tsx tests/readers/make-fixtures.ts OUTDIR');
  process.exit(2);
}
const made = await makeFixtures(path.resolve(outDir));
console.log(`fixtures: ${made.calendars.length} calendar files, ${made.replacements.length} replacements in ${outDir}`);
