import type { GroupSummary } from '../../shared/views';
import { formatDay } from './dates';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * How many members a group has, in words: members who start later are
 * members, not a missing count ("6 members, starting 1 Feb 2027"), so a group
 * before its first meeting never reads as empty.
 */
export function memberCountText(summary: Pick<GroupSummary, 'activeMemberCount' | 'upcomingMemberCount' | 'nextJoinDate'>): string {
  const { activeMemberCount: active, upcomingMemberCount: upcoming, nextJoinDate } = summary;
  const from = nextJoinDate ? formatDay(nextJoinDate) : '';
  if (upcoming === 0) return active === 0 ? 'No members yet' : count(active, 'active member', 'active members');
  if (active === 0) return `${count(upcoming, 'member', 'members')}, starting ${from}`;
  return `${count(active, 'active member', 'active members')}, ${upcoming} more from ${from}`;
}
