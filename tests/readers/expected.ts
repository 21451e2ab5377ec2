// expected.json: what every independent reader must show for each calendar file,
// taken from the app's own UTC instants (CalendarEvent.start/end), never from a
// parser. The readers can all be wrong together on DST gaps and overlaps, so the
// truth has to come from the side that wrote the file.
//
// The checks (check_python.py, check_libical.py, check_khal.sh, check_radicale.py)
// read only this file and the .ics files it names, so any source of events (the
// edge-case fixtures, the demo store's export through the `calendar` CLI) can be
// checked by adding its calendars here.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CalendarEvent, CalendarSeries } from '../../src/main/domain/calendar-export/calendar-event';

export interface ExpectedInstant {
  uid: string;
  /** UTC, ISO 8601 with Z. */
  start: string;
  end: string;
  cancelled: boolean;
  summary: string;
}

export interface ExpectedCalendar {
  /** Relative to the folder expected.json is in. */
  file: string;
  /** The window the readers expand and query: [from, to), UTC. */
  from: string;
  to: string;
  /** Every instance that overlaps the window, cancelled ones included, in time order. */
  instants: ExpectedInstant[];
}

export interface ExpectedReplacement {
  name: string;
  /** Imported (or PUT) first, then v2 into the same calendar: v2 must win with no duplicates. */
  v1: string;
  v2: string;
  from: string;
  to: string;
  instantsV2: ExpectedInstant[];
}

export interface Expected {
  calendars: ExpectedCalendar[];
  replacements: ExpectedReplacement[];
}

export interface Window {
  from: string;
  to: string;
}

const toUtc = (iso: string): string => new Date(iso).toISOString();

/**
 * The instances of `events` that overlap [from, to), as the readers must show them.
 * Overlap, not "starts in", because that is what CalDAV time-range, khal list and
 * recurring_ical_events all mean by a window. `uidOf` lets a series file name
 * its instances by the series UID (the overrides share the master's UID).
 */
export function expectedInstants(
  events: readonly CalendarEvent[],
  window: Window,
  uidOf: (event: CalendarEvent) => string = (event) => event.uid,
): ExpectedInstant[] {
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  return events
    .filter((event) => Date.parse(event.start) < to && Date.parse(event.end) > from)
    .map((event) => ({
      uid: uidOf(event),
      start: toUtc(event.start),
      end: toUtc(event.end),
      cancelled: event.cancelled,
      summary: event.summary,
    }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}

/**
 * The instances of a series invitation: its meetings, under the series UID.
 * `cancelled` says how the writer sends a cancelled meeting of a series that
 * still goes on: as an override with STATUS:CANCELLED (an instance readers show
 * as cancelled) or as an EXDATE (no instance at all).
 */
export function seriesInstants(series: CalendarSeries, window: Window, cancelled: 'override' | 'exdate' = 'override'): ExpectedInstant[] {
  const meetings = cancelled === 'exdate' ? series.meetings.filter((m) => !m.cancelled) : series.meetings;
  return expectedInstants(meetings, window, () => series.uid);
}

export function expectedCalendar(file: string, instants: ExpectedInstant[], window: Window): ExpectedCalendar {
  return { file, from: toUtc(window.from), to: toUtc(window.to), instants };
}

export function expectedReplacement(
  name: string,
  files: { v1: string; v2: string },
  instantsV2: ExpectedInstant[],
  window: Window,
): ExpectedReplacement {
  return { name, v1: files.v1, v2: files.v2, from: toUtc(window.from), to: toUtc(window.to), instantsV2 };
}

export async function writeExpected(outDir: string, expected: Expected): Promise<string> {
  const file = path.join(outDir, 'expected.json');
  await fs.writeFile(file, `${JSON.stringify(expected, null, 2)}\n`, 'utf8');
  return file;
}
