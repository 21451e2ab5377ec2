// When a note saves itself while the coach types. The promise in issue 7 is
// that a crash or a kill loses at most the last 2 seconds of typing: a save
// starts 600 ms after the last keystroke (a pause), and while typing goes on
// without a pause, at least every 1.5 s after the first unsaved keystroke,
// which leaves half a second for the save itself to reach the disk.

export const SAVE_AFTER_PAUSE_MS = 600;
export const SAVE_AT_LEAST_EVERY_MS = 1_500;

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Calls `due` once per burst of edits: after a pause, or when the oldest unsaved edit gets too old. */
export class AutosaveClock {
  private pause: unknown = null;
  private deadline: unknown = null;

  constructor(
    private readonly due: () => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /** A keystroke: restart the pause, and start the deadline if this is the first unsaved one. */
  edited(): void {
    if (this.pause !== null) this.timers.clearTimeout(this.pause);
    this.pause = this.timers.setTimeout(() => this.fire(), SAVE_AFTER_PAUSE_MS);
    this.deadline ??= this.timers.setTimeout(() => this.fire(), SAVE_AT_LEAST_EVERY_MS);
  }

  get waiting(): boolean {
    return this.pause !== null;
  }

  /** Nothing is due any more (saved by hand, or the note is being closed). */
  cancel(): void {
    if (this.pause !== null) this.timers.clearTimeout(this.pause);
    if (this.deadline !== null) this.timers.clearTimeout(this.deadline);
    this.pause = null;
    this.deadline = null;
  }

  private fire(): void {
    this.cancel();
    this.due();
  }
}
