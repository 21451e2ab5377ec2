import { describe, expect, it } from 'vitest';
import { pairingMatrix } from '../../../../src/main/domain/between/pairing-matrix';
import type { HeldRound } from '../../../../src/main/domain/between/pairing-types';

const history: HeldRound[] = [
  { groups: [['a', 'b'], ['c', 'd', 'e']], withCoach: null },
  { groups: [['a', 'c'], ['b', 'd']], withCoach: 'e' },
  { groups: [['a', 'b'], ['c', 'e']], withCoach: 'd' },
];

describe('pairingMatrix', () => {
  it('counts pair sessions and shared threes separately, with the last time they met', () => {
    const m = pairingMatrix(history, ['a', 'b', 'c', 'd', 'e']);
    const cell = (x: string, y: string) => m.cells[m.personIds.indexOf(x)]![m.personIds.indexOf(y)]!;
    expect(cell('a', 'b')).toEqual({ asPair: 2, inTriad: 0, lastRoundsAgo: 1 });
    expect(cell('c', 'e')).toEqual({ asPair: 1, inTriad: 1, lastRoundsAgo: 1 });
    expect(cell('d', 'e')).toEqual({ asPair: 0, inTriad: 1, lastRoundsAgo: 3 });
    expect(cell('a', 'e')).toEqual({ asPair: 0, inTriad: 0, lastRoundsAgo: null });
    expect(m.withCoach).toEqual([0, 0, 0, 1, 1]);
    expect(m.triads).toEqual([0, 0, 1, 1, 1]);
  });

  it('is symmetric with an empty diagonal, and keeps the rows in the order asked', () => {
    const m = pairingMatrix(history, ['e', 'a', 'e', 'c', 'zz']);
    expect(m.personIds).toEqual(['e', 'a', 'c', 'zz']);
    m.cells.forEach((row, r) => row.forEach((cell, c) => expect(cell).toEqual(m.cells[c]![r]!)));
    m.cells.forEach((row, r) => expect(row[r]).toEqual({ asPair: 0, inTriad: 0, lastRoundsAgo: null }));
    expect(m.cells[3]!.every((cell) => cell.asPair === 0 && cell.inTriad === 0)).toBe(true);
  });

  it('leaves out people not asked for, whatever they did', () => {
    const m = pairingMatrix(history, ['a', 'b']);
    expect(m.cells).toEqual([
      [{ asPair: 0, inTriad: 0, lastRoundsAgo: null }, { asPair: 2, inTriad: 0, lastRoundsAgo: 1 }],
      [{ asPair: 2, inTriad: 0, lastRoundsAgo: 1 }, { asPair: 0, inTriad: 0, lastRoundsAgo: null }],
    ]);
  });
});
