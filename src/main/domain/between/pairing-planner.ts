import { indexHistory } from './pairing-history';
import { explainRound } from './pairing-reasons';
import { buildTables, MAX_ROUND_MEMBERS, searchBest } from './pairing-search';
import { isImpossible, type HeldRound, type PairingImpossible, type PairingMember, type PairingRules, type RoundPlan } from './pairing-types';

// The pairing planner: for one round (the gap between two meetings), the
// optimal grouping of the members active in that period, given every earlier
// round; and for a programme, round after round, each planned round becoming
// history for the next. Held rounds are only ever input: re-planning after a
// membership change is calling planRounds again with the held rounds as
// history and the new member lists for the rounds still to come.

/**
 * Plans one round. `members`: those active and present for the round (absent
 * or on leave: simply left out). `history`: earlier rounds, oldest first.
 * Throws on a person listed twice (a caller's bug, not a coach's situation).
 */
export function planRound(members: readonly PairingMember[], history: readonly HeldRound[], rules: PairingRules): RoundPlan | PairingImpossible {
  const ids = members.map((m) => m.personId).sort();
  if (new Set(ids).size !== ids.length) throw new RangeError('A person is listed twice among the round\'s members.');
  if (ids.length > MAX_ROUND_MEMBERS) return { impossible: true, reason: 'too-many-members', personIds: [] };
  const index = indexHistory(ids, history);
  // A lone member cannot form a triad: whatever the policy, they meet the coach.
  const effective: PairingRules = ids.length === 1 ? { ...rules, oddMember: 'with-coach' } : rules;
  const tables = buildTables(members, index, effective);
  const result = searchBest(tables);
  if (result === null) {
    const present = new Set(ids);
    const ruled = rules.neverPair.filter(([a, b]) => present.has(a) && present.has(b)).flat();
    return { impossible: true, reason: 'never-pair', personIds: [...new Set(ruled)].sort() };
  }
  return {
    groups: result.groups.map((g) => g.map((p) => ids[p]!)),
    withCoach: result.coach === null ? null : ids[result.coach]!,
    cost: result.cost,
    reasons: explainRound({ members, history, index, tables, result, preferDifferentTeams: rules.preferDifferentTeams }),
  };
}

/**
 * Plans several rounds ahead: rounds[r] lists the members of future round r.
 * Each plan joins the history of the next; an impossible round is reported
 * in its place and adds nothing to the history.
 */
export function planRounds(
  rounds: readonly (readonly PairingMember[])[],
  history: readonly HeldRound[],
  rules: PairingRules,
): (RoundPlan | PairingImpossible)[] {
  const running: HeldRound[] = [...history];
  return rounds.map((members) => {
    const plan = planRound(members, running, rules);
    if (!isImpossible(plan)) running.push({ groups: plan.groups, withCoach: plan.withCoach });
    return plan;
  });
}
