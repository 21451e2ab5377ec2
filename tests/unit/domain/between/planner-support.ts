import { type planRounds } from '../../../../src/main/domain/between/pairing-planner';
import { isImpossible, type HeldRound, type PairingMember, type PairingRules, type RoundPlan } from '../../../../src/main/domain/between/pairing-types';

export const FREE: PairingRules = { neverPair: [], preferDifferentTeams: false, oddMember: 'triad' };

export const people = (n: number, prefix = 'p'): PairingMember[] =>
  Array.from({ length: n }, (_, i) => ({ personId: `${prefix}${String(i).padStart(2, '0')}`, team: null }));

export function plansOf(results: ReturnType<typeof planRounds>): RoundPlan[] {
  return results.map((r) => {
    if (isImpossible(r)) throw new Error(`unexpectedly impossible: ${r.reason}`);
    return r;
  });
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** How often each pair shared a group (pair or three) over the rounds. */
export function meetings(rounds: readonly HeldRound[]): Map<string, number> {
  const met = new Map<string, number>();
  for (const r of rounds) {
    for (const g of r.groups) {
      for (let i = 0; i < g.length; i += 1) for (let j = i + 1; j < g.length; j += 1) met.set(pairKey(g[i]!, g[j]!), (met.get(pairKey(g[i]!, g[j]!)) ?? 0) + 1);
    }
  }
  return met;
}
