import type { MeetingRecordsDoc } from './documents';
import { openSlot, type Slot } from './document-slot';
import { StoreError } from './errors';
import { meetingRecordsKind } from './kinds';
import { absolute, listMeetingRecordsFiles, meetingRecordsFile, recordsFileParts } from './layout';
import type { Migration } from './migrations';
import { loadMeetingRecords } from './records-loader';
import type { RecoveryLog } from './recovery-log';

/** One year of a group's records in memory; `onDisk` false for a year with nothing recorded yet. */
export interface RecordsSlot extends Slot<MeetingRecordsDoc> {
  onDisk: boolean;
  /** Read at an older version: rewritten at its next change. */
  migrated: boolean;
}

export interface RecordsSlotsContext {
  dataDir: string;
  now: () => Date;
  migrations?: readonly Migration[];
  log: RecoveryLog;
}

/**
 * The years of meeting records read so far, by file. Records are not read at
 * open: a year is read (and repaired if need be) the first time it is asked
 * for, then answered from memory. Every method runs inside the store's write
 * queue, so no write can race a first read or its repair.
 */
export class RecordsSlots {
  private readonly slots = new Map<string, RecordsSlot>();

  constructor(private readonly ctx: RecordsSlotsContext) {}

  /** The slot of one year, read on first use. The caller has checked that the group exists. */
  async get(groupId: string, year: number): Promise<RecordsSlot> {
    if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new StoreError('invalid_document', `There are no meeting records for the year ${year}.`);
    const file = meetingRecordsFile(groupId, year);
    const known = this.slots.get(file);
    if (known) return known;
    const loaded = await loadMeetingRecords(this.ctx.dataDir, groupId, year, this.ctx.now(), this.ctx.migrations);
    if (loaded.event) await this.ctx.log.append([loaded.event], this.ctx.now());
    const slot: RecordsSlot = {
      ...openSlot(absolute(this.ctx.dataDir, file), loaded.doc, meetingRecordsKind.collections),
      onDisk: loaded.onDisk,
      migrated: loaded.migrated,
    };
    this.slots.set(file, slot);
    return slot;
  }

  /** Every year of the group that has a file on disk or was written in this session, oldest first. */
  async yearsOnDisk(groupId: string): Promise<number[]> {
    const years = new Set<number>();
    for (const file of await listMeetingRecordsFiles(this.ctx.dataDir, groupId)) years.add(recordsFileParts(file)!.year);
    for (const [file, slot] of this.slots) {
      const parts = recordsFileParts(file)!;
      if (parts.groupId === groupId && slot.onDisk) years.add(parts.year);
    }
    return [...years].sort((a, b) => a - b);
  }

  /** Forgets the years `which` picks (they are read again from disk when next needed), once their writes are done. */
  async close(which: (file: string) => boolean): Promise<void> {
    const closing = [...this.slots].filter(([file]) => which(file));
    for (const [file] of closing) this.slots.delete(file);
    await Promise.all(closing.map(([, slot]) => slot.adapter.close()));
  }

  /** Resolves once every write queued on a records file has settled. */
  flush(): Promise<void> {
    return Promise.all([...this.slots.values()].map((s) => s.adapter.flush())).then(() => undefined);
  }
}
