import type { PairingRound, PairSession } from '../../shared/between';
import { describeImpossible, isImpossible, planRound, type HeldRound, type PairingRules } from '../domain/between';
import { hasBegun, historyOf, roundGaps, roundMembers, type RoundGap } from '../domain/between/round-gaps';
import type { GroupDoc } from '../store/documents';

// Planning a group's rounds inside one change of its file: every gap between
// meetings still ahead gets a round from the exact planner, each planned round
// becoming history for the next, so a year is planned as it will be held.
// Rounds already begun are history and stay as they are. A round the coach
// swapped by hand is kept unless they ask to replace it.

export interface PlanContext {
  today: string;
  nowIso: string;
  newId: () => string;
  nameOf: (personId: string) => string;
}

export interface PlanResult {
  planned: number;
  kept: number;
  problems: string[];
}

const sameGap = (round: PairingRound, gap: RoundGap): boolean => round.afterMeetingId === gap.afterMeetingId && round.beforeMeetingId === gap.beforeMeetingId;

export const rulesOf = (draft: Pick<GroupDoc, 'between'>): PairingRules => ({
  oddMember: draft.between.pairing.oddMember,
  neverPair: draft.between.pairing.neverPair,
  preferDifferentTeams: draft.between.pairing.preferDifferentTeams,
});

export const teamsOf = (draft: Pick<GroupDoc, 'between'>): Map<string, string> =>
  new Map(draft.between.teams.filter((t) => t.team !== '').map((t) => [t.personId, t.team]));

export function membersOf(draft: Pick<GroupDoc, 'memberships'>) {
  return draft.memberships.map((m) => ({ personId: m.personId, joinedOn: m.joinedOn, leftOn: m.leftOn }));
}

/** A session for a planned group, keeping what was already agreed for the same people in the round it replaces. */
function sessionFor(personIds: string[], replaced: PairingRound | undefined, ctx: PlanContext): PairSession {
  const same = replaced?.sessions.find((s) => s.personIds.length === personIds.length && s.personIds.every((id) => personIds.includes(id)));
  if (same) return same;
  return { id: ctx.newId(), personIds, status: 'planned', agreedTime: null, where: '', updatedAt: ctx.nowIso };
}

/**
 * (Re)plans every gap still ahead, and the current gap when it has no round
 * yet. `from` limits re-planning to rounds starting on or after that day
 * (a member's absence changes that round and those after it, not earlier ones).
 */
export function planAhead(draft: GroupDoc, ctx: PlanContext, options: { replaceHandEdited: boolean; from?: string }): PlanResult {
  const gaps = roundGaps(draft.meetings.map((m) => ({ id: m.id, date: m.date, status: m.status })));
  const startFrom = options.from ?? '';
  const fixed = (r: PairingRound): boolean =>
    hasBegun(r, ctx.today) || r.from < startFrom || (r.handEdited && !options.replaceHandEdited && gaps.some((g) => sameGap(r, g)));
  const kept = draft.pairingRounds.filter(fixed);
  const replaced = draft.pairingRounds.filter((r) => !fixed(r));
  const rules = rulesOf(draft);
  const teams = teamsOf(draft);
  const members = membersOf(draft);
  const rounds: PairingRound[] = [...kept];
  const problems: string[] = [];
  let planned = 0;
  for (const gap of gaps) {
    if (gap.to <= ctx.today || rounds.some((r) => sameGap(r, gap))) continue;
    const previous = replaced.find((r) => sameGap(r, gap));
    const absent = previous?.absent ?? [];
    const history: HeldRound[] = historyOf(rounds.filter((r) => r.from < gap.from));
    const inRound = roundMembers(members, gap, absent, teams);
    if (inRound.length === 0) continue;
    const plan = planRound(inRound, history, rules);
    if (isImpossible(plan)) {
      problems.push(`${gap.from} to ${gap.to}: ${describeImpossible(plan, ctx.nameOf)}`);
      continue;
    }
    rounds.push({
      id: previous?.id ?? ctx.newId(),
      from: gap.from,
      to: gap.to,
      afterMeetingId: gap.afterMeetingId,
      beforeMeetingId: gap.beforeMeetingId,
      absent: [...absent],
      sessions: plan.groups.map((g) => sessionFor(g, previous, ctx)),
      withCoach: plan.withCoach,
      rules: structuredClone(draft.between.pairing),
      handEdited: false,
      createdAt: previous?.createdAt ?? ctx.nowIso,
      updatedAt: ctx.nowIso,
    });
    planned += 1;
  }
  draft.pairingRounds = rounds.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : 1));
  return { planned, kept: kept.filter((r) => !hasBegun(r, ctx.today)).length, problems };
}

/**
 * After members join, leave or are removed: the rounds ahead are planned
 * again for the group as it will be (the coach's hand swaps stay, and so does
 * every round begun). Nothing happens for a group whose rounds were never planned.
 */
export function replanAfterMembersChanged(draft: GroupDoc, ctx: Omit<PlanContext, 'nameOf'>): void {
  if (!draft.pairingRounds.some((r) => !hasBegun(r, ctx.today))) return;
  planAhead(draft, { ...ctx, nameOf: (id) => id }, { replaceHandEdited: false });
}
