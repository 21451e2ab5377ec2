import type { ImportScheduler } from '../domain/address-book';

/**
 * Work that may run for a while in the main process (reading a 2 MB address
 * book) gives way after each slice of this many milliseconds, so a click, a
 * save or a window repaint never waits longer than about one slice.
 */
export const SLICE_MS = 8;

/** A scheduler that yields to the event loop (setImmediate) once a slice is used up. */
export function timeSlices(sliceMs = SLICE_MS): ImportScheduler {
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
