import path from 'node:path';
import { Low } from 'lowdb';
import type { BackupInfo, BackupList, BackupProblem, RecoveryEvent } from '../../shared/views';
import { createBackup, listBackupManifests, listBackups, newestBackupMatches, pruneBackups, toBackupInfo } from './backups';
import { applyChange } from './apply-change';
import { deepFreeze } from './deep-freeze';
import { GroupDocSchema, IndexDocSchema, MeetingRecordsDocSchema, type GroupDoc, type IndexDoc, type MeetingRecordsDoc } from './documents';
import { DurableJsonAdapter } from './durable-adapter';
import { describeFsError, entryKind, removeFileDurable } from './durable-fs';
import { InvalidDocumentError, StoreError } from './errors';
import type { FolderLock } from './folder-lock';
import { INDEX_FILE, absolute, groupFile, listMeetingRecordsFiles, meetingRecordsFile, recordsFileParts } from './layout';
import type { Migration } from './migrations';
import { tightenArchiveModes } from './prepare-folder';
import { applyRepairs, planDataFolder, type FolderPlan } from './recovery';
import { repairEvents } from './recovery-events';
import type { RecoveryLog } from './recovery-log';
import { ensureRecordsFolder, loadMeetingRecords, markRecordsDeleted, removeMarkedRecords } from './records-loader';
import { readBackupContents, restoreJournalled } from './restore';
import { readRestoreJournal } from './restore-journal';
import { groupKind, indexKind, kindOfFile, meetingRecordsKind } from './kinds';
import { SerialQueue } from './serial-queue';
import type { DataStore } from './types';
import type { ValidatedDigests } from './validated-digests';
import type { VaultHeaderDoc } from './vault-header-doc';
import { loadVaultHeader, writeVaultHeader } from './vault-header-file';

interface Slot<T> {
  low: Low<T>;
  adapter: DurableJsonAdapter<T>;
}

function openSlot<T>(file: string, doc: T): Slot<T> {
  const adapter = new DurableJsonAdapter<T>(file);
  return { adapter, low: new Low<T>(adapter, deepFreeze(doc)) };
}

export interface StoreContext {
  dataDir: string;
  lock: FolderLock;
  now: () => Date;
  migrations?: readonly Migration[];
  /** Bytes this build validated, so the next open can skip checking them again. */
  digests?: ValidatedDigests;
  onBackgroundError: (error: unknown) => void;
}

/** How long after the last change the record of validated bytes is written (it is a cache: losing it costs a slower open). */
const DIGESTS_SAVE_DELAY_MS = 2000;

/**
 * The open data folder. Everything that changes disk goes through one serial
 * queue; reads come straight from memory. See types.ts for the contract.
 */
export class JsonStore implements DataStore {
  readonly dataDir: string;
  /** Files that were read at an older schema version and rewritten after the start backup. */
  readonly migrated: readonly string[];
  private readonly queue = new SerialQueue();
  private indexSlot: Slot<IndexDoc>;
  private readonly groupSlots = new Map<string, Slot<GroupDoc>>();
  /** Years of meeting records read so far, by file; `onDisk` false for a year with nothing recorded yet. */
  private readonly recordSlots = new Map<string, Slot<MeetingRecordsDoc> & { onDisk: boolean; migrated: boolean }>();
  /** The vault header as last read or written; undefined until first asked for (and again after a restore). */
  private vaultHeaderRead: Readonly<VaultHeaderDoc> | null | undefined = undefined;
  private timer: NodeJS.Timeout | null = null;
  private digestsTimer: NodeJS.Timeout | null = null;
  private closing: Promise<void> | null = null;
  private lastBackupProblem: BackupProblem | null = null;
  /** Set when a restore could be neither finished nor undone; every later change is refused with it. */
  private halted: StoreError | null = null;

  constructor(
    private readonly ctx: StoreContext,
    plan: FolderPlan,
    private readonly log: RecoveryLog,
  ) {
    this.dataDir = ctx.dataDir;
    this.migrated = deepFreeze([...plan.migrated]);
    this.indexSlot = openSlot(absolute(ctx.dataDir, INDEX_FILE), plan.index);
    try {
      for (const [id, doc] of plan.groups) this.groupSlots.set(id, openSlot(absolute(ctx.dataDir, groupFile(id)), doc));
    } catch (err) {
      void this.closeAdapters();
      throw err;
    }
  }

  /** Repairs the coach has not yet acknowledged, across starts. */
  get recovery(): readonly RecoveryEvent[] {
    return this.log.pending();
  }

  /** The last background backup's failure, until a backup succeeds again. */
  get backupProblem(): BackupProblem | null {
    return this.lastBackupProblem;
  }

  // ---------- reads ----------

  index(): Readonly<IndexDoc> {
    return this.indexSlot.low.data;
  }

  groupIds(): string[] {
    return [...this.groupSlots.keys()];
  }

  group(id: string): Readonly<GroupDoc> | undefined {
    return this.groupSlots.get(id)?.low.data;
  }

  groups(): Readonly<GroupDoc>[] {
    return [...this.groupSlots.values()].map((s) => s.low.data);
  }

  // ---------- writes ----------

  updateIndex(mutate: (draft: IndexDoc) => void): Promise<IndexDoc> {
    return this.mutation(async () => {
      const next = applyChange(this.indexSlot.low.data, mutate, IndexDocSchema, INDEX_FILE, indexKind.collections);
      return this.commit(this.indexSlot, next);
    });
  }

  createGroup(doc: GroupDoc): Promise<GroupDoc> {
    return this.mutation(async () => {
      const next = applyChange(doc, () => undefined, GroupDocSchema, 'a new group');
      const id = next.group.id;
      const file = absolute(this.dataDir, groupFile(id));
      if (this.groupSlots.has(id) || (await entryKind(file)) !== null) {
        throw new StoreError('group_exists', 'A group with this id already exists.');
      }
      const slot = openSlot(file, next);
      try {
        await this.commit(slot, next);
      } catch (err) {
        await slot.adapter.close();
        throw err;
      }
      this.groupSlots.set(id, slot);
      return slot.low.data;
    });
  }

  updateGroup(id: string, mutate: (draft: GroupDoc) => void): Promise<GroupDoc> {
    return this.mutation(async () => {
      const slot = this.slotOf(id);
      const next = applyChange(slot.low.data, mutate, GroupDocSchema, groupFile(id), groupKind.collections);
      if (next.group.id !== id) throw new InvalidDocumentError(groupFile(id), [{ path: ['group', 'id'], message: 'A group id cannot change' }]);
      return this.commit(slot, next);
    });
  }

  deleteGroup(id: string): Promise<void> {
    return this.mutation(async () => {
      const slot = this.slotOf(id);
      await this.closeRecordSlots((file) => recordsFileParts(file)?.groupId === id);
      // Records are marked first and removed last: a crash in between is settled at the next open.
      const marked = await markRecordsDeleted(this.dataDir, id);
      await removeFileDurable(slot.adapter.filePath);
      this.ctx.digests?.forget(groupFile(id));
      await slot.adapter.close();
      this.groupSlots.delete(id);
      if (marked) await removeMarkedRecords(this.dataDir, marked);
    });
  }

  // ---------- meeting records ----------

  meetingRecords(groupId: string, year: number): Promise<Readonly<MeetingRecordsDoc>> {
    return this.mutation(async () => (await this.recordsSlot(groupId, year)).low.data);
  }

  allMeetingRecords(groupId: string): Promise<Readonly<MeetingRecordsDoc>[]> {
    return this.mutation(async () => {
      this.slotOf(groupId);
      const years = new Set<number>();
      for (const file of await listMeetingRecordsFiles(this.dataDir, groupId)) years.add(recordsFileParts(file)!.year);
      for (const file of this.recordSlots.keys()) {
        const parts = recordsFileParts(file)!;
        if (parts.groupId === groupId && this.recordSlots.get(file)!.onDisk) years.add(parts.year);
      }
      const docs: Readonly<MeetingRecordsDoc>[] = [];
      for (const year of [...years].sort((a, b) => a - b)) {
        const slot = await this.recordsSlot(groupId, year);
        if (slot.onDisk) docs.push(slot.low.data);
      }
      return docs;
    });
  }

  updateMeetingRecords(groupId: string, year: number, mutate: (draft: MeetingRecordsDoc) => void): Promise<MeetingRecordsDoc> {
    return this.mutation(async () => {
      const file = meetingRecordsFile(groupId, year);
      const slot = await this.recordsSlot(groupId, year);
      const next = applyChange(slot.low.data, mutate, MeetingRecordsDocSchema, file, meetingRecordsKind.collections);
      if (next.groupId !== groupId || next.year !== year) {
        throw new InvalidDocumentError(file, [{ path: ['groupId'], message: 'A records file cannot change its group or year' }]);
      }
      if (!slot.onDisk) await ensureRecordsFolder(this.dataDir, groupId);
      const saved = await this.commit(slot, next);
      slot.onDisk = true;
      slot.migrated = false;
      return saved;
    });
  }

  // ---------- vault header ----------

  vaultHeader(): Promise<Readonly<VaultHeaderDoc> | null> {
    return this.mutation(async () => {
      if (this.vaultHeaderRead === undefined) {
        const loaded = await loadVaultHeader(this.dataDir, this.ctx.now(), this.ctx.migrations);
        if (loaded.event) await this.log.append([loaded.event], this.ctx.now());
        this.vaultHeaderRead = loaded.doc ? deepFreeze(loaded.doc) : null;
      }
      return this.vaultHeaderRead;
    });
  }

  saveVaultHeader(doc: VaultHeaderDoc): Promise<Readonly<VaultHeaderDoc>> {
    return this.mutation(async () => {
      const saved = await writeVaultHeader(this.dataDir, doc);
      this.vaultHeaderRead = deepFreeze(saved);
      return this.vaultHeaderRead;
    });
  }

  // ---------- backups ----------

  async listBackups(): Promise<BackupList> {
    const listing = await listBackups(this.dataDir);
    return { backups: listing.manifests.map(toBackupInfo), unreadable: listing.unreadable };
  }

  createBackup(reason: BackupInfo['reason']): Promise<BackupInfo> {
    return this.mutation(() => this.backupNow(reason));
  }

  /** A backup unless the newest one already holds exactly these files; null when skipped. */
  backupIfChanged(reason: 'start' | 'periodic'): Promise<BackupInfo | null> {
    return this.mutation(async () => {
      const [newest] = await listBackupManifests(this.dataDir);
      if (await newestBackupMatches(this.dataDir, newest)) {
        this.lastBackupProblem = null;
        return null;
      }
      return this.backupNow(reason);
    });
  }

  restoreBackup(id: string): Promise<void> {
    return this.mutation(async () => {
      // Check the whole backup first: a damaged one is refused before anything changes.
      const contents = await readBackupContents(this.dataDir, id, this.ctx.migrations);
      const safety = await createBackup(this.dataDir, 'before-restore', this.ctx.now());
      const shownBefore = new Map([...this.groupSlots].map(([gid, slot]) => [gid, slot.low.data]));
      await this.closeGroupAdapters();
      // Records (and the vault header) are read again from the restored files when next needed.
      await this.closeRecordSlots(() => true);
      this.vaultHeaderRead = undefined;
      try {
        await restoreJournalled(this.dataDir, contents, safety, this.ctx.now(), this.ctx.migrations);
      } catch (err) {
        if (await readRestoreJournal(this.dataDir).catch(() => 'damaged' as const)) {
          // Neither finished nor undone: the files are a mix that only the next open can settle. Writing on top
          // of it would be lost when that open finishes the restore, so nothing more is accepted until then.
          this.halted = new StoreError(
            'store_unavailable',
            `Circlekeeper could not finish restoring the backup (${describeFsError(err)}). ` +
              'Please restart Circlekeeper: it completes the restore when it starts. What the restore replaces was saved as a backup first.',
          );
          // Meanwhile the window goes on showing what it showed before (read-only).
          for (const [gid, doc] of shownBefore) this.groupSlots.set(gid, openSlot(absolute(this.dataDir, groupFile(gid)), doc));
          throw this.halted;
        }
        // The earlier state was put back: show what is on disk, never a mix of memory and disk.
        await this.reloadFromDisk();
        throw err;
      }
      this.indexSlot.low.data = deepFreeze(contents.index.doc);
      for (const g of contents.groups) {
        this.groupSlots.set(g.doc.group.id, openSlot(absolute(this.dataDir, g.file), g.doc));
      }
      // Restored files from an older format are brought up to date like at open.
      if (contents.index.migrated) await this.commit(this.indexSlot, contents.index.doc);
      for (const g of contents.groups) {
        if (g.migrated) await this.commit(this.slotOf(g.doc.group.id), g.doc);
      }
      // Records files are brought up to date when next read and changed, like after any open.
    });
  }

  /** Marks recovery notices as read; they stop showing at the next look. Refuses ids it never gave out. */
  acknowledgeRecovery(ids: readonly string[]): Promise<number> {
    return this.mutation(async () => {
      if (!this.log.knows(ids)) throw new StoreError('unknown_notice', 'Those notices could not be found. They may have been read already.');
      return this.log.acknowledge(ids, this.ctx.now());
    });
  }

  // ---------- lifecycle ----------

  /** Runs the periodic backup every `intervalMs`; the timer never keeps the process alive. */
  startBackupTimer(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.backupIfChanged('periodic').catch((err: unknown) => this.backgroundBackupFailed('periodic', err));
    }, intervalMs);
    this.timer.unref();
  }

  /**
   * The work queued at open, ahead of any write from the app: a 'start' backup
   * of the files as found, then (only if that backup succeeded) the rewrite of
   * files migrated from an older format, or of a brand-new index.
   */
  queueStartup(files: readonly string[], takeBackup: boolean): Promise<void> {
    const tightened = this.mutation(() => tightenArchiveModes(this.dataDir)).catch((err: unknown) =>
      this.reportBackgroundError(err),
    );
    const backedUp = takeBackup
      ? this.backupIfChanged('start').then(
          () => true,
          (err: unknown) => {
            this.backgroundBackupFailed('start', err);
            return false;
          },
        )
      : Promise.resolve(true);
    return this.mutation(async () => {
      await tightened;
      if (!(await backedUp)) return;
      for (const file of files) {
        if (file === INDEX_FILE) await this.commit(this.indexSlot, this.indexSlot.low.data);
        const slot = [...this.groupSlots.values()].find((s) => s.adapter.filePath === absolute(this.dataDir, file));
        if (slot) await this.commit(slot, slot.low.data);
      }
    });
  }

  reportBackgroundError(err: unknown): void {
    if (!this.closing) this.ctx.onBackgroundError(err);
  }

  /** Remembered for the window to show, and logged; the coach must not find out only when they need a backup. */
  private backgroundBackupFailed(reason: 'start' | 'periodic', err: unknown): void {
    if (this.closing) return;
    const when = reason === 'start' ? 'The backup Circlekeeper takes at start' : 'The hourly backup';
    const why = (err instanceof StoreError ? err.message : describeFsError(err)).replace(/\.$/, '');
    this.lastBackupProblem = { failedAt: this.ctx.now().toISOString(), reason, message: `${when} could not be written: ${why}.` };
    this.ctx.onBackgroundError(err);
  }

  async flush(): Promise<void> {
    await this.queue.idle();
    await Promise.all([
      this.indexSlot.adapter.flush(),
      ...[...this.groupSlots.values()].map((s) => s.adapter.flush()),
      ...[...this.recordSlots.values()].map((s) => s.adapter.flush()),
    ]);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.timer) clearInterval(this.timer);
      if (this.digestsTimer) clearTimeout(this.digestsTimer);
      await this.queue.idle();
      await this.ctx.digests?.save().catch(() => undefined);
      await this.closeAdapters();
      await this.ctx.lock.release();
    })();
    return this.closing;
  }

  // ---------- internals ----------

  private mutation<T>(task: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new StoreError('store_closed', 'The data folder has been closed.'));
    return this.queue.run(() => (this.halted ? Promise.reject(this.halted) : task()));
  }

  private slotOf(id: string): Slot<GroupDoc> {
    const slot = this.groupSlots.get(id);
    if (!slot) throw new StoreError('unknown_group', 'That group could not be found. It may have been deleted.');
    return slot;
  }

  /** The slot of one year of records, read (and repaired if need be) on first use. Runs inside the queue. */
  private async recordsSlot(groupId: string, year: number): Promise<Slot<MeetingRecordsDoc> & { onDisk: boolean; migrated: boolean }> {
    this.slotOf(groupId);
    if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new StoreError('invalid_document', `There are no meeting records for the year ${year}.`);
    const file = meetingRecordsFile(groupId, year);
    const known = this.recordSlots.get(file);
    if (known) return known;
    const loaded = await loadMeetingRecords(this.dataDir, groupId, year, this.ctx.now(), this.ctx.migrations);
    if (loaded.event) await this.log.append([loaded.event], this.ctx.now());
    const slot = { ...openSlot(absolute(this.dataDir, file), loaded.doc), onDisk: loaded.onDisk, migrated: loaded.migrated };
    this.recordSlots.set(file, slot);
    return slot;
  }

  private async closeRecordSlots(which: (file: string) => boolean): Promise<void> {
    const closing = [...this.recordSlots].filter(([file]) => which(file));
    for (const [file] of closing) this.recordSlots.delete(file);
    await Promise.all(closing.map(([, slot]) => slot.adapter.close()));
  }

  /** Durable write first, memory second: a failed write leaves memory as it was. */
  private async commit<T>(slot: Slot<T>, next: T): Promise<T> {
    const bytes = JSON.stringify(next);
    await slot.adapter.writeSerialized(bytes);
    slot.low.data = deepFreeze(next);
    this.rememberValidated(slot.adapter.filePath, bytes);
    return slot.low.data;
  }

  /** Every committed document passed its schema: its bytes need no second check at the next open. */
  private rememberValidated(filePath: string, bytes: string): void {
    const digests = this.ctx.digests;
    if (!digests) return;
    const relative = path.relative(this.dataDir, filePath).split(path.sep).join('/');
    if (!kindOfFile(relative)?.readAtOpen) return;
    digests.record(relative, bytes);
    if (this.digestsTimer || this.closing) return;
    this.digestsTimer = setTimeout(() => {
      this.digestsTimer = null;
      this.mutation(() => digests.save()).catch(() => undefined);
    }, DIGESTS_SAVE_DELAY_MS);
    this.digestsTimer.unref();
  }

  private async backupNow(reason: BackupInfo['reason']): Promise<BackupInfo> {
    const manifest = await createBackup(this.dataDir, reason, this.ctx.now());
    this.lastBackupProblem = null;
    // Days and weeks of the retention rule are the coach's own calendar days. Pruning is housekeeping:
    // the backup exists whatever happens here, and a removal cut short is finished at the next open.
    await pruneBackups(this.dataDir, this.ctx.now(), this.indexSlot.low.data.settings.coachTimeZone).catch((err: unknown) =>
      this.reportBackgroundError(err),
    );
    return toBackupInfo(manifest);
  }

  private async reloadFromDisk(): Promise<void> {
    const plan = await planDataFolder(this.dataDir, {
      defaultTimeZone: this.indexSlot.low.data.settings.coachTimeZone,
      ...(this.ctx.migrations ? { migrations: this.ctx.migrations } : {}),
    });
    const applied = await applyRepairs(this.dataDir, plan, this.ctx.now());
    await this.log.append(repairEvents(applied), this.ctx.now());
    await this.closeGroupAdapters();
    await this.closeRecordSlots(() => true);
    this.vaultHeaderRead = undefined;
    this.indexSlot.low.data = deepFreeze(plan.index);
    for (const [id, doc] of plan.groups) this.groupSlots.set(id, openSlot(absolute(this.dataDir, groupFile(id)), doc));
  }

  private async closeGroupAdapters(): Promise<void> {
    const slots = [...this.groupSlots.values()];
    this.groupSlots.clear();
    await Promise.all(slots.map((s) => s.adapter.close()));
  }

  private async closeAdapters(): Promise<void> {
    await this.closeRecordSlots(() => true);
    await this.closeGroupAdapters();
    await this.indexSlot.adapter.close();
  }
}
