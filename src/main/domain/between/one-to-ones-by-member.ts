import type { MemberOneToOneStatus } from '../../../shared/contract/one-to-ones';
import { dayLabel, daysBetween } from '../../../shared/calendar/days';
import { duePeriod } from './one-to-one-cadence';
import { activeMembersOf, historyOf, unrecordedText, type DueInput } from './one-to-ones-due';

// Each current member of one group and where they stand with their 1:1s, for
// the group's "Between meetings" tab. Unlike "who is due" it lists everyone,
// those up to date and groups that opted out included: the coach looks for
// who they have not met lately, and a missing row would read as "fine".
//
// The counting is whoIsDue's (same history, same due periods). The one thing
// it adds is telling "due" from "up to date":
//   between-meetings: due once the gap the next 1:1 is owed for has begun,
//     up to date while the member already had theirs for the current gap;
//   every-weeks: the period starts with the last 1:1 itself, so a member is
//     up to date until the last week before the due date, then due.

/** How long before an every-weeks due date the member counts as due. */
export const DUE_SOON_DAYS = 7;

export interface MemberOneToOnes {
  personId: string;
  lastHeldOn: string | null;
  nextPlanned: { id: string; date: string } | null;
  unrecordedOn: string[];
  status: MemberOneToOneStatus;
}

/** One entry per member of `groupId` on `input.today`, in the input's member order. */
export function oneToOnesByMember(input: DueInput, groupId: string): MemberOneToOnes[] {
  const { today } = input;
  const group = input.groups.find((g) => g.groupId === groupId);
  if (group === undefined) return [];
  const cadence = group.cadence;
  return activeMembersOf(input.members, groupId, today).map((member) => {
    const { lastHeldOn, ahead, unrecordedOn } = historyOf(
      input.oneToOnes.filter((o) => o.groupId === groupId && o.personId === member.personId),
      member.joinedOn,
      today,
    );
    const first = ahead[0];
    const base = { personId: member.personId, lastHeldOn, nextPlanned: first === undefined ? null : { id: first.id, date: first.date }, unrecordedOn };
    if (cadence.type === 'none') return { ...base, status: { kind: 'not-planned' } };
    const period = duePeriod(cadence, member, group.meetings, lastHeldOn, today);
    const status = ((): MemberOneToOneStatus => {
      if (period === null) return lastHeldOn === null ? { kind: 'no-one-to-one-yet', dueOn: null } : { kind: 'up-to-date', nextDueOn: null };
      const covered = ahead.some((o) => o.date >= period.coverFrom && (period.coverUntil === null || o.date <= period.coverUntil));
      if (covered) return { kind: 'scheduled', dueOn: period.dueOn, daysOverdue: period.daysOverdue };
      if (period.daysOverdue > 0) return { kind: 'overdue', dueOn: period.dueOn, days: period.daysOverdue };
      if (lastHeldOn === null) return { kind: 'no-one-to-one-yet', dueOn: period.dueOn };
      const open = cadence.type === 'between-meetings' ? period.coverFrom <= today : daysBetween(today, period.dueOn) < DUE_SOON_DAYS;
      return open ? { kind: 'due', dueOn: period.dueOn } : { kind: 'up-to-date', nextDueOn: period.dueOn };
    })();
    return { ...base, status };
  });
}

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

function statusText(status: MemberOneToOneStatus, nextPlanned: { date: string } | null): string {
  switch (status.kind) {
    case 'not-planned':
      return '1:1s are not planned for this group.';
    case 'overdue':
      return `Overdue by ${days(status.days)}: the 1:1 was due ${dayLabel(status.dueOn)}.`;
    case 'scheduled': {
      const on = nextPlanned === null ? '' : ` for ${dayLabel(nextPlanned.date)}`;
      return status.daysOverdue > 0 ? `Planned${on} to catch up on the one due ${dayLabel(status.dueOn)}.` : `Planned${on}, due by ${dayLabel(status.dueOn)}.`;
    }
    case 'no-one-to-one-yet':
      return status.dueOn === null ? 'No 1:1 yet.' : `No 1:1 yet: the first is due by ${dayLabel(status.dueOn)}.`;
    case 'due':
      return `Due by ${dayLabel(status.dueOn)}.`;
    case 'up-to-date':
      return status.nextDueOn === null ? 'Up to date: nothing more falls due while they are a member.' : `Up to date: the next is due by ${dayLabel(status.nextDueOn)}.`;
  }
}

/** The row's status in a sentence or two: where they stand, then any 1:1 left unrecorded. */
export function describeMember(entry: Pick<MemberOneToOnes, 'status' | 'nextPlanned' | 'unrecordedOn'>): string {
  const unrecorded = unrecordedText(entry.unrecordedOn);
  return unrecorded === null ? statusText(entry.status, entry.nextPlanned) : `${statusText(entry.status, entry.nextPlanned)} ${unrecorded}`;
}
