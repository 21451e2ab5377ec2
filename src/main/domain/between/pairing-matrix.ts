import type { HeldRound } from './pairing-types';

// Who has met whom how often, from the history: the coach's view of the
// rotation so far. Counts pair sessions and shared triads separately, since a
// triad is a different hour from a one-to-one pair.

export interface MatrixCell {
  asPair: number;
  inTriad: number;
  /** Rounds since they last shared a group (1 = the latest round), or null. */
  lastRoundsAgo: number | null;
}

export interface PairingMatrix {
  /** The rows and columns, in the order asked (duplicates dropped). */
  personIds: string[];
  /** cells[r][c]; the diagonal is all zeros. */
  cells: MatrixCell[][];
  /** Per person: rounds spent with the coach (their 1:1) and in a triad. */
  withCoach: number[];
  triads: number[];
}

export function pairingMatrix(history: readonly HeldRound[], personIds: readonly string[]): PairingMatrix {
  const ids = [...new Set(personIds)];
  const at = new Map(ids.map((id, i) => [id, i]));
  const cells = ids.map(() => ids.map((): MatrixCell => ({ asPair: 0, inTriad: 0, lastRoundsAgo: null })));
  const withCoach = ids.map(() => 0);
  const triads = ids.map(() => 0);
  history.forEach((round, index) => {
    const age = history.length - index;
    for (const group of round.groups) {
      const rows = group.map((id) => at.get(id)).filter((r): r is number => r !== undefined);
      if (group.length === 3) for (const r of rows) triads[r]! += 1;
      for (const r of rows) {
        for (const c of rows) {
          if (r === c) continue;
          const cell = cells[r]![c]!;
          if (group.length === 3) cell.inTriad += 1;
          else cell.asPair += 1;
          cell.lastRoundsAgo = age;
        }
      }
    }
    const coach = round.withCoach === null ? undefined : at.get(round.withCoach);
    if (coach !== undefined) withCoach[coach]! += 1;
  });
  return { personIds: ids, cells, withCoach, triads };
}
