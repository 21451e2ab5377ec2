/**
 * Work that may run for a while in the main process (walking 30,000 backup
 * files, reading 15,000 notes, a 2 MB address book) gives way after each
 * slice of this many milliseconds, so a click, a save or a window repaint
 * never waits longer than about one slice.
 */
export const SLICE_MS = 8;

export interface TimeSlices {
  shouldYield(): boolean;
  /** Lets the event loop run (setImmediate), then starts a new slice. */
  yieldNow(): Promise<void>;
}

export function timeSlices(sliceMs = SLICE_MS): TimeSlices {
  let sliceStart = performance.now();
  return {
    shouldYield: () => performance.now() - sliceStart >= sliceMs,
    yieldNow: () =>
      new Promise<void>((resolve) => {
        setImmediate(() => {
          sliceStart = performance.now();
          resolve();
        });
      }),
  };
}

/** Yields only when the slice is used up: the common case inside a loop. */
export async function giveWayIfDue(slices: TimeSlices): Promise<void> {
  if (slices.shouldYield()) await slices.yieldNow();
}
