import type { BetweenView, MatrixRow, RoundView } from '../../shared/contract/between';
import type { PairingRound } from '../../shared/between';
import { isCurrentOrUpcomingOn } from '../../shared/calendar/periods';
import { describeRound, isImpossible, pairingMatrix, planRound, type HeldRound, type PairReason } from '../domain/between';
import { hasBegun, historyOf, roundGaps, roundMembers } from '../domain/between/round-gaps';
import type { GroupDoc } from '../store/documents';
import { membersOf, rulesOf, teamsOf } from './between-plan';

// The "Between meetings" tab as main answers it: every round with why it is
// as it is, and the matrix of who has met whom.

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pairsIn(groups: readonly (readonly string[])[]): [string, string][] {
  const out: [string, string][] = [];
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) out.push([g[i]!, g[j]!]);
  return out;
}

/** The facts of a round set by hand (nothing was weighed): who meets for the first time, who again. */
function factsOf(round: PairingRound, history: readonly HeldRound[]): PairReason[] {
  const met = new Map<string, number[]>();
  history.forEach((h, k) => {
    for (const [a, b] of pairsIn(h.groups)) met.set(pairKey(a, b), [...(met.get(pairKey(a, b)) ?? []), history.length - k]);
  });
  return pairsIn(round.sessions.map((s) => s.personIds)).map(([a, b]) => {
    const ages = met.get(pairKey(a, b)) ?? [];
    const personIds: readonly [string, string] = a < b ? [a, b] : [b, a];
    return ages.length === 0
      ? { kind: 'first-pairing', personIds, sameTeam: null }
      : { kind: 'repeat', personIds, timesMet: ages.length, lastRoundsAgo: Math.min(...ages), passedOver: null };
  });
}

const sameGroups = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean =>
  JSON.stringify(a.map((g) => [...g].sort()).sort()) === JSON.stringify(b.map((g) => [...g].sort()).sort());

export function betweenView(doc: Readonly<GroupDoc>, today: string, nameOf: (id: string) => string): BetweenView {
  const rules = rulesOf(doc);
  const teams = teamsOf(doc);
  const members = membersOf(doc);
  const rounds = [...doc.pairingRounds].sort((a, b) => (a.from < b.from ? -1 : 1));
  const views: RoundView[] = rounds.map((round, i) => {
    const history = historyOf(rounds.slice(0, i));
    const groups = round.sessions.map((s) => s.personIds);
    const plan = planRound(roundMembers(members, round, round.absent, teams), history, rules);
    // The planner's own reasons when the round is still its choice; the plain facts once the coach changed it.
    const reasons = !isImpossible(plan) && !round.handEdited && sameGroups(plan.groups, groups) && plan.withCoach === round.withCoach ? plan.reasons : factsOf(round, history);
    const explanation = describeRound({ groups: [], withCoach: null, cost: { rotation: 0, repeats: 0, sameTeam: 0, order: 0 }, reasons }, nameOf);
    if (round.handEdited) explanation.unshift('You changed this round by hand.');
    return {
      id: round.id,
      from: round.from,
      to: round.to,
      afterMeetingId: round.afterMeetingId,
      beforeMeetingId: round.beforeMeetingId,
      state: !hasBegun(round, today) ? 'planned' : round.to > today ? 'under-way' : 'held',
      handEdited: round.handEdited,
      absent: [...round.absent],
      withCoach: round.withCoach,
      sessions: round.sessions.map((s) => structuredClone(s)),
      explanation,
      repeats: reasons.filter((r) => r.kind === 'repeat').length,
    };
  });

  const ids = [...new Set(doc.memberships.map((m) => m.personId))].sort((a, b) => nameOf(a).localeCompare(nameOf(b)) || (a < b ? -1 : 1));
  const heldHistory = historyOf(rounds.filter((r) => hasBegun(r, today)));
  const matrix = pairingMatrix(heldHistory, ids);
  const rows: MatrixRow[] = ids.map((personId, r) => ({
    personId,
    met: ids.map((_, c) => (r === c ? null : (matrix.cells[r]![c]!.asPair + matrix.cells[r]![c]!.inTriad))),
    withCoach: matrix.withCoach[r]!,
    inTriad: matrix.triads[r]!,
  }));
  const gaps = roundGaps(doc.meetings.map((m) => ({ id: m.id, date: m.date, status: m.status })));
  const unplannedGaps = gaps.filter((g) => g.to > today && !rounds.some((r) => r.afterMeetingId === g.afterMeetingId && r.beforeMeetingId === g.beforeMeetingId)).length;
  return {
    groupId: doc.group.id,
    settings: structuredClone(doc.between),
    members: ids.map((personId) => ({
      personId,
      name: nameOf(personId),
      current: doc.memberships.some((m) => m.personId === personId && isCurrentOrUpcomingOn(m, today)),
    })),
    rounds: views,
    matrix: rows,
    unplannedGaps,
  };
}
