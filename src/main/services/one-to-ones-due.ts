import type { DueEntry } from '../../shared/contract/one-to-ones';
import { addDaysToDate, todayIn } from '../../shared/calendar/days';
import { formerMemberNames } from '../domain/anonymise';
import { describeNeed, whoIsDue, type DueInput } from '../domain/between/one-to-ones-due';
import type { GroupDoc } from '../store/documents';
import type { ServiceContext } from './context';
import { currentPeople } from './context';

// "Who is due" across every running group: the group files give the cadence,
// members, meetings and 1:1s; the meeting records give the two signals (a goal
// stuck at the member's last check-in, the last meeting missed). A group's
// 1:1s can be with a member in another group too, so each group counts its own.

interface GroupSignals {
  /** Meetings recorded as held, among the years read. */
  held: Set<string>;
  /** Each membership's progress at its latest check-in. */
  lastProgress: Map<string, string>;
  /** Memberships marked absent at the group's latest held meeting. */
  absentLast: Set<string>;
}

/**
 * What the records say about each member lately: their last check-in and the
 * last held meeting. Years are read newest first and only until every member
 * has a check-in (usually one or two), not a decade of records on every call.
 * Meetings before the years read are only ever past, and past meetings count
 * for the cadence by their dates, not by being recorded.
 */
async function latestSignals(ctx: ServiceContext, doc: Readonly<GroupDoc>): Promise<GroupSignals> {
  const signals: GroupSignals = { held: new Set(), lastProgress: new Map(), absentLast: new Set() };
  const years = [...new Set(doc.meetings.map((m) => m.recordsYear))].sort((a, b) => b - a);
  const byId = new Map(doc.meetings.map((m) => [m.id, m]));
  let lastHeldStart = '';
  for (const year of years) {
    const records = [...(await ctx.store.meetingRecords(doc.group.id, year)).records]
      .filter((r) => r.heldAt !== null && byId.has(r.meetingId))
      .sort((a, b) => (byId.get(b.meetingId)!.start < byId.get(a.meetingId)!.start ? -1 : 1));
    for (const r of records) {
      signals.held.add(r.meetingId);
      const start = byId.get(r.meetingId)!.start;
      if (lastHeldStart === '') {
        lastHeldStart = start;
        for (const a of r.attendance) if (a.mark === 'absent') signals.absentLast.add(a.membershipId);
      }
      for (const c of r.checkIns) if (!signals.lastProgress.has(c.membershipId)) signals.lastProgress.set(c.membershipId, c.progress);
    }
    // Done once every member has a check-in, or the years left are before they joined.
    if (lastHeldStart !== '' && doc.memberships.every((m) => signals.lastProgress.has(m.id) || Number(m.joinedOn.slice(0, 4)) >= year)) break;
  }
  return signals;
}

export async function dueEntries(ctx: ServiceContext): Promise<DueEntry[]> {
  const today = todayIn(ctx.store.index().settings.coachTimeZone, ctx.now());
  const people = currentPeople(ctx);
  const input: DueInput = { today, groups: [], members: [], oneToOnes: [], signals: [] };
  const names = new Map<string, string>();
  for (const doc of ctx.store.groups()) {
    if (doc.group.archivedAt !== null) continue;
    const groupId = doc.group.id;
    names.set(groupId, doc.group.name);
    const signals = await latestSignals(ctx, doc);
    input.groups.push({
      groupId,
      cadence: doc.between.oneToOneCadence,
      archived: false,
      meetings: doc.meetings.map((m) => ({ id: m.id, date: m.date, status: m.status === 'cancelled' ? 'cancelled' : signals.held.has(m.id) ? 'held' : 'planned' })),
    });
    for (const m of doc.memberships) {
      input.members.push({ personId: m.personId, groupId, joinedOn: m.joinedOn, leftOn: m.leftOn });
      input.signals.push({ personId: m.personId, groupId, goalStuck: signals.lastProgress.get(m.id) === 'stuck', missedLastMeeting: signals.absentLast.has(m.id) });
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
    because: describeNeed(item),
  }));
}
