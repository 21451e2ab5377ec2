import type { AttentionItem } from '../../shared/views';
import { MAX_RECOMMENDED_MEMBERS } from '../../shared/entities';
import { dayLabel } from '../../shared/calendar/days';
import { groupHealth, type GroupRecord, type PeopleById } from './group-health';

/**
 * What the coach should look at next, across every active group: empty groups,
 * groups grown past the recommended size, members without a goal or with an
 * overdue one, and members who have not agreed to the current norms. A group
 * whose members all start later is not empty, and has nothing to chase yet.
 * Archived groups are finished programmes and raise nothing.
 */
export function attentionItems(records: readonly GroupRecord[], people: PeopleById, now: Date): AttentionItem[] {
  const active = records
    .filter((r) => r.group.archivedAt === null)
    .sort((a, b) => a.group.name.localeCompare(b.group.name, 'en', { sensitivity: 'base' }));
  const items: AttentionItem[] = [];

  for (const record of active) {
    const { id: groupId, name: groupName } = record.group;
    const health = groupHealth(record, people, now);

    if (health.active.length === 0) {
      if (health.upcoming.length === 0) {
        items.push({
          kind: 'group-without-members',
          groupId,
          groupName,
          message: `${groupName} has no members yet. Add people to get it started.`,
        });
      }
      continue;
    }
    if (health.tooLarge) {
      items.push({
        kind: 'group-too-large',
        groupId,
        groupName,
        message: `${groupName} has ${health.active.length} active members, more than the recommended ${MAX_RECOMMENDED_MEMBERS}. Consider splitting it.`,
      });
    }
    for (const { person } of health.withoutGoal) {
      items.push({
        kind: 'member-without-goal',
        groupId,
        groupName,
        personId: person.id,
        personName: person.name,
        message: `${person.name} has no goal in ${groupName} yet.`,
      });
    }
    for (const { person, membership } of health.overdue) {
      if (!membership.goal) continue; // overdue implies a goal; this only tells the compiler.
      items.push({
        kind: 'goal-overdue',
        groupId,
        groupName,
        personId: person.id,
        personName: person.name,
        message: `${person.name}’s goal in ${groupName} was due on ${dayLabel(membership.goal.targetDate)} and is still open.`,
      });
    }
    for (const { person, stale } of health.notAgreed) {
      items.push({
        kind: 'norms-not-agreed',
        groupId,
        groupName,
        personId: person.id,
        personName: person.name,
        message: stale
          ? `${person.name} agreed to an earlier version of the norms in ${groupName}; the norms have changed since.`
          : `${person.name} has not agreed to the norms in ${groupName} yet.`,
      });
    }
  }
  return items;
}
