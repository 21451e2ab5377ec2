import { dayLabel } from '../../../shared/calendar/days';
import type { NextStep } from '../../../shared/meetings';
import type { AttentionItem } from '../../../shared/views';
import type { MissedInARow } from './attendance';

// What running meetings adds to the dashboard: members who missed the last two
// meetings (worth a word before a third), next steps past their due date, and
// past meetings left unrecorded (their attendance, turns and reviews are
// missing from every figure until the coach records them or says they did not
// happen).
// One item per member and group, however many steps are overdue, so a busy
// month does not bury everything else.

export interface MeetingAttentionInput {
  groupId: string;
  groupName: string;
  missed: readonly MissedInARow[];
  overdue: readonly NextStep[];
  /** Planned meetings before today never recorded as held, in calendar order. */
  unrecorded: readonly { id: string; date: string }[];
  /** The member's person and name, or null for a former member (nobody to reach). */
  personOf: (membershipId: string) => { id: string; name: string } | null;
}

const shortDay = (date: string): string => dayLabel(date).replace(/ \d{4}$/, '');

export function meetingAttention(input: MeetingAttentionInput): AttentionItem[] {
  const items: AttentionItem[] = [];
  const { groupId, groupName } = input;
  for (const { membershipId, meetings } of input.missed) {
    const person = input.personOf(membershipId);
    if (!person) continue;
    items.push({
      kind: 'missed-two-meetings',
      groupId,
      groupName,
      personId: person.id,
      personName: person.name,
      message: `${person.name} missed the last two meetings of ${groupName} (${shortDay(meetings[0].date)} and ${dayLabel(meetings[1].date)}). A word before the next one may help.`,
    });
  }
  const byMember = new Map<string, NextStep[]>();
  for (const step of input.overdue) byMember.set(step.membershipId, [...(byMember.get(step.membershipId) ?? []), step]);
  for (const [membershipId, steps] of byMember) {
    const person = input.personOf(membershipId);
    if (!person) continue;
    const oldest = [...steps].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0]!;
    items.push({
      kind: 'next-step-overdue',
      groupId,
      groupName,
      personId: person.id,
      personName: person.name,
      message:
        steps.length === 1
          ? `${person.name}’s next step in ${groupName} was due on ${dayLabel(oldest.dueOn)}: “${oldest.text}”.`
          : `${person.name} has ${steps.length} overdue next steps in ${groupName}, the oldest due on ${dayLabel(oldest.dueOn)}.`,
    });
  }
  const unrecorded = input.unrecorded;
  if (unrecorded.length > 0) {
    const first = unrecorded[0]!;
    items.push({
      kind: 'meetings-not-recorded',
      groupId,
      groupName,
      meetingId: first.id,
      meetingDate: first.date,
      message:
        unrecorded.length === 1
          ? `The meeting of ${groupName} on ${dayLabel(first.date)} is not recorded yet: record it, or mark it as not held.`
          : `${unrecorded.length} past meetings of ${groupName} are not recorded yet, the oldest on ${dayLabel(first.date)}: record them, or mark them as not held.`,
    });
  }
  return items;
}
