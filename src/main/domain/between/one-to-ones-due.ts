import { dayLabel } from '../../../shared/calendar/days';
import { isActiveOn, type Period } from '../../../shared/calendar/periods';
import { duePeriod, type OneToOneCadence } from './one-to-one-cadence';

// "Who is due": the coach's 1:1s across all their groups, one item per member
// per group (each group keeps its own cadence), archived groups and groups that
// opted out left out, and only members in the group today.
//
// The order is by need, so the top of the list is where the coach acts first:
//   1. overdue, the longest overdue first: a promise already broken;
//   2. goal stuck at the last check-in: the member needs help now;
//   3. missed the last meeting: at risk of drifting away;
//   4. no 1:1 yet: the coach has not met them alone;
//   5. everyone else, by due date.
// An item sits in the tier of its first reason in that list. Items whose due
// period a planned 1:1 already covers ("scheduled") come after every item not
// covered, in the same tiers: the coach has acted on them. Ties go by due date,
// then group id, then person id, so the input's order never shows through.
//
// A 1:1 counts by its date, whatever its status says: held on or before today,
// it happened; after today, it is still ahead, like a planned one. A cancelled
// 1:1 counts for nothing, and so does a planned one whose day has passed
// without being marked held. Only 1:1s from the joining day on count: an
// earlier one belongs to an earlier membership.

export type { OneToOneCadence } from './one-to-one-cadence';

type Status = 'planned' | 'held' | 'cancelled';

export interface DueInput {
  /** YYYY-MM-DD, the coach's local date, passed in. */
  today: string;
  groups: { groupId: string; cadence: OneToOneCadence; archived: boolean; meetings: { id: string; date: string; status: Status }[] }[];
  members: { personId: string; groupId: string; joinedOn: string; leftOn: string | null }[];
  oneToOnes: { id: string; personId: string; groupId: string; date: string; status: Status }[];
  signals: { personId: string; groupId: string; goalStuck: boolean; missedLastMeeting: boolean }[];
}

export type DueReason =
  /** `missed`: due dates passed without a 1:1, in the cadence's own periods. */
  | { kind: 'overdue'; days: number; missed: number; cadence: Exclude<OneToOneCadence, { type: 'none' }> }
  | { kind: 'goal-stuck' }
  | { kind: 'missed-last-meeting' }
  | { kind: 'no-one-to-one-yet' };

export interface DueItem {
  personId: string;
  groupId: string;
  /** scheduled: a planned 1:1 covers the current due period (an overdue one included). */
  state: 'overdue' | 'due' | 'scheduled';
  /** The due date of the earliest 1:1 not yet held; an item is only listed when there is one. */
  dueOn: string;
  daysOverdue: number;
  lastHeldOn: string | null;
  /** The member's next 1:1 still ahead in this group, whether or not it covers the due period. */
  nextPlanned: { id: string; date: string } | null;
  /** Days of planned 1:1s that passed without being marked held or cancelled, oldest first: they count for nothing until the coach says which. */
  unrecordedOn: string[];
  /** In the order of the tiers above. */
  reasons: DueReason[];
}

const TIER: Record<DueReason['kind'], number> = { overdue: 0, 'goal-stuck': 1, 'missed-last-meeting': 2, 'no-one-to-one-yet': 3 };
const REST = 4;
const key = (groupId: string, personId: string): string => `${groupId}\u0000${personId}`;

function byKey<T extends { groupId: string; personId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row.groupId, row.personId);
    const list = map.get(k);
    if (list === undefined) map.set(k, [row]);
    else list.push(row);
  }
  return map;
}

/** The one active membership per group and person; overlapping rows are damaged data, settled by dates. */
function activeMemberships(members: DueInput['members'], today: string): Map<string, Period & { personId: string; groupId: string }> {
  const active = new Map<string, Period & { personId: string; groupId: string }>();
  for (const m of members) {
    if (!isActiveOn(m, today)) continue;
    const k = key(m.groupId, m.personId);
    const held = active.get(k);
    if (held === undefined || m.joinedOn < held.joinedOn || (m.joinedOn === held.joinedOn && (m.leftOn ?? '~') < (held.leftOn ?? '~'))) active.set(k, m);
  }
  return active;
}

function byGroup<T extends { groupId: string }>(rows: Iterable<T>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.groupId);
    if (list === undefined) map.set(row.groupId, [row]);
    else list.push(row);
  }
  return map;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function tierOf(item: DueItem): number {
  const first = item.reasons[0];
  return first === undefined ? REST : TIER[first.kind];
}

/** The list's order, as the file header explains it. */
export function compareByNeed(a: DueItem, b: DueItem): number {
  return (
    Number(a.state === 'scheduled') - Number(b.state === 'scheduled') ||
    tierOf(a) - tierOf(b) ||
    b.daysOverdue - a.daysOverdue ||
    compareText(a.dueOn, b.dueOn) ||
    compareText(a.groupId, b.groupId) ||
    compareText(a.personId, b.personId)
  );
}

export interface OneToOneHistory {
  lastHeldOn: string | null;
  /** Still ahead (a planned one today included), soonest first. */
  ahead: DueInput['oneToOnes'];
  unrecordedOn: string[];
}

/** What one member's 1:1s in one group come to on `today`, by the rules in the file header. */
export function historyOf(oneToOnes: DueInput['oneToOnes'], joinedOn: string, today: string): OneToOneHistory {
  const mine = oneToOnes.filter((o) => o.status !== 'cancelled' && o.date >= joinedOn);
  const held = mine.filter((o) => o.status === 'held' && o.date <= today).map((o) => o.date);
  const lastHeldOn = held.length === 0 ? null : held.reduce((a, b) => (a > b ? a : b));
  const ahead = mine.filter((o) => o.date > today || (o.date === today && o.status === 'planned')).sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  const unrecordedOn = mine.filter((o) => o.status === 'planned' && o.date < today).map((o) => o.date).sort();
  return { lastHeldOn, ahead, unrecordedOn };
}

/** The one active membership of each member of one group on `today`. */
export function activeMembersOf(members: DueInput['members'], groupId: string, today: string): (Period & { personId: string; groupId: string })[] {
  return byGroup(activeMemberships(members, today).values()).get(groupId) ?? [];
}

export function whoIsDue(input: DueInput): DueItem[] {
  const { today } = input;
  const oneToOnes = byKey(input.oneToOnes);
  const signals = byKey(input.signals);
  const memberships = byGroup(activeMemberships(input.members, today).values());
  const items: DueItem[] = [];
  for (const group of input.groups) {
    const cadence = group.cadence;
    if (group.archived || cadence.type === 'none') continue;
    for (const member of memberships.get(group.groupId) ?? []) {
      const k = key(group.groupId, member.personId);
      const { lastHeldOn, ahead, unrecordedOn } = historyOf(oneToOnes.get(k) ?? [], member.joinedOn, today);
      const period = duePeriod(cadence, member, group.meetings, lastHeldOn, today);
      if (period === null) continue;
      const covered = ahead.some((o) => o.date >= period.coverFrom && (period.coverUntil === null || o.date <= period.coverUntil));
      const { daysOverdue } = period;
      const flags = signals.get(k) ?? [];
      const reasons: DueReason[] = [];
      if (daysOverdue > 0) reasons.push({ kind: 'overdue', days: daysOverdue, missed: period.missed, cadence: { ...cadence } });
      if (flags.some((s) => s.goalStuck)) reasons.push({ kind: 'goal-stuck' });
      if (flags.some((s) => s.missedLastMeeting)) reasons.push({ kind: 'missed-last-meeting' });
      if (lastHeldOn === null) reasons.push({ kind: 'no-one-to-one-yet' });
      const first = ahead[0];
      items.push({
        personId: member.personId,
        groupId: group.groupId,
        state: covered ? 'scheduled' : daysOverdue > 0 ? 'overdue' : 'due',
        dueOn: period.dueOn,
        daysOverdue,
        lastHeldOn,
        nextPlanned: first === undefined ? null : { id: first.id, date: first.date },
        unrecordedOn,
        reasons,
      });
    }
  }
  return items.sort(compareByNeed);
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function missedText(reason: Extract<DueReason, { kind: 'overdue' }>): string {
  if (reason.cadence.type === 'between-meetings') return `${count(reason.missed, 'meeting', 'meetings')} passed without one`;
  return `${count(reason.missed, 'period', 'periods')} of ${count(reason.cadence.weeks, 'week', 'weeks')} missed`;
}

const REASON_TEXT: Record<Exclude<DueReason['kind'], 'overdue'>, string> = {
  'goal-stuck': 'Goal stuck at the last check-in.',
  'missed-last-meeting': 'Missed the last meeting.',
  'no-one-to-one-yet': 'No 1:1 yet.',
};

/** The item in plain English, for the list's tooltip or a screen reader: "Amara (Leaders): 1:1 overdue by 12 days ...". */
export function describeDue(item: DueItem, nameOf: (personId: string) => string, groupNameOf: (groupId: string) => string): string {
  return `${nameOf(item.personId)} (${groupNameOf(item.groupId)}): ${describeNeed(item)}`;
}

/**
 * A planned 1:1 whose day has passed is neither held nor still ahead: the
 * coach only has to say which, so the sentence asks for that, not for a new one.
 */
export function unrecordedText(unrecordedOn: readonly string[]): string | null {
  const latest = unrecordedOn[unrecordedOn.length - 1];
  if (latest === undefined) return null;
  return unrecordedOn.length === 1
    ? `1:1 on ${dayLabel(latest)} not recorded: mark it held or cancelled.`
    : `${unrecordedOn.length} past 1:1s not recorded, the latest on ${dayLabel(latest)}: mark them held or cancelled.`;
}

/** The same sentence without the member and group, for a list that shows them already. */
export function describeNeed(item: DueItem): string {
  const overdue = item.reasons.find((r): r is Extract<DueReason, { kind: 'overdue' }> => r.kind === 'overdue');
  let status: string;
  if (item.state === 'scheduled' && item.nextPlanned !== null) {
    // Planned and overdue at once reads as a contradiction: the planned 1:1 is the catching up.
    const planned = `planned for ${dayLabel(item.nextPlanned.date)}`;
    status = overdue === undefined ? `${planned}, due by ${dayLabel(item.dueOn)}` : `${planned} to catch up on the one due ${dayLabel(item.dueOn)} (${missedText(overdue)})`;
  } else {
    const when = overdue === undefined ? `due by ${dayLabel(item.dueOn)}` : `overdue by ${count(overdue.days, 'day', 'days')} (due ${dayLabel(item.dueOn)}, ${missedText(overdue)})`;
    status = item.nextPlanned === null ? when : `${when}; next one planned for ${dayLabel(item.nextPlanned.date)}`;
  }
  const parts = [`1:1 ${status}.`];
  const unrecorded = unrecordedText(item.unrecordedOn);
  if (unrecorded !== null) parts.push(unrecorded);
  for (const reason of item.reasons) if (reason.kind !== 'overdue') parts.push(REASON_TEXT[reason.kind]);
  if (item.lastHeldOn !== null) parts.push(`Last 1:1 on ${dayLabel(item.lastHeldOn)}.`);
  return parts.join(' ');
}
