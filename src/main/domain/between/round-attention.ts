import { dayLabel } from '../../../shared/calendar/days';
import type { PairingRound } from '../../../shared/between';
import type { AttentionItem } from '../../../shared/views';

// What the rounds add to the dashboard: pairs of the round under way who have
// not met yet while the meeting that ends it is close, one item per group, so
// the coach can nudge them in time (the meeting reviews what they did).

/** How close the next meeting must be: a week leaves time for a nudge and a session. */
export const PAIRS_NOT_MET_DAYS = 7;

export function pairsNotMetAttention(
  group: { groupId: string; groupName: string; beforeMeetingDate: (round: PairingRound) => string | null },
  rounds: readonly PairingRound[],
  today: string,
  nameOf: (personId: string) => string,
): AttentionItem[] {
  const current = rounds.find((r) => r.from <= today && today < r.to);
  if (!current) return [];
  const meetingOn = group.beforeMeetingDate(current) ?? current.to;
  const daysLeft = Math.round((Date.parse(`${meetingOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (daysLeft > PAIRS_NOT_MET_DAYS) return [];
  const waiting = current.sessions.filter((s) => s.status === 'planned');
  if (waiting.length === 0) return [];
  const pairs = waiting.map((s) => s.personIds.map(nameOf).join(s.personIds.length === 3 ? ', ' : ' & ').replace(/, ([^,]*)$/, ' & $1'));
  const count = waiting.length === 1 ? 'One pair' : `${waiting.length} pairs`;
  return [
    {
      kind: 'pairs-not-met',
      groupId: group.groupId,
      groupName: group.groupName,
      ...(current.beforeMeetingId ? { meetingId: current.beforeMeetingId, meetingDate: meetingOn } : {}),
      message: `${count} of ${group.groupName} ${waiting.length === 1 ? 'has' : 'have'} not met yet, and the next meeting is on ${dayLabel(meetingOn)}: ${pairs.join('; ')}.`,
    },
  ];
}
