import { recencyWeight, worseTier } from './pairing-cost';
import { agesOf, type HistoryIndex } from './pairing-history';
import { searchBest, type SearchResult, type SearchTables } from './pairing-search';
import type { HeldRound, PairReason, PassedOverPartner, PairingMember } from './pairing-types';

// Reasons derived from the costs, so they are true statements about the plan:
// a first pairing really has no earlier round; a repeat names every partner
// each of the two has met less (by the repeats weight) and why that partner
// could not be had: a never-pair rule, absence, or, having priced the best
// grouping that puts them together, a worse cost on a named tier.

export interface ExplainInput {
  members: readonly PairingMember[];
  history: readonly HeldRound[];
  index: HistoryIndex;
  tables: SearchTables;
  result: SearchResult;
  preferDifferentTeams: boolean;
}

export function explainRound({ members, history, index, tables, result, preferDifferentTeams }: ExplainInput): PairReason[] {
  const { ids } = index;
  const n = ids.length;
  const byId = new Map(members.map((m) => [m.personId, m]));
  if (n === 1) return [{ kind: 'only-member', personId: ids[0]! }];
  const groupOf = new Map<number, number[]>();
  for (const g of result.groups) for (const p of g) groupOf.set(p, g);
  const forced = new Map<number, SearchResult | null>();
  const best = (x: number, c: number): SearchResult | null => {
    const key = Math.min(x, c) * n + Math.max(x, c);
    if (!forced.has(key)) forced.set(key, searchBest(tables, [x, c]));
    return forced.get(key)!;
  };
  const absent = [...index.lastRound].filter((id) => !byId.has(id)).sort();
  const H = history.length;
  const weightWithAbsent = (x: string, z: string): number =>
    history.reduce((sum, round, k) => sum + (round.groups.some((g) => g.includes(x) && g.includes(z)) ? recencyWeight(H - k, H) : 0), 0);

  const passedOver = (x: number, y: number): PassedOverPartner[] => {
    const chosen = tables.pairRepeats[Math.min(x, y) * n + Math.max(x, y)]!;
    const out: PassedOverPartner[] = [];
    for (let c = 0; c < n; c += 1) {
      if (c === x || c === y || groupOf.get(c) === groupOf.get(x) || tables.pairRepeats[Math.min(x, c) * n + Math.max(x, c)]! >= chosen) continue;
      const takenBy = (groupOf.get(c) ?? []).filter((p) => p !== c).map((p) => ids[p]!);
      if (!tables.pairOk[Math.min(x, c) * n + Math.max(x, c)]) {
        out.push({ personId: ids[x]!, partnerId: ids[c]!, because: 'never-pair', takenBy, worseOn: null });
        continue;
      }
      const alternative = best(x, c);
      const tier = alternative === null ? null : worseTier(alternative.cost, result.cost);
      const worseOn = alternative === null ? 'no-valid-grouping' : tier === null || tier === 'order' ? 'tie' : tier;
      out.push({ personId: ids[x]!, partnerId: ids[c]!, because: 'taken', takenBy, worseOn });
    }
    for (const z of absent) {
      if (weightWithAbsent(ids[x]!, z) < chosen) out.push({ personId: ids[x]!, partnerId: z, because: 'absent', takenBy: [], worseOn: null });
    }
    return out;
  };

  const reasons: PairReason[] = [];
  for (const group of result.groups) {
    if (group.length === 3) {
      const [a, b, c] = group as [number, number, number];
      reasons.push({
        kind: 'triad',
        personIds: [ids[a]!, ids[b]!, ids[c]!],
        timesBefore: [index.triadAges[a]!.length, index.triadAges[b]!.length, index.triadAges[c]!.length],
      });
    }
    for (let s = 0; s < group.length; s += 1) {
      for (let u = s + 1; u < group.length; u += 1) {
        const x = group[s]!;
        const y = group[u]!;
        const ages = agesOf(index, x, y);
        const personIds = [ids[x]!, ids[y]!] as const;
        if (ages.length === 0) {
          const [p, q] = [byId.get(personIds[0])!, byId.get(personIds[1])!];
          const known = preferDifferentTeams && p.team !== null && q.team !== null;
          reasons.push({ kind: 'first-pairing', personIds, sameTeam: known ? p.team === q.team : null });
        } else {
          reasons.push({ kind: 'repeat', personIds, timesMet: ages.length, lastRoundsAgo: Math.min(...ages), passedOver: [...passedOver(x, y), ...passedOver(y, x)] });
        }
      }
    }
  }
  if (result.coach !== null) {
    const counts = index.coachAges.map((a) => a.length);
    const mine = counts[result.coach]!;
    const ages = index.coachAges[result.coach]!;
    reasons.push({
      kind: 'with-coach',
      personId: ids[result.coach]!,
      timesBefore: mine,
      lastRoundsAgo: ages.length === 0 ? null : Math.min(...ages),
      fewestAmongRound: counts.every((c) => c >= mine),
    });
  }
  return reasons;
}
