/**
 * How a long import shares the main process with everything else it does. The
 * import asks `shouldYield()` between rows and, when told to, awaits
 * `yieldNow()` before going on, so clicks, saves and other calls get their turn
 * while a big file is read. Domain code never reads the clock: the service
 * passes a time-sliced scheduler, tests pass their own.
 */
export interface ImportScheduler {
  shouldYield(): boolean;
  yieldNow(): Promise<void>;
}

/** Runs `each` over the items, giving way whenever the scheduler asks. */
export async function forEachInTurn<T>(
  items: readonly T[],
  scheduler: ImportScheduler,
  each: (item: T, index: number) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    each(items[i] as T, i);
    if (scheduler.shouldYield()) await scheduler.yieldNow();
  }
}
