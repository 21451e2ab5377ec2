import type { CalendarEvent, CalendarSeries } from './calendar-event';
import { visibleContent, type Fingerprinter, type SequenceBook } from './export-ledger';
import type { InvitationItem } from './invitation';
import { uidOf, type ScheduledEvent, type ScheduleGroup } from './schedule';

// Turning scheduled events into what each audience receives: the coach's and
// a group's copies, a person's own copies, and the invitation items a person
// gets (one per meeting series, one per other event), each with the
// fingerprint of that person's copy so the ledger can tell what changed.

export interface Window {
  /** UTC instants; `to` null = to the end of every programme. */
  from: string;
  to: string | null;
}

export const inWindow = (e: { start: string; end: string }, w: Window): boolean => e.end > w.from && (w.to === null || e.start < w.to);

type Entry = { scheduled: ScheduledEvent; sequence: number; fingerprint: string };

export interface SequencedEvents {
  /** Every scheduled event with its SEQUENCE and coach-view fingerprint, by UID. */
  byUid: ReadonlyMap<string, Entry>;
  /** The same entries by the people they belong to, in the same order. */
  byPerson: ReadonlyMap<string, readonly Entry[]>;
}

export function sequenceAll(events: readonly ScheduledEvent[], book: SequenceBook, fingerprint: Fingerprinter): SequencedEvents {
  const byUid = new Map<string, Entry>();
  for (const scheduled of events) {
    const fp = fingerprint(visibleContent(scheduled.event));
    byUid.set(scheduled.event.uid, { scheduled, fingerprint: fp, sequence: book.sequenceOf(scheduled.event.uid, fp, scheduled.storedSequence) });
  }
  const byPerson = new Map<string, Entry[]>();
  for (const entry of byUid.values()) {
    for (const personId of entry.scheduled.personIds) {
      const list = byPerson.get(personId);
      if (list === undefined) byPerson.set(personId, [entry]);
      else list.push(entry);
    }
  }
  return { byUid, byPerson };
}

/** The coach's copy of an event, with its SEQUENCE. */
export function coachCopy(entry: { scheduled: ScheduledEvent; sequence: number }): CalendarEvent {
  return { ...entry.scheduled.event, sequence: entry.sequence };
}

export interface PersonItem {
  uid: string;
  item: InvitationItem;
  /** The fingerprint of this person's copy (for a series: its rule and every meeting they are in). */
  fingerprint: string;
  /** Ends after the window opens: the invitation still matters. */
  current: boolean;
  /** Snapshot for the ledger: the first meeting of a series, or the event itself. */
  first: CalendarEvent;
}

/**
 * Everything a person can be invited to, over their whole membership (not
 * only the window), so a past event is never mistaken for one that was taken
 * out of their schedule.
 */
export function personItems(personId: string, sequenced: SequencedEvents, groups: readonly ScheduleGroup[], fingerprint: Fingerprinter, window: Window): PersonItem[] {
  const mine = sequenced.byPerson.get(personId) ?? [];
  const items: PersonItem[] = [];
  const bySeries = new Map<string, { copy: CalendarEvent; content: string }[]>();
  for (const entry of mine) {
    const { copy, content } = ownCopy(entry, personId);
    if (copy.series !== null) {
      const list = bySeries.get(copy.series.id) ?? [];
      list.push({ copy, content });
      bySeries.set(copy.series.id, list);
      continue;
    }
    items.push({
      uid: copy.uid,
      item: { type: 'event', event: copy },
      fingerprint: copyFingerprint(content, fingerprint),
      current: inWindow(copy, { from: window.from, to: null }),
      first: copy,
    });
  }
  for (const [seriesId, list] of bySeries) {
    const g = groups.find((x) => x.meetingSeries.some((s) => s.id === seriesId));
    const stored = g?.meetingSeries.find((s) => s.id === seriesId);
    if (g === undefined || stored === undefined) continue;
    const meetings = list.map((m) => m.copy);
    const series = seriesOf(g, stored, meetings);
    items.push({
      uid: series.uid,
      item: { type: 'series', series },
      fingerprint: fingerprint(JSON.stringify([stored.rule, stored.minutes, series.summary, series.location, series.url, list.map((m) => [m.copy.uid, m.content])])),
      current: meetings.some((m) => inWindow(m, { from: window.from, to: null })),
      first: meetings[0]!,
    });
  }
  return items.sort((a, b) => a.first.start.localeCompare(b.first.start) || a.uid.localeCompare(b.uid));
}

// Most people's copies of an event read alike (every member's copy of a
// meeting does): each wording's copy and visible content are made once, not
// once per member (measured: most of the time of planning 300 people). The
// copies are shared, so nothing may change them; the plan only ever spreads
// them into new objects.
const copies = new WeakMap<Entry, Map<string, { copy: CalendarEvent; content: string }>>();

/** A person's copy of an event and its visible content. */
export function ownCopy(entry: Entry, personId: string): { copy: CalendarEvent; content: string } {
  let known = copies.get(entry);
  if (known === undefined) {
    known = new Map();
    copies.set(entry, known);
  }
  const words = entry.scheduled.copyFor(personId);
  const key = `${words.summary}\u0000${words.description}`;
  let made = known.get(key);
  if (made === undefined) {
    const copy: CalendarEvent = { ...entry.scheduled.event, ...words, sequence: entry.sequence };
    made = { copy, content: visibleContent(copy) };
    known.set(key, made);
  }
  return made;
}

const fingerprints = new WeakMap<Fingerprinter, Map<string, string>>();
function copyFingerprint(content: string, fingerprint: Fingerprinter): string {
  let known = fingerprints.get(fingerprint);
  if (known === undefined || known.size > 100_000) {
    known = new Map();
    fingerprints.set(fingerprint, known);
  }
  let fp = known.get(content);
  if (fp === undefined) {
    fp = fingerprint(content);
    known.set(content, fp);
  }
  return fp;
}

const TZID = /TZID=([^:;]+)/;

/** The value most meetings share (the earliest one on a tie). */
function commonest(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The series' master carries what most of its meetings say, so only a meeting
 * that really differs (moved, another place, another title) is written as an
 * exception: a master worded unlike its meetings made every one of 120
 * meetings an exception (measured: 94 KB per invitation instead of 3 KB).
 */
function seriesOf(g: ScheduleGroup, stored: ScheduleGroup['meetingSeries'][number], meetings: CalendarEvent[]): CalendarSeries {
  const first = meetings[0]!;
  const shared = (field: 'summary' | 'description' | 'location' | 'url'): string => commonest(meetings.map((m) => m[field]));
  return {
    uid: uidOf('series', stored.id),
    seriesId: stored.id,
    groupId: g.group.id,
    rule: stored.rule,
    timeZone: TZID.exec(stored.rule)?.[1] ?? first.timeZone,
    minutes: stored.minutes,
    summary: shared('summary'),
    description: shared('description'),
    location: shared('location'),
    url: shared('url'),
    sequence: Math.max(...meetings.map((m) => m.sequence)),
    meetings,
  };
}
