import type { DueEntry } from '../../shared/contract/one-to-ones';
import { addDaysToDate, todayIn } from '../../shared/calendar/days';
import { formerMemberNames } from '../domain/anonymise';
import { describeDue, whoIsDue, type DueInput } from '../domain/between/one-to-ones-due';
import type { ServiceContext } from './context';
import { currentPeople } from './context';
import { recordsByMeeting } from './meetings-shared';

// "Who is due" across every running group: the group files give the cadence,
// members, meetings and 1:1s; the meeting records give the two signals (a goal
// stuck at the member's last check-in, the last meeting missed). A group's
// 1:1s can be with a member in another group too, so each group counts its own.

export async function dueEntries(ctx: ServiceContext): Promise<DueEntry[]> {
  const today = todayIn(ctx.store.index().settings.coachTimeZone, ctx.now());
  const people = currentPeople(ctx);
  const input: DueInput = { today, groups: [], members: [], oneToOnes: [], signals: [] };
  const names = new Map<string, string>();
  for (const doc of ctx.store.groups()) {
    if (doc.group.archivedAt !== null) continue;
    const groupId = doc.group.id;
    names.set(groupId, doc.group.name);
    const records = await recordsByMeeting(ctx, groupId);
    const meetings = [...doc.meetings].sort((a, b) => (a.start < b.start ? -1 : 1));
    input.groups.push({
      groupId,
      cadence: doc.between.oneToOneCadence,
      archived: false,
      meetings: meetings.map((m) => ({ id: m.id, date: m.date, status: m.status === 'cancelled' ? 'cancelled' : records.get(m.id)?.heldAt ? 'held' : 'planned' })),
    });
    const lastHeld = meetings.filter((m) => records.get(m.id)?.heldAt).at(-1);
    for (const m of doc.memberships) {
      input.members.push({ personId: m.personId, groupId, joinedOn: m.joinedOn, leftOn: m.leftOn });
      const checkIns = meetings.flatMap((meeting) => records.get(meeting.id)?.checkIns.filter((c) => c.membershipId === m.id) ?? []);
      const missed = lastHeld ? records.get(lastHeld.id)?.attendance.find((a) => a.membershipId === m.id)?.mark === 'absent' : false;
      input.signals.push({ personId: m.personId, groupId, goalStuck: checkIns.at(-1)?.progress === 'stuck', missedLastMeeting: missed });
    }
    for (const o of doc.oneToOnes) input.oneToOnes.push({ id: o.id, personId: o.personId, groupId, date: o.date, status: o.status });
    // The odd member of a round who meets the coach instead of a partner has their 1:1 in it: held once the
    // round is over, under way until then. Dated after its first meeting, so it counts for the gap it fills.
    for (const round of doc.pairingRounds) {
      if (round.withCoach === null || round.from > today) continue;
      const inRound = addDaysToDate(round.from, 1);
      const over = round.to <= today;
      input.oneToOnes.push({ id: round.id, personId: round.withCoach, groupId, date: over ? inRound : inRound > today ? inRound : today, status: over ? 'held' : 'planned' });
    }
  }
  const former = new Map<string, string>();
  for (const doc of ctx.store.groups()) for (const [id, name] of formerMemberNames(doc.anonymisedMembers)) former.set(id, name);
  const nameOf = (personId: string) => people.get(personId)?.name ?? former.get(personId) ?? 'Former member';
  return whoIsDue(input).map((item) => ({
    personId: item.personId,
    personName: nameOf(item.personId),
    groupId: item.groupId,
    groupName: names.get(item.groupId) ?? 'A group',
    state: item.state,
    dueOn: item.dueOn,
    daysOverdue: item.daysOverdue,
    lastHeldOn: item.lastHeldOn,
    nextPlanned: item.nextPlanned,
    because: describeDue(item, nameOf, (id) => names.get(id) ?? 'a group'),
  }));
}
