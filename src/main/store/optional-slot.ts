import type { z } from 'zod';
import { deepFreeze } from './deep-freeze';
import type { Migration } from './migrations';
import { loadOptionalDoc, writeCheckedDoc } from './optional-file';
import type { NewRecoveryEvent } from './recovery-log';

export interface OptionalSlotContext {
  dataDir: string;
  now: () => Date;
  migrations?: readonly Migration[];
  report: (events: readonly NewRecoveryEvent[]) => Promise<void>;
  /** The store's write queue: every read and write of the file runs in it. */
  run: <T>(task: () => Promise<T>) => Promise<T>;
}

/**
 * One file that exists only once a feature is used (calendar-ledger.json),
 * read on first use with the recovery rules of every file and kept in memory
 * after; forgotten after a restore or reload so it is read again from disk.
 */
export class OptionalDocSlot<D> {
  private current: Readonly<D> | null | undefined = undefined;

  constructor(
    private readonly ctx: OptionalSlotContext,
    private readonly file: string,
    private readonly schema: z.ZodType<D>,
  ) {}

  read(): Promise<Readonly<D> | null> {
    return this.ctx.run(async () => {
      if (this.current === undefined) {
        const loaded = await loadOptionalDoc<D>(this.ctx.dataDir, this.file, this.ctx.now(), this.ctx.migrations);
        if (loaded.event) await this.ctx.report([loaded.event]);
        this.current = loaded.doc ? deepFreeze(loaded.doc) : null;
      }
      return this.current;
    });
  }

  save(doc: D): Promise<Readonly<D>> {
    return this.ctx.run(async () => {
      this.current = deepFreeze(await writeCheckedDoc(this.ctx.dataDir, this.file, this.schema, doc));
      return this.current;
    });
  }

  /** Runs in the queue (after a restore or reload). */
  forget(): void {
    this.current = undefined;
  }
}
