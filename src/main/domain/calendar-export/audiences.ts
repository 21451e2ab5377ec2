import type { CalendarEvent, CalendarSeries } from './calendar-event';
import { visibleContent, type Fingerprinter, type SequenceBook } from './export-ledger';
import type { InvitationItem } from './invitation';
import { uidOf, type ScheduledEvent, type ScheduleGroup } from './schedule';
import { joinLines, placeOfMode } from './event-content';

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

export interface SequencedEvents {
  /** Every scheduled event with its SEQUENCE and coach-view fingerprint, by UID. */
  byUid: ReadonlyMap<string, { scheduled: ScheduledEvent; sequence: number; fingerprint: string }>;
}

export function sequenceAll(events: readonly ScheduledEvent[], book: SequenceBook, fingerprint: Fingerprinter): SequencedEvents {
  const byUid = new Map<string, { scheduled: ScheduledEvent; sequence: number; fingerprint: string }>();
  for (const scheduled of events) {
    const fp = fingerprint(visibleContent(scheduled.event));
    byUid.set(scheduled.event.uid, { scheduled, fingerprint: fp, sequence: book.sequenceOf(scheduled.event.uid, fp, scheduled.storedSequence) });
  }
  return { byUid };
}

/** The coach's copy of an event, with its SEQUENCE. */
export function coachCopy(entry: { scheduled: ScheduledEvent; sequence: number }): CalendarEvent {
  return { ...entry.scheduled.event, sequence: entry.sequence };
}

/** A person's copy: their own title and body, the same time, place and SEQUENCE. */
export function personCopy(entry: { scheduled: ScheduledEvent; sequence: number }, personId: string): CalendarEvent {
  return { ...entry.scheduled.event, ...entry.scheduled.copyFor(personId), sequence: entry.sequence };
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
export function personItems(
  personId: string,
  sequenced: SequencedEvents,
  groups: readonly ScheduleGroup[],
  coachName: string,
  fingerprint: Fingerprinter,
  window: Window,
): PersonItem[] {
  const mine = [...sequenced.byUid.values()].filter((e) => e.scheduled.personIds.includes(personId));
  const items: PersonItem[] = [];
  const bySeries = new Map<string, CalendarEvent[]>();
  for (const entry of mine) {
    const copy = personCopy(entry, personId);
    if (copy.series !== null) {
      const list = bySeries.get(copy.series.id) ?? [];
      list.push(copy);
      bySeries.set(copy.series.id, list);
      continue;
    }
    items.push({
      uid: copy.uid,
      item: { type: 'event', event: copy },
      fingerprint: fingerprint(visibleContent(copy)),
      current: inWindow(copy, { from: window.from, to: null }),
      first: copy,
    });
  }
  for (const [seriesId, meetings] of bySeries) {
    const g = groups.find((x) => x.meetingSeries.some((s) => s.id === seriesId));
    const stored = g?.meetingSeries.find((s) => s.id === seriesId);
    if (g === undefined || stored === undefined) continue;
    const series = seriesOf(g, stored, meetings, coachName);
    items.push({
      uid: series.uid,
      item: { type: 'series', series },
      fingerprint: fingerprint(JSON.stringify([stored.rule, stored.minutes, series.summary, series.location, series.url, meetings.map((m) => [m.uid, visibleContent(m)])])),
      current: meetings.some((m) => inWindow(m, { from: window.from, to: null })),
      first: meetings[0]!,
    });
  }
  return items.sort((a, b) => a.first.start.localeCompare(b.first.start) || a.uid.localeCompare(b.uid));
}

const TZID = /TZID=([^:;]+)/;

function seriesOf(g: ScheduleGroup, stored: ScheduleGroup['meetingSeries'][number], meetings: CalendarEvent[], coachName: string): CalendarSeries {
  const place = placeOfMode(g.group.mode);
  const first = meetings[0]!;
  const coach = coachName.trim() === '' ? 'your coach' : coachName.trim();
  return {
    uid: uidOf('series', stored.id),
    seriesId: stored.id,
    groupId: g.group.id,
    rule: stored.rule,
    timeZone: TZID.exec(stored.rule)?.[1] ?? first.timeZone,
    minutes: stored.minutes,
    summary: first.summary,
    description: [`Peer coaching meetings of ${g.group.name}, with ${coach}.`, ...joinLines(place)].join('\n'),
    ...place,
    sequence: Math.max(...meetings.map((m) => m.sequence)),
    meetings,
  };
}
