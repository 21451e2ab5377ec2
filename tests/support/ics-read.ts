import ICAL from 'ical.js';

// What a calendar client would show from a file, read by ical.js (Mozilla's
// parser) rather than by our own code: each event's instants between two
// dates, recurring events expanded with their exceptions applied. The file's
// VTIMEZONEs are registered first: ical.js finds a TZID's definition through
// the event's parent calendar, but a component read on its own (or a zone the
// file names without defining) would otherwise be read as floating, on the
// host's clock, and a test would pass or fail by where it runs.

export interface ReadInstant {
  uid: string;
  /** The occurrence an exception or expansion stands for, as a UTC instant; null for a single event. */
  recurrenceId: string | null;
  start: string;
  end: string;
  cancelled: boolean;
  summary: string;
}

/** Past this many occurrences of one event, the reader gives up: a test's window never holds more. */
const MAX_OCCURRENCES = 5_000;

const iso = (time: ICAL.Time): string => time.toJSDate().toISOString();
const cancelledOf = (event: ICAL.Event): boolean => String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/** Every event instance whose start lies in [from, to), UTC ISO strings with Z, sorted by start (then uid). */
export function readInstants(ics: string, from: string, to: string): ReadInstant[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  const inside = (start: string): boolean => Date.parse(start) >= fromMs && Date.parse(start) < toMs;

  const components = calendar.getAllSubcomponents('vevent');
  const masters = new Map<string, ICAL.Event>();
  const orphans: ICAL.Event[] = [];
  for (const component of components.filter((c) => !c.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(component);
    masters.set(event.uid, event);
  }
  for (const component of components.filter((c) => c.hasProperty('recurrence-id'))) {
    const exception = new ICAL.Event(component);
    const master = masters.get(exception.uid);
    if (master) master.relateException(exception);
    else orphans.push(exception);
  }

  const out: ReadInstant[] = [];
  for (const event of masters.values()) {
    if (!event.isRecurring()) {
      const start = iso(event.startDate);
      if (inside(start)) out.push({ uid: event.uid, recurrenceId: null, start, end: iso(event.endDate), cancelled: cancelledOf(event), summary: event.summary });
      continue;
    }
    const iterator = event.iterator();
    for (let n = 0, next = iterator.next(); next && n < MAX_OCCURRENCES; n += 1, next = iterator.next()) {
      // An exception may move its meeting weeks from the occurrence it replaces.
      if (next.toJSDate().getTime() >= toMs + 62 * 86_400_000) break;
      const details = event.getOccurrenceDetails(next);
      const start = iso(details.startDate);
      if (!inside(start)) continue;
      out.push({
        uid: event.uid,
        recurrenceId: iso(details.recurrenceId),
        start,
        end: iso(details.endDate),
        cancelled: cancelledOf(details.item),
        summary: details.item.summary,
      });
    }
  }
  // An exception whose master is not in the file is still what a client shows.
  for (const event of orphans) {
    const start = iso(event.startDate);
    if (inside(start)) out.push({ uid: event.uid, recurrenceId: iso(event.recurrenceId), start, end: iso(event.endDate), cancelled: cancelledOf(event), summary: event.summary });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}
