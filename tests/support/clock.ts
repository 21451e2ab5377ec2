/** A clock tests can set and move: services read time only through `now`. */
export interface TestClock {
  now: () => Date;
  set(iso: string): void;
  advanceDays(days: number): void;
}

export function fixedClock(iso = '2026-03-15T10:00:00.000Z'): TestClock {
  let current = new Date(iso);
  return {
    now: () => new Date(current.getTime()),
    set(next) {
      current = new Date(next);
    },
    advanceDays(days) {
      current = new Date(current.getTime() + days * 86_400_000);
    },
  };
}

/** Predictable record ids in the shape the contract accepts (UUID-like, lower-case hex). */
export function sequentialIds(prefix = 0): () => string {
  let n = 0;
  return () => {
    n += 1;
    const tail = (prefix * 1_000_000 + n).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${tail}`;
  };
}
