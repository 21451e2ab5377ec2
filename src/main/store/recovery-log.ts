import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { RecoveryEvent } from '../../shared/views';
import { readEntry, writeFileDurable } from './durable-fs';
import { setAside } from './quarantine';

/**
 * What recovery did to this folder, kept until the coach has read it. A
 * notice shown once and gone at the next start is too easy to miss when a
 * group was set aside, so every event stays "pending" across starts until it
 * is acknowledged. The log describes the folder, not the coach's records: it
 * is neither backed up nor restored (a restore must not bring back notices
 * already read, nor hide new ones).
 */
export const RECOVERY_LOG = 'recovery-log.json';
/** Acknowledged events kept for reference; pending ones are never dropped. */
const KEEP_ACKNOWLEDGED = 100;

const EventSchema = z.strictObject({
  id: z.string().min(1).max(100),
  occurredAt: z.iso.datetime({ offset: false }),
  kind: z.enum(['file-restored', 'file-set-aside', 'entry-set-aside', 'restore-finished', 'restore-rolled-back', 'restore-unresolved']),
  file: z.string().max(500),
  problem: z.string().max(2000),
  restoredFrom: z.string().max(100).nullable(),
  keptAs: z.string().max(500),
  acknowledgedAt: z.iso.datetime({ offset: false }).nullable(),
});
const LogSchema = z.strictObject({ formatVersion: z.literal(1), events: z.array(EventSchema) });
type LoggedEvent = z.infer<typeof EventSchema>;

export type NewRecoveryEvent = Omit<RecoveryEvent, 'id' | 'occurredAt'>;

export class RecoveryLog {
  private constructor(
    private readonly file: string,
    private events: LoggedEvent[],
  ) {}

  /**
   * Reads the log; a damaged one is set aside (it is only notices) and the
   * fact becomes the first event of a fresh log, so nothing vanishes unsaid.
   */
  static async open(dataDir: string, now: Date): Promise<{ log: RecoveryLog; setAside: NewRecoveryEvent | null }> {
    const file = path.join(dataDir, RECOVERY_LOG);
    const entry = await readEntry(file);
    if (entry.kind === 'missing') return { log: new RecoveryLog(file, []), setAside: null };
    if (entry.kind === 'file') {
      try {
        const parsed = LogSchema.safeParse(JSON.parse(entry.bytes.toString('utf8')));
        if (parsed.success) return { log: new RecoveryLog(file, parsed.data.events), setAside: null };
      } catch {
        // damaged: set aside below
      }
    }
    const keptAs = await setAside(dataDir, RECOVERY_LOG, now);
    return {
      log: new RecoveryLog(file, []),
      setAside: {
        kind: 'entry-set-aside',
        file: RECOVERY_LOG,
        problem: 'The list of earlier repair notices was damaged, so notices you had not yet read may be missing.',
        restoredFrom: null,
        keptAs,
      },
    };
  }

  /** Events not yet acknowledged, oldest first. */
  pending(): RecoveryEvent[] {
    return this.events.filter((e) => e.acknowledgedAt === null).map(({ acknowledgedAt: _a, ...event }) => event);
  }

  async append(events: readonly NewRecoveryEvent[], now: Date): Promise<void> {
    if (events.length === 0) return;
    const at = now.toISOString();
    await this.save([...this.events, ...events.map((e) => ({ ...e, id: randomUUID(), occurredAt: at, acknowledgedAt: null }))]);
  }

  /** True when every id names an event of this log (pending or already read). */
  knows(ids: readonly string[]): boolean {
    const known = new Set(this.events.map((e) => e.id));
    return ids.every((id) => known.has(id));
  }

  /** Marks the given pending events as read; returns how many were (already read ones count 0). */
  async acknowledge(ids: readonly string[], now: Date): Promise<number> {
    const wanted = new Set(ids);
    let count = 0;
    const next = this.events.map((e) => {
      if (e.acknowledgedAt !== null || !wanted.has(e.id)) return e;
      count += 1;
      return { ...e, acknowledgedAt: now.toISOString() };
    });
    if (count > 0) await this.save(next);
    return count;
  }

  private async save(events: LoggedEvent[]): Promise<void> {
    const acknowledged = events.filter((e) => e.acknowledgedAt !== null);
    const dropped = new Set(acknowledged.slice(0, Math.max(0, acknowledged.length - KEEP_ACKNOWLEDGED)).map((e) => e.id));
    const kept = events.filter((e) => !dropped.has(e.id));
    await writeFileDurable(this.file, JSON.stringify({ formatVersion: 1, events: kept }));
    this.events = kept;
  }
}
