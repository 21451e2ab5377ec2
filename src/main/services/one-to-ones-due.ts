import type { DueEntry, MemberOneToOneRow } from '../../shared/contract/one-to-ones';
import { addDaysToDate, todayIn } from '../../shared/calendar/days';
import { formerMemberNames } from '../domain/anonymise';
import { describeMember, oneToOnesByMember } from '../domain/between/one-to-ones-by-member';
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

/**
 * One group's part of the "who is due" input. Without `signals` the meetings count as planned
 * unless cancelled (all the cadence needs) and nobody's goal or attendance is flagged.
 */
function addGroup(input: DueInput, doc: Readonly<GroupDoc>, today: string, signals: GroupSignals | null): void {
  const groupId = doc.group.id;
  input.groups.push({
    groupId,
    cadence: doc.between.oneToOneCadence,
    archived: doc.group.archivedAt !== null,
    meetings: doc.meetings.map((m) => ({ id: m.id, date: m.date, status: m.status === 'cancelled' ? 'cancelled' : signals?.held.has(m.id) ? 'held' : 'planned' })),
  });
  for (const m of doc.memberships) {
    input.members.push({ personId: m.personId, groupId, joinedOn: m.joinedOn, leftOn: m.leftOn });
    if (signals !== null) input.signals.push({ personId: m.personId, groupId, goalStuck: signals.lastProgress.get(m.id) === 'stuck', missedLastMeeting: signals.absentLast.has(m.id) });
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

const coachToday = (ctx: ServiceContext): string => todayIn(ctx.store.index().settings.coachTimeZone, ctx.now());

/** Names of current people, then of members anonymised in these groups. */
function namesOf(ctx: ServiceContext, docs: readonly Readonly<GroupDoc>[]): (personId: string) => string {
  const people = currentPeople(ctx);
  const former = new Map<string, string>();
  for (const doc of docs) for (const [id, name] of formerMemberNames(doc.anonymisedMembers)) former.set(id, name);
  return (personId) => people.get(personId)?.name ?? former.get(personId) ?? 'Former member';
}

export async function dueEntries(ctx: ServiceContext): Promise<DueEntry[]> {
  const today = coachToday(ctx);
  const input: DueInput = { today, groups: [], members: [], oneToOnes: [], signals: [] };
  const names = new Map<string, string>();
  for (const doc of ctx.store.groups()) {
    if (doc.group.archivedAt !== null) continue;
    names.set(doc.group.id, doc.group.name);
    addGroup(input, doc, today, await latestSignals(ctx, doc));
  }
  const nameOf = namesOf(ctx, ctx.store.groups());
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

/** The "1:1s by member" rows of one group: its current members by name. Archived groups are counted like running ones. */
export function memberRows(ctx: ServiceContext, doc: Readonly<GroupDoc>): MemberOneToOneRow[] {
  const today = coachToday(ctx);
  const input: DueInput = { today, groups: [], members: [], oneToOnes: [], signals: [] };
  addGroup(input, doc, today, null);
  const people = currentPeople(ctx);
  const nameOf = namesOf(ctx, [doc]);
  const coachZone = ctx.store.index().settings.coachTimeZone;
  const times = new Map(doc.oneToOnes.map((o) => [o.id, o.startTime]));
  return oneToOnesByMember(input, doc.group.id)
    .map((entry) => ({
      personId: entry.personId,
      personName: nameOf(entry.personId),
      timeZone: people.get(entry.personId)?.timeZone ?? coachZone,
      lastHeldOn: entry.lastHeldOn,
      nextPlanned: entry.nextPlanned === null ? null : { ...entry.nextPlanned, time: times.get(entry.nextPlanned.id) ?? null },
      unrecordedOn: entry.unrecordedOn,
      status: entry.status,
      because: describeMember(entry),
    }))
    .sort((a, b) => a.personName.localeCompare(b.personName) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}
