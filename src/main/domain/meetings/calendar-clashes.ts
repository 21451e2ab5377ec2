import { format } from 'date-fns';
import { utcDay } from '../../../shared/calendar/days';
import { localTimeAt } from '../../../shared/calendar/zoned';
import type { CalendarClash, CalendarGroup, ClashSide } from '../../../shared/calendar-views';
import type { CalendarConflict, ConflictingItem } from './conflicts';

// Clashes named the way the coach reads them, on their own clock: "Founders
// Circle (Tue 9 Mar 2027, 18:00–19:30) overlaps your busy time “Dentist”
// (Tue 9 Mar 2027, 19:00–19:45) by 30 minutes." Group and member names come
// from the caller, so this stays pure.

const shortDay = (date: string): string => format(utcDay(date), 'EEE d MMM yyyy');

/** "Tue 9 Mar 2027, 18:00–19:30", with the end's day when it runs past midnight. */
export function whenLabel(start: string, end: string, zone: string): string {
  const from = localTimeAt(start, zone);
  const to = localTimeAt(end, zone);
  const later = to.date !== from.date && !(to.time === '00:00') ? ` (ends ${shortDay(to.date)})` : '';
  return `${shortDay(from.date)}, ${from.time}–${to.time}${later}`;
}

/** A group that is no longer known (deleted meanwhile) still gets a name. */
const UNKNOWN_GROUP = (id: string): CalendarGroup => ({ id, name: 'Another group', color: '#64748b' });

/** Who and what a clash names: groups by id, and the people the coach holds 1:1s with by id. */
export interface CalendarNames {
  groups: ReadonlyMap<string, CalendarGroup>;
  people: ReadonlyMap<string, string>;
}

export function clashSide(item: ConflictingItem, names: CalendarNames, zone: string): ClashSide {
  const when = whenLabel(item.start, item.end, zone);
  if (item.kind === 'busy') return { kind: 'busy', label: item.label, start: item.start, end: item.end, when };
  const group = names.groups.get(item.groupId) ?? UNKNOWN_GROUP(item.groupId);
  if (item.kind === 'one-to-one') {
    const personName = names.people.get(item.personId) ?? 'a member';
    return { kind: 'one-to-one', oneToOneId: item.id, group, personId: item.personId, personName, start: item.start, end: item.end, when };
  }
  return { kind: 'meeting', meetingId: item.id, group, start: item.start, end: item.end, when };
}

/** What the other side of a clash is called, as a meeting's or 1:1's own list of clashes names it. */
export function sideName(side: ClashSide): string {
  if (side.kind === 'meeting') return side.group.name;
  if (side.kind === 'one-to-one') return `your 1:1 with ${side.personName}`;
  const label = side.label.trim();
  return label === '' ? 'a busy time in your calendar' : `your busy time “${label}”`;
}

const minutesText = (n: number): string => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
/** Opening a sentence: a group's name as it is spelled, "Your busy time …" and "Your 1:1 …" capitalised. */
const named = (side: ClashSide): string => {
  const name = sideName(side);
  return `${side.kind === 'meeting' ? name : name.charAt(0).toUpperCase() + name.slice(1)} (${side.when})`;
};
const namedAfter = (side: ClashSide): string => `${sideName(side)} (${side.when})`;

export function describeClash(
  conflict: CalendarConflict,
  names: CalendarNames,
  zone: string,
  bufferMinutes: number,
): CalendarClash {
  const first = clashSide(conflict.first, names, zone);
  const second = clashSide(conflict.second, names, zone);
  const asked = `you asked for at least ${minutesText(bufferMinutes)}`;
  const text =
    conflict.kind === 'overlap'
      ? `${named(first)} overlaps ${namedAfter(second)} by ${minutesText(conflict.minutes)}.`
      : conflict.minutes === 0
        ? `${named(first)} runs straight into ${namedAfter(second)} with no break; ${asked}.`
        : `${named(first)} leaves only ${minutesText(conflict.minutes)} before ${namedAfter(second)}; ${asked}.`;
  return { first, second, kind: conflict.kind, minutes: conflict.minutes, text };
}

/** The id of the meeting or 1:1 on a side; null for a busy time, which the calendar does not list. */
const itemId = (side: ClashSide): string | null => (side.kind === 'meeting' ? side.meetingId : side.kind === 'one-to-one' ? side.oneToOneId : null);

/** For each meeting and 1:1 (by id), the names of what it clashes with, in the clashes' order and each once. */
export function clashNamesByItem(clashes: readonly CalendarClash[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (self: ClashSide, other: ClashSide) => {
    const id = itemId(self);
    if (id === null) return;
    const list = names.get(id) ?? [];
    const name = sideName(other);
    if (!list.includes(name)) list.push(name);
    names.set(id, list);
  };
  for (const clash of clashes) {
    add(clash.first, clash.second);
    add(clash.second, clash.first);
  }
  return names;
}
