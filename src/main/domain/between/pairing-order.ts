// The round-robin tie-break. With an even n and no constraints, n - 1 rounds
// can give everyone everyone else exactly once (a 1-factorisation of K_n), but
// choosing each round greedily among the repeat-free pairings can get stuck:
// some early choices leave unmet pairs that no perfect matching can cover.
// So ties are broken toward the circle method's schedule over the round's
// members sorted by id: pair {a, b} belongs to round order(a, b), and a
// pairing's order cost is the sum over its pairs.
//
// Why this always works from an empty history (tested for every even n 2..12):
// if the rounds so far are the schedule's rounds 0..r-1, every unmet pair has
// order >= r, so a repeat-free pairing of n/2 pairs costs at least r * n/2, and
// only the schedule's round r (all pairs of order exactly r) reaches that. By
// induction the planner plays the whole schedule. With odd n, a dummy member
// (index n) stands for "the odd slot" so the same schedule rotates it too.

/** Number of positions in the schedule: n rounded up to even. */
export function scheduleSize(memberCount: number): number {
  return memberCount % 2 === 0 ? memberCount : memberCount + 1;
}

/**
 * The schedule round (0 .. m-2) in which positions a and b meet, where m is
 * scheduleSize(n) and position m-1 is the fixed one of the circle method.
 */
export function roundRobinOrder(a: number, b: number, m: number): number {
  if (m <= 2) return 0;
  const circle = m - 1;
  if (a === circle) return b;
  if (b === circle) return a;
  // a + b = 2r (mod m-1); m/2 is the inverse of 2 modulo the odd m-1.
  return ((a + b) * (m / 2)) % circle;
}
