import { MAX_RECOMMENDED_MEMBERS } from '../../shared/entities';
import type { GroupDetail, GroupSummary, GroupWarning, MemberView } from '../../shared/views';
import { plannedEndDate } from './dates';
import { groupHealth, type GroupHealth, type GroupRecord, type PeopleById } from './group-health';
import { isActiveOn } from './membership';
import { agreementState } from './norms';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function groupWarnings(health: GroupHealth): GroupWarning[] {
  const warnings: GroupWarning[] = [];
  const count = health.active.length;
  if (count === 0) {
    warnings.push({ code: 'no-members', message: 'No active members yet. Add people to get this group started.' });
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
  return {
    group: record.group,
    activeMemberCount: health.active.length,
    plannedEndDate: plannedEndDate(record.group.startDate, record.group.plannedEnd),
    warnings: groupWarnings(health),
  };
}

export function buildGroupSummary(record: GroupRecord, people: PeopleById, now: Date): GroupSummary {
  return summaryFrom(record, groupHealth(record, people, now));
}

/**
 * Everything the group page shows. Members are listed current first, then past,
 * each by name; a person who left and came back appears once per period.
 */
export function buildGroupDetail(record: GroupRecord, people: PeopleById, now: Date): GroupDetail {
  const health = groupHealth(record, people, now);
  const members: MemberView[] = [];
  for (const membership of record.memberships) {
    const person = people.get(membership.personId);
    if (!person) continue;
    const state = agreementState(record.normAgreements, person.id, record.normsRevision);
    members.push({
      membership,
      person,
      active: isActiveOn(membership, health.today),
      agreement: state.state === 'current' ? state.agreement : null,
      staleAgreement: state.state === 'stale' ? state.agreement : null,
    });
  }
  members.sort(
    (a, b) =>
      Number(b.active) - Number(a.active) ||
      a.person.name.localeCompare(b.person.name, 'en', { sensitivity: 'base' }) ||
      b.membership.joinedOn.localeCompare(a.membership.joinedOn),
  );
  return {
    ...summaryFrom(record, health),
    members,
    norms: record.norms,
    normsRevision: record.normsRevision,
    notAgreed: health.notAgreed.map((m) => m.person),
  };
}
