import { sameTeam, weightOfAges } from './pairing-cost';
import { agesOf, type HistoryIndex } from './pairing-history';
import { roundRobinOrder, scheduleSize } from './pairing-order';
import type { OddMemberPolicy, PairingCost, PairingMember, PairingRules } from './pairing-types';

// The exact search: a dynamic programme over the set of members still to
// place (a bitmask). The lowest member still unplaced either pairs with a
// later member j, or, while the count left is odd (the odd slot is unused),
// forms the round's triad with j and k, or goes with the coach. Every
// grouping is reached this way exactly once, so the minimum over the subsets
// is the minimum over all groupings: optimal, not a heuristic. Ties keep the
// first option in a fixed order (pairs by j, then triads, then the coach),
// which depends on ids only. 2^n states, so it is exact and quick to ~16.

export const MAX_ROUND_MEMBERS = 16;

export interface SearchTables {
  n: number;
  policy: OddMemberPolicy;
  /** Per pair i*n+j (i < j): allowed (1) or never-pair (0), repeats, same team, order. */
  pairOk: Uint8Array;
  pairRepeats: Float64Array;
  pairTeam: Float64Array;
  pairOrder: Float64Array;
  coachRotation: Float64Array;
  coachOrder: Float64Array;
  triadRotation: Float64Array;
}

export interface SearchResult {
  /** Groups of positions, each ascending, in the order found (by lowest position). */
  groups: number[][];
  coach: number | null;
  cost: PairingCost;
}

export function buildTables(members: readonly PairingMember[], index: HistoryIndex, rules: PairingRules): SearchTables {
  const n = index.ids.length;
  const byId = new Map(members.map((m) => [m.personId, m]));
  const position = new Map(index.ids.map((id, i) => [id, i]));
  const m = scheduleSize(n);
  const H = index.length;
  const t: SearchTables = {
    n,
    policy: rules.oddMember,
    pairOk: new Uint8Array(n * n).fill(1),
    pairRepeats: new Float64Array(n * n),
    pairTeam: new Float64Array(n * n),
    pairOrder: new Float64Array(n * n),
    coachRotation: new Float64Array(n),
    coachOrder: new Float64Array(n),
    triadRotation: new Float64Array(n),
  };
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const at = i * n + j;
      t.pairRepeats[at] = weightOfAges(agesOf(index, i, j), H);
      t.pairTeam[at] = rules.preferDifferentTeams && sameTeam(byId.get(index.ids[i]!)!, byId.get(index.ids[j]!)!) ? 1 : 0;
      t.pairOrder[at] = roundRobinOrder(i, j, m);
    }
    t.coachRotation[i] = weightOfAges(index.coachAges[i]!, H);
    t.coachOrder[i] = roundRobinOrder(i, m - 1, m);
    t.triadRotation[i] = weightOfAges(index.triadAges[i]!, H);
  }
  for (const [a, b] of rules.neverPair) {
    const i = position.get(a);
    const j = position.get(b);
    if (i !== undefined && j !== undefined && i !== j) t.pairOk[Math.min(i, j) * n + Math.max(i, j)] = 0;
  }
  return t;
}

const PAIR = 1;
const TRIAD = 2;
const COACH = 3;

/**
 * The cheapest grouping of everyone, or null if the never-pair rules (or the
 * triad policy with a single member) leave none. `together`: two positions
 * that must share a group, to price an alternative for an explanation.
 */
export function searchBest(t: SearchTables, together: readonly [number, number] | null = null): SearchResult | null {
  const { n } = t;
  const size = 1 << n;
  const done = new Uint8Array(size);
  const rot = new Float64Array(size);
  const rep = new Float64Array(size);
  const team = new Float64Array(size);
  const ord = new Float64Array(size);
  const choice = new Int32Array(size);
  const split = (group: number): boolean => together !== null && ((group >> together[0]) & 1) !== ((group >> together[1]) & 1);

  const solve = (mask: number): boolean => {
    if (mask === 0) return true;
    if (done[mask]) return rot[mask] !== Infinity;
    done[mask] = 1;
    rot[mask] = Infinity;
    const i = 31 - Math.clz32(mask & -mask);
    const rest = mask & ~(1 << i);
    const odd = popcount(mask) % 2 === 1;
    let found = false;
    const consider = (sub: number, r: number, p: number, s: number, o: number, code: number): void => {
      if (!solve(sub)) return;
      const R = r + rot[sub]!;
      const P = p + rep[sub]!;
      const S = s + team[sub]!;
      const O = o + ord[sub]!;
      if (found && !less(R, P, S, O, rot[mask]!, rep[mask]!, team[mask]!, ord[mask]!)) return;
      found = true;
      rot[mask] = R;
      rep[mask] = P;
      team[mask] = S;
      ord[mask] = O;
      choice[mask] = code;
    };
    for (let j = i + 1; j < n; j += 1) {
      if (!((rest >> j) & 1)) continue;
      const ij = i * n + j;
      if (!t.pairOk[ij] || split((1 << i) | (1 << j))) continue;
      consider(rest & ~(1 << j), 0, t.pairRepeats[ij]!, t.pairTeam[ij]!, t.pairOrder[ij]!, PAIR | (j << 2));
    }
    if (odd && t.policy === 'triad') {
      for (let j = i + 1; j < n; j += 1) {
        if (!((rest >> j) & 1) || !t.pairOk[i * n + j]) continue;
        for (let k = j + 1; k < n; k += 1) {
          if (!((rest >> k) & 1) || !t.pairOk[i * n + k] || !t.pairOk[j * n + k]) continue;
          if (split((1 << i) | (1 << j) | (1 << k))) continue;
          const [ij, ik, jk] = [i * n + j, i * n + k, j * n + k];
          consider(
            rest & ~(1 << j) & ~(1 << k),
            t.triadRotation[i]! + t.triadRotation[j]! + t.triadRotation[k]!,
            t.pairRepeats[ij]! + t.pairRepeats[ik]! + t.pairRepeats[jk]!,
            t.pairTeam[ij]! + t.pairTeam[ik]! + t.pairTeam[jk]!,
            t.pairOrder[ij]! + t.pairOrder[ik]! + t.pairOrder[jk]!,
            TRIAD | (j << 2) | (k << 8),
          );
        }
      }
    }
    if (odd && t.policy === 'with-coach' && !split(1 << i)) consider(rest, t.coachRotation[i]!, 0, 0, t.coachOrder[i]!, COACH);
    return found;
  };

  const full = size - 1;
  if (!solve(full)) return null;
  const groups: number[][] = [];
  let coach: number | null = null;
  for (let mask = full; mask !== 0; ) {
    const i = 31 - Math.clz32(mask & -mask);
    const code = choice[mask]!;
    const kind = code & 3;
    const j = (code >> 2) & 63;
    const k = (code >> 8) & 63;
    if (kind === PAIR) groups.push([i, j]);
    if (kind === TRIAD) groups.push([i, j, k]);
    if (kind === COACH) coach = i;
    mask &= ~((1 << i) | (kind === COACH ? 0 : 1 << j) | (kind === TRIAD ? 1 << k : 0));
  }
  return { groups, coach, cost: { rotation: rot[full]!, repeats: rep[full]!, sameTeam: team[full]!, order: ord[full]! } };
}

function less(r: number, p: number, s: number, o: number, R: number, P: number, S: number, O: number): boolean {
  if (r !== R) return r < R;
  if (p !== P) return p < P;
  if (s !== S) return s < S;
  return o < O;
}

function popcount(x: number): number {
  let v = x - ((x >> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >> 2) & 0x33333333);
  return (((v + (v >> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
