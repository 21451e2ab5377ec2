import { todayIn } from '../../shared/calendar/days';
import { isActiveOn } from '../../shared/calendar/periods';
import type { AttentionItem } from '../../shared/views';
import { meetingAttention } from '../domain/meetings/attention';
import { pairsNotMetAttention } from '../domain/between/round-attention';
import { missedLastTwo } from '../domain/meetings/attendance';
import { isStepOverdue, placedSteps } from '../domain/meetings/next-steps';
import { unrecordedMeetings } from '../domain/meetings/programme';
import type { GroupDoc } from '../store/documents';
import type { ServiceContext } from './context';
import { loadProgramme } from './meeting-programme';
import { heldMeetings } from './meeting-queries';

/**
 * The dashboard's meeting items for running groups. Only groups with meetings
 * read their records, and only the year files their meetings point at.
 */
export async function meetingAttentionItems(ctx: ServiceContext, running: readonly Readonly<GroupDoc>[]): Promise<AttentionItem[]> {
  const items: AttentionItem[] = [];
  for (const doc of running) {
    if (doc.meetings.length === 0) continue;
    const loaded = await loadProgramme(ctx, doc.group.id);
    const today = todayIn(doc.group.timeZone, ctx.now());
    const current = new Set(doc.memberships.filter((m) => isActiveOn(m, today)).map((m) => m.id));
    const members = doc.memberships.map((m) => ({ membershipId: m.id, joinedOn: m.joinedOn, leftOn: m.leftOn }));
    items.push(
      ...meetingAttention({
        groupId: doc.group.id,
        groupName: doc.group.name,
        missed: missedLastTwo(members, heldMeetings(loaded), today),
        overdue: placedSteps(doc.meetings, loaded.records)
          .map((p) => p.step)
          .filter((s) => current.has(s.membershipId) && isStepOverdue(s, today)),
        unrecorded: unrecordedMeetings(doc.meetings, loaded.records, today),
        personOf: (id) => {
          const personId = loaded.personOf(id);
          return personId ? { id: personId, name: loaded.nameOf(id) } : null;
        },
      }),
    );
    const byPerson = new Map(doc.memberships.map((m) => [m.personId, m.id]));
    const meetingDay = new Map(doc.meetings.map((m) => [m.id, m.date]));
    items.push(
      ...pairsNotMetAttention(
        { groupId: doc.group.id, groupName: doc.group.name, beforeMeetingDate: (r) => (r.beforeMeetingId ? (meetingDay.get(r.beforeMeetingId) ?? null) : null) },
        doc.pairingRounds,
        today,
        (personId) => loaded.nameOf(byPerson.get(personId) ?? ''),
      ),
    );
  }
  return items;
}
