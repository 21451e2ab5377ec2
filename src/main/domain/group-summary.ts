import { MAX_RECOMMENDED_MEMBERS } from '../../shared/entities';
import { isGoalOverdue } from '../../shared/goals';
import type { GroupDetail, GroupSummary, GroupWarning, MemberView } from '../../shared/views';
import { formerMemberNames } from './anonymise';
import { plannedEndDate } from '../../shared/calendar/days';
import { groupHealth, type GroupHealth, type GroupRecord, type PeopleById } from './group-health';
import { isActiveOn, isUpcomingOn } from '../../shared/calendar/periods';
import { agreementState } from './norms';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function groupWarnings(health: GroupHealth): GroupWarning[] {
  const warnings: GroupWarning[] = [];
  const count = health.active.length;
  // Members who start later are members: a group before its start date is not empty.
  if (count === 0 && health.upcoming.length === 0) {
    warnings.push({ code: 'no-members', message: 'No members yet. Add people to get this group started.' });
  }
  if (health.tooLarge) {
    warnings.push({
      code: 'too-many-members',
      message: `${plural(count, 'active member', 'active members')}: more than the recommended ${MAX_RECOMMENDED_MEMBERS}. Consider splitting the group.`,
    });
  }
  if (health.withoutGoal.length > 0) {
    const n = health.withoutGoal.length;
    warnings.push({
      code: 'members-without-goal',
      count: n,
      message: `${plural(n, 'member has', 'members have')} no goal yet.`,
    });
  }
  if (health.overdue.length > 0) {
    const n = health.overdue.length;
    warnings.push({
      code: 'goals-overdue',
      count: n,
      message: `${plural(n, 'goal is', 'goals are')} past the target date and still open.`,
    });
  }
  if (health.notAgreed.length > 0) {
    const n = health.notAgreed.length;
    warnings.push({
      code: 'norms-not-agreed',
      count: n,
      message: `${plural(n, 'member has', 'members have')} not agreed to the current norms.`,
    });
  }
  return warnings;
}

function summaryFrom(record: GroupRecord, health: GroupHealth): GroupSummary {
  const joinDays = health.upcoming.map((m) => m.membership.joinedOn).sort();
  return {
    group: record.group,
    activeMemberCount: health.active.length,
    upcomingMemberCount: health.upcoming.length,
    nextJoinDate: joinDays[0] ?? null,
    plannedEndDate: plannedEndDate(record.group.startDate, record.group.plannedEnd),
    warnings: groupWarnings(health),
  };
}

export function buildGroupSummary(record: GroupRecord, people: PeopleById, now: Date): GroupSummary {
  return summaryFrom(record, groupHealth(record, people, now));
}

/**
 * Everything the group page shows. Members are listed current (and about to
 * join) first, then past, each by name; a person who left and came back
 * appears once per period, and a former member kept anonymously by their
 * "Former member" name.
 */
export function buildGroupDetail(record: GroupRecord, people: PeopleById, now: Date): GroupDetail {
  const health = groupHealth(record, people, now);
  const { today } = health;
  const formerNames = formerMemberNames(record.anonymisedMembers);
  const members: MemberView[] = [];
  for (const membership of record.memberships) {
    const person = people.get(membership.personId) ?? null;
    const formerName = formerNames.get(membership.personId);
    // Neither a person nor a kept former member: a damaged reference that verify reports.
    if (!person && formerName === undefined) continue;
    const state = agreementState(record.normAgreements, membership.personId, record.normsRevision);
    const active = isActiveOn(membership, today);
    members.push({
      membership,
      person,
      name: person?.name ?? (formerName as string),
      active,
      upcoming: isUpcomingOn(membership, today),
      goalOverdue: active && membership.goal !== null && isGoalOverdue(membership.goal, today),
      agreement: state.state === 'current' ? state.agreement : null,
      staleAgreement: state.state === 'stale' ? state.agreement : null,
    });
  }
  const current = (m: MemberView) => m.active || m.upcoming;
  members.sort(
    (a, b) =>
      Number(current(b)) - Number(current(a)) ||
      Number(b.person !== null) - Number(a.person !== null) ||
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
      b.membership.joinedOn.localeCompare(a.membership.joinedOn),
  );
  return {
    ...summaryFrom(record, health),
    members,
    norms: record.norms,
    normsRevision: record.normsRevision,
    notAgreed: [...health.notAgreed, ...health.upcomingNotAgreed]
      .map((m) => m.person)
      .sort((x, y) => x.name.localeCompare(y.name, 'en', { sensitivity: 'base' })),
  };
}
