import type { HeldRound } from './pairing-types';

// What the planner needs from the history, indexed once per round by the
// positions of the round's members (sorted ids): for every pair and every
// odd role, the ages of the earlier rounds where it happened (1 = the latest).

export interface HistoryIndex {
  /** The round's member ids, sorted: position i is ids[i]. */
  ids: string[];
  /** Number of earlier rounds. */
  length: number;
  /** ages[i * n + j] (i < j): ages of the rounds where i and j shared a group. */
  pairAges: number[][];
  coachAges: number[][];
  triadAges: number[][];
  /** Everyone in the latest earlier round (any role). */
  lastRound: Set<string>;
}

export function indexHistory(sortedIds: readonly string[], history: readonly HeldRound[]): HistoryIndex {
  const n = sortedIds.length;
  const position = new Map(sortedIds.map((id, i) => [id, i]));
  const pairAges: number[][] = Array.from({ length: n * n }, () => []);
  const coachAges: number[][] = Array.from({ length: n }, () => []);
  const triadAges: number[][] = Array.from({ length: n }, () => []);
  history.forEach((round, index) => {
    const age = history.length - index;
    for (const group of round.groups) {
      const at = group.map((id) => position.get(id)).filter((p): p is number => p !== undefined);
      for (let x = 0; x < at.length; x += 1) {
        for (let y = x + 1; y < at.length; y += 1) {
          const i = Math.min(at[x]!, at[y]!);
          const j = Math.max(at[x]!, at[y]!);
          pairAges[i * n + j]!.push(age);
        }
      }
      if (group.length === 3) for (const p of at) triadAges[p]!.push(age);
    }
    const coach = round.withCoach === null ? undefined : position.get(round.withCoach);
    if (coach !== undefined) coachAges[coach]!.push(age);
  });
  const latest = history[history.length - 1];
  const lastRound = new Set<string>(latest ? [...latest.groups.flat(), ...(latest.withCoach === null ? [] : [latest.withCoach])] : []);
  return { ids: [...sortedIds], length: history.length, pairAges, coachAges, triadAges, lastRound };
}

export function agesOf(index: HistoryIndex, i: number, j: number): number[] {
  const n = index.ids.length;
  return index.pairAges[Math.min(i, j) * n + Math.max(i, j)]!;
}
