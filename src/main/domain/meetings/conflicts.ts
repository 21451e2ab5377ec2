import { DEFAULT_BUFFER_MINUTES } from '../../../shared/meetings';
// Coach double-booking. One coach runs every group, so any two of their meetings
// (in any group, planned in any zone) that overlap, or leave less than the
// buffer between them, are a conflict; so is a meeting that overlaps a busy time
// the coach imported from their own calendar. The coach's 1:1s with members
// take their time just as meetings do, so they follow the same rules. Everything is compared as UTC
// instants, which is what makes "18:00 London" and "13:00 New York" the same
// moment without any zone arithmetic here.
//
// Edges: the buffer is the least free time wanted between two meetings. With no
// buffer, a meeting ending at 19:00 and one starting at 19:00 do not conflict;
// with a 15-minute buffer they do, and so does one starting at 19:10, but one
// starting at 19:15 does not.

export { DEFAULT_BUFFER_MINUTES };

/** A meeting as the conflict check reads it (a stored meeting record fits it). */
export interface CalendarMeeting {
  id: string;
  groupId: string;
  /** UTC instants (ISO 8601). */
  start: string;
  end: string;
  status: 'planned' | 'held' | 'cancelled';
}

/** A 1:1 of the coach with one member of a group (a stored 1:1 with its group's id fits it). */
export interface CalendarOneToOne {
  id: string;
  groupId: string;
  personId: string;
  start: string;
  end: string;
  status: 'planned' | 'held' | 'cancelled';
}

/** A time the coach is busy elsewhere, from an imported calendar. */
export interface BusyTime {
  id: string;
  start: string;
  end: string;
  label: string;
}

/** A meeting or 1:1 being planned, moved or added; `id` when it already exists, so it is not compared with itself. */
export interface ConflictCandidate {
  id?: string;
  groupId: string;
  start: string;
  end: string;
}

export type ConflictingItem =
  | { kind: 'meeting'; id: string; groupId: string; start: string; end: string }
  | { kind: 'one-to-one'; id: string; groupId: string; personId: string; start: string; end: string }
  | { kind: 'busy'; id: string; label: string; start: string; end: string };

export interface Conflict {
  with: ConflictingItem;
  /** 'overlap': both run at once for `minutes`; 'too-close': they do not overlap but only `minutes` lie between them. */
  kind: 'overlap' | 'too-close';
  minutes: number;
}

export interface ConflictOptions {
  bufferMinutes?: number;
}

const MINUTE = 60_000;

interface Entry {
  start: number;
  end: number;
  item: ConflictingItem;
}

/**
 * The coach's meetings, 1:1s and busy times, sorted once so each candidate is checked
 * against only its neighbours (a 12-month series against 3,000 meetings is a few
 * dozen comparisons, not 36,000).
 */
export interface ConflictIndex {
  readonly entries: readonly Entry[];
  /** The longest entry, which bounds how far back a search must look. */
  readonly longest: number;
}

export function conflictIndex(
  meetings: readonly CalendarMeeting[],
  busy: readonly BusyTime[] = [],
  oneToOnes: readonly CalendarOneToOne[] = [],
): ConflictIndex {
  const entries: Entry[] = [];
  for (const m of meetings) {
    // A cancelled meeting keeps its record but frees the time.
    if (m.status === 'cancelled') continue;
    entries.push({ start: Date.parse(m.start), end: Date.parse(m.end), item: { kind: 'meeting', id: m.id, groupId: m.groupId, start: m.start, end: m.end } });
  }
  for (const o of oneToOnes) {
    // So does a cancelled 1:1.
    if (o.status === 'cancelled') continue;
    entries.push({
      start: Date.parse(o.start),
      end: Date.parse(o.end),
      item: { kind: 'one-to-one', id: o.id, groupId: o.groupId, personId: o.personId, start: o.start, end: o.end },
    });
  }
  for (const b of busy) entries.push({ start: Date.parse(b.start), end: Date.parse(b.end), item: { kind: 'busy', id: b.id, label: b.label, start: b.start, end: b.end } });
  const usable = entries.filter((e) => Number.isFinite(e.start) && Number.isFinite(e.end) && e.end >= e.start);
  usable.sort((a, b) => a.start - b.start || a.end - b.end || a.item.id.localeCompare(b.item.id));
  return { entries: usable, longest: usable.reduce((max, e) => Math.max(max, e.end - e.start), 0) };
}

/** How two spans relate, given the buffer; null when they are far enough apart. */
function relation(aStart: number, aEnd: number, bStart: number, bEnd: number, buffer: number): Omit<Conflict, 'with'> | null {
  if (!(aStart < bEnd + buffer && bStart < aEnd + buffer)) return null;
  const overlap = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
  if (overlap > 0) return { kind: 'overlap', minutes: Math.round(overlap / MINUTE) };
  return { kind: 'too-close', minutes: Math.round(Math.abs(overlap) / MINUTE) };
}

/** First index whose start is at or after `ms`. */
function firstStartingFrom(entries: readonly Entry[], ms: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.start < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every meeting, 1:1 or busy time that `candidate` overlaps or comes too close to, in time order. */
export function conflictsFor(candidate: ConflictCandidate, index: ConflictIndex, options: ConflictOptions = {}): Conflict[] {
  const buffer = (options.bufferMinutes ?? DEFAULT_BUFFER_MINUTES) * MINUTE;
  const start = Date.parse(candidate.start);
  const end = Date.parse(candidate.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return [];
  const { entries } = index;
  // Anything that can reach the candidate starts after (start - buffer - longest) and before (end + buffer).
  const from = firstStartingFrom(entries, start - buffer - index.longest);
  const until = firstStartingFrom(entries, end + buffer);
  const found: Conflict[] = [];
  for (let i = from; i < until; i += 1) {
    const entry = entries[i]!;
    // Meetings and 1:1s share one space of ids; a busy time's id is the other calendar's and may be anything.
    if (candidate.id !== undefined && entry.item.kind !== 'busy' && entry.item.id === candidate.id) continue;
    const rel = relation(start, end, entry.start, entry.end, buffer);
    if (rel) found.push({ with: entry.item, ...rel });
  }
  return found;
}

export interface CalendarConflict {
  first: ConflictingItem;
  second: ConflictingItem;
  kind: Conflict['kind'];
  minutes: number;
}

/**
 * Every pair of the coach's meetings and 1:1s that clash with each other or
 * with a busy time, each pair once and in time order, for the calendar-wide list. Pairs that
 * end before `from` (an instant, usually now) are history and left out; busy
 * times clashing only with each other are the coach's own affair and left out.
 */
export function calendarConflicts(index: ConflictIndex, options: ConflictOptions & { from?: string } = {}): CalendarConflict[] {
  const buffer = (options.bufferMinutes ?? DEFAULT_BUFFER_MINUTES) * MINUTE;
  const from = options.from === undefined ? -Infinity : Date.parse(options.from);
  const { entries } = index;
  const pairs: CalendarConflict[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    const a = entries[i]!;
    // Sorted by start: once a later entry starts a buffer past a's end, none after it can clash with a.
    for (let j = i + 1; j < entries.length && entries[j]!.start < a.end + buffer; j += 1) {
      const b = entries[j]!;
      if (a.item.kind === 'busy' && b.item.kind === 'busy') continue;
      if (Math.max(a.end, b.end) <= from) continue;
      const rel = relation(a.start, a.end, b.start, b.end, buffer);
      if (rel) pairs.push({ first: a.item, second: b.item, ...rel });
    }
  }
  return pairs;
}
