import { format } from 'date-fns';
import { utcDay } from '../../../shared/calendar/days';
import { localTimeAt } from '../../../shared/calendar/zoned';
import type { CalendarClash, CalendarGroup, ClashSide } from '../../../shared/calendar-views';
import type { CalendarConflict, ConflictingItem } from './conflicts';

// Clashes named the way the coach reads them, on their own clock: "Founders
// Circle (Tue 9 Mar 2027, 18:00–19:30) overlaps your busy time “Dentist”
// (Tue 9 Mar 2027, 19:00–19:45) by 30 minutes." Group names come from the
// caller, so this stays pure.

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

export function clashSide(item: ConflictingItem, groups: ReadonlyMap<string, CalendarGroup>, zone: string): ClashSide {
  const when = whenLabel(item.start, item.end, zone);
  if (item.kind === 'busy') return { kind: 'busy', label: item.label, start: item.start, end: item.end, when };
  return { kind: 'meeting', meetingId: item.id, group: groups.get(item.groupId) ?? UNKNOWN_GROUP(item.groupId), start: item.start, end: item.end, when };
}

/** What the other side of a clash is called, as a meeting's own list of clashes names it. */
export function sideName(side: ClashSide): string {
  if (side.kind === 'meeting') return side.group.name;
  const label = side.label.trim();
  return label === '' ? 'a busy time in your calendar' : `your busy time “${label}”`;
}

const minutesText = (n: number): string => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
/** Opening a sentence: a group's name as it is spelled, "Your busy time …" capitalised. */
const named = (side: ClashSide): string => {
  const name = sideName(side);
  return `${side.kind === 'busy' ? name.charAt(0).toUpperCase() + name.slice(1) : name} (${side.when})`;
};
const namedAfter = (side: ClashSide): string => `${sideName(side)} (${side.when})`;

export function describeClash(
  conflict: CalendarConflict,
  groups: ReadonlyMap<string, CalendarGroup>,
  zone: string,
  bufferMinutes: number,
): CalendarClash {
  const first = clashSide(conflict.first, groups, zone);
  const second = clashSide(conflict.second, groups, zone);
  const asked = `you asked for at least ${minutesText(bufferMinutes)}`;
  const text =
    conflict.kind === 'overlap'
      ? `${named(first)} overlaps ${namedAfter(second)} by ${minutesText(conflict.minutes)}.`
      : conflict.minutes === 0
        ? `${named(first)} runs straight into ${namedAfter(second)} with no break; ${asked}.`
        : `${named(first)} leaves only ${minutesText(conflict.minutes)} before ${namedAfter(second)}; ${asked}.`;
  return { first, second, kind: conflict.kind, minutes: conflict.minutes, text };
}

/** For each meeting, the names of what it clashes with, in the clashes' order and each once. */
export function clashNamesByMeeting(clashes: readonly CalendarClash[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (self: ClashSide, other: ClashSide) => {
    if (self.kind !== 'meeting') return;
    const list = names.get(self.meetingId) ?? [];
    const name = sideName(other);
    if (!list.includes(name)) list.push(name);
    names.set(self.meetingId, list);
  };
  for (const clash of clashes) {
    add(clash.first, clash.second);
    add(clash.second, clash.first);
  }
  return names;
}
