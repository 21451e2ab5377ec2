import path from 'node:path';
import { kindOfFile } from './kinds';
import type { ValidatedDigests } from './validated-digests';

/** How long after the last change the record of validated bytes is written (it is a cache: losing it costs a slower open). */
const DIGESTS_SAVE_DELAY_MS = 2000;

/**
 * Every committed document passed its schema, so its bytes need no second
 * check at the next open (validated-digests.ts). This notes the bytes of each
 * commit of a kind read at open, and writes the record a little after the last
 * change, through `schedule` (the store's write queue), never on the save path.
 */
export class ValidatedRecorder {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly dataDir: string,
    private readonly digests: ValidatedDigests | undefined,
    private readonly schedule: (task: () => Promise<void>) => Promise<void>,
  ) {}

  remember(filePath: string, bytes: string | Uint8Array): void {
    const digests = this.digests;
    if (!digests) return;
    const relative = path.relative(this.dataDir, filePath).split(path.sep).join('/');
    if (!kindOfFile(relative)?.readAtOpen) return;
    digests.recordLater(relative, bytes);
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.schedule(() => digests.save()).catch(() => undefined);
    }, DIGESTS_SAVE_DELAY_MS);
    this.timer.unref();
  }

  forget(relative: string): void {
    this.digests?.forget(relative);
  }

  /** Writes a record still waiting for its timer now, through the write queue (for the store's flush). */
  async flushPending(): Promise<void> {
    const digests = this.digests;
    if (!digests || !this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    await this.schedule(() => digests.save());
  }

  /** No more timed saves; the caller saves what is left when it closes. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Writes what was noted since the last save (at close). */
  save(): Promise<void> {
    return this.digests?.save() ?? Promise.resolve();
  }
}
