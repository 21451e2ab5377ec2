import type { BackupInfo, BackupList, BackupProblem, RecoveryEvent } from '../../shared/views';
import { StoreBackups } from './background-backups';
import { createBackup, listBackups, toBackupInfo } from './backups';
import { applyChange } from './apply-change';
import { deepFreeze } from './deep-freeze';
import { commitSlot, openSlot, type Slot } from './document-slot';
import { GroupDocSchema, IndexDocSchema, MeetingRecordsDocSchema, type GroupDoc, type IndexDoc, type MeetingRecordsDoc } from './documents';
import { describeFsError, entryKind, removeFileDurable } from './durable-fs';
import { InvalidDocumentError, StoreError } from './errors';
import type { FolderLock } from './folder-lock';
import { INDEX_FILE, absolute, groupFile, meetingRecordsFile, recordsFileParts } from './layout';
import type { Migration } from './migrations';
import { tightenArchiveModes } from './prepare-folder';
import { applyRepairs, planDataFolder, type FolderPlan } from './recovery';
import { repairEvents } from './recovery-events';
import type { RecoveryLog } from './recovery-log';
import { ensureRecordsFolder, markRecordsDeleted, removeMarkedRecords } from './records-loader';
import { RecordsSlots } from './records-slots';
import { readBackupContents, restoreJournalled } from './restore';
import { readRestoreJournal } from './restore-journal';
import { groupKind, indexKind, meetingRecordsKind } from './kinds';
import { GroupSlots } from './group-slots';
import { SerialQueue } from './serial-queue';
import type { DataStore } from './types';
import type { ValidatedDigests } from './validated-digests';
import { ValidatedRecorder } from './validated-recorder';
import type { VaultHeaderDoc } from './vault-header-doc';
import { ConfidentialShelf, type NoteStore } from './confidential-shelf';
import { CALENDAR_LEDGER_FILE, CalendarLedgerDocSchema, type CalendarLedgerDoc } from './calendar-ledger-doc';
import { OptionalDocSlot } from './optional-slot';

const openIndexSlot = (dataDir: string, doc: IndexDoc): Slot<IndexDoc> => openSlot(absolute(dataDir, INDEX_FILE), doc, indexKind.collections);

export interface StoreContext {
  dataDir: string;
  lock: FolderLock;
  now: () => Date;
  migrations?: readonly Migration[];
  /** Bytes this build validated, so the next open can skip checking them again. */
  digests?: ValidatedDigests;
  onBackgroundError: (error: unknown) => void;
}

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
  private readonly groupSlots: GroupSlots;
  private readonly records: RecordsSlots;
  private readonly validated: ValidatedRecorder;
  private readonly backups: StoreBackups;
  private readonly shelf: ConfidentialShelf;
  private readonly ledger: OptionalDocSlot<CalendarLedgerDoc>;
  readonly notes: NoteStore;
  private closing: Promise<void> | null = null;
  /** Set when a restore could be neither finished nor undone; every later change is refused with it. */
  private halted: StoreError | null = null;

  constructor(
    private readonly ctx: StoreContext,
    plan: FolderPlan,
    private readonly log: RecoveryLog,
  ) {
    this.dataDir = ctx.dataDir;
    this.groupSlots = new GroupSlots(ctx.dataDir);
    this.migrated = deepFreeze([...plan.migrated]);
    this.records = new RecordsSlots({ dataDir: ctx.dataDir, now: ctx.now, log, ...(ctx.migrations ? { migrations: ctx.migrations } : {}) });
    this.validated = new ValidatedRecorder(ctx.dataDir, ctx.digests, (task) => this.mutation(task));
    this.shelf = new ConfidentialShelf({
      dataDir: ctx.dataDir,
      now: ctx.now,
      ...(ctx.migrations ? { migrations: ctx.migrations } : {}),
      report: (events) => log.append(events, ctx.now()),
      run: (task) => this.mutation(task),
      onBackgroundError: (err) => this.reportBackgroundError(err),
    });
    this.notes = this.shelf.notes;
    this.ledger = new OptionalDocSlot(
      { dataDir: ctx.dataDir, now: ctx.now, ...(ctx.migrations ? { migrations: ctx.migrations } : {}), report: (events) => log.append(events, ctx.now()), run: (task) => this.mutation(task) },
      CALENDAR_LEDGER_FILE,
      CalendarLedgerDocSchema,
    );
    this.backups = new StoreBackups({
      dataDir: ctx.dataDir,
      now: ctx.now,
      coachTimeZone: () => this.indexSlot.low.data.settings.coachTimeZone,
      schedule: (task) => this.mutation(task),
      notes: () => this.shelf.noteFiles.entries(),
      pinNotes: () => this.shelf.noteFiles.pin(),
      closing: () => this.closing !== null,
      onBackgroundError: ctx.onBackgroundError,
    });
    this.indexSlot = openIndexSlot(ctx.dataDir, plan.index);
    try {
      this.groupSlots.openAll(plan.groups);
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
    return this.backups.problem;
  }

  // ---------- reads ----------

  index(): Readonly<IndexDoc> {
    return this.indexSlot.low.data;
  }

  groupIds(): string[] {
    return this.groupSlots.ids();
  }

  group(id: string): Readonly<GroupDoc> | undefined {
    return this.groupSlots.doc(id);
  }

  groups(): Readonly<GroupDoc>[] {
    return this.groupSlots.docs();
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
      const slot = this.groupSlots.create(id, next);
      try {
        await this.commit(slot, next);
      } catch (err) {
        await slot.adapter.close();
        throw err;
      }
      this.groupSlots.keep(id, slot);
      return slot.low.data;
    });
  }

  updateGroup(id: string, mutate: (draft: GroupDoc) => void, onlyMeetings?: readonly string[]): Promise<GroupDoc> {
    return this.mutation(async () => {
      const slot = this.groupSlots.get(id);
      const scope = onlyMeetings ? { meetings: new Set(onlyMeetings) } : undefined;
      const next = applyChange(slot.low.data, mutate, GroupDocSchema, groupFile(id), groupKind.collections, scope);
      if (next.group.id !== id) throw new InvalidDocumentError(groupFile(id), [{ path: ['group', 'id'], message: 'A group id cannot change' }]);
      return this.commit(slot, next);
    });
  }

  deleteGroup(id: string): Promise<void> {
    return this.mutation(async () => {
      const slot = this.groupSlots.get(id);
      await this.records.close((file) => recordsFileParts(file)?.groupId === id);
      // Records are marked first and removed last: a crash in between is settled at the next open.
      const marked = await markRecordsDeleted(this.dataDir, id);
      await removeFileDurable(slot.adapter.filePath);
      this.validated.forget(groupFile(id));
      await this.groupSlots.drop(id);
      if (marked) await removeMarkedRecords(this.dataDir, marked);
    });
  }

  // ---------- meeting records ----------

  meetingRecords(groupId: string, year: number): Promise<Readonly<MeetingRecordsDoc>> {
    return this.mutation(async () => (await this.recordsSlot(groupId, year)).low.data);
  }

  allMeetingRecords(groupId: string): Promise<Readonly<MeetingRecordsDoc>[]> {
    return this.mutation(async () => {
      this.groupSlots.get(groupId);
      const docs: Readonly<MeetingRecordsDoc>[] = [];
      for (const year of await this.records.yearsOnDisk(groupId)) {
        const slot = await this.recordsSlot(groupId, year);
        if (slot.onDisk) docs.push(slot.low.data);
      }
      return docs;
    });
  }

  updateMeetingRecords(groupId: string, year: number, mutate: (draft: MeetingRecordsDoc) => void, onlyMeetings?: readonly string[]): Promise<MeetingRecordsDoc> {
    return this.mutation(async () => {
      const file = meetingRecordsFile(groupId, year);
      const slot = await this.recordsSlot(groupId, year);
      const scope = onlyMeetings ? { records: new Set(onlyMeetings) } : undefined;
      const next = applyChange(slot.low.data, mutate, MeetingRecordsDocSchema, file, meetingRecordsKind.collections, scope);
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

  // ---------- vault header and notes (confidential-shelf.ts) ----------

  vaultHeader(): Promise<Readonly<VaultHeaderDoc> | null> {
    return this.shelf.vaultHeader();
  }

  saveVaultHeader(doc: VaultHeaderDoc): Promise<Readonly<VaultHeaderDoc>> {
    return this.shelf.saveVaultHeader(doc);
  }

  resetVault(): Promise<number> {
    return this.shelf.resetVault();
  }

  // ---------- the calendar export's ledger (calendar-ledger-doc.ts) ----------

  calendarLedger(): Promise<Readonly<CalendarLedgerDoc> | null> {
    return this.ledger.read();
  }

  saveCalendarLedger(doc: CalendarLedgerDoc): Promise<Readonly<CalendarLedgerDoc>> {
    return this.ledger.save(doc);
  }

  // ---------- backups ----------

  async listBackups(): Promise<BackupList> {
    const listing = await listBackups(this.dataDir);
    return { backups: listing.manifests.map(toBackupInfo), unreadable: listing.unreadable };
  }

  createBackup(reason: BackupInfo['reason']): Promise<BackupInfo> {
    return this.backups.create(reason);
  }

  /** A backup unless the newest one already holds exactly these files; null when skipped. */
  backupIfChanged(reason: 'start' | 'periodic'): Promise<BackupInfo | null> {
    return this.backups.ifChanged(reason);
  }

  restoreBackup(id: string): Promise<void> {
    // No backup may run meanwhile: it would name note files the restore is replacing.
    return this.backups.exclusive(() => this.mutation(async () => {
      // Check the whole backup first: a damaged one is refused before anything changes.
      const contents = await readBackupContents(this.dataDir, id, this.ctx.migrations);
      const safety = await createBackup(this.dataDir, 'before-restore', this.ctx.now(), await this.shelf.noteFiles.entries());
      const shownBefore = this.groupSlots.snapshot();
      // Records, the vault header, the notes and the ledger are read again from the restored files when next needed.
      await this.forgetDocuments();
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
          this.groupSlots.openAll(shownBefore);
          throw this.halted;
        }
        // The earlier state was put back: show what is on disk, never a mix of memory and disk.
        await this.reloadFromDisk();
        throw err;
      }
      this.indexSlot.low.data = deepFreeze(contents.index.doc);
      this.groupSlots.openAll(contents.groups.map((g) => [g.doc.group.id, g.doc] as const));
      // Restored files from an older format are brought up to date like at open.
      if (contents.index.migrated) await this.commit(this.indexSlot, contents.index.doc);
      for (const g of contents.groups) {
        if (g.migrated) await this.commit(this.groupSlots.get(g.doc.group.id), g.doc);
      }
      // Records files are brought up to date when next read and changed, like after any open.
    }));
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
    this.backups.startTimer(intervalMs);
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
            this.backups.failedInBackground('start', err);
            return false;
          },
        )
      : Promise.resolve(true);
    return this.mutation(async () => {
      await tightened;
      if (!(await backedUp)) return;
      for (const file of files) {
        if (file === INDEX_FILE) await this.commit(this.indexSlot, this.indexSlot.low.data);
        const slot = this.groupSlots.byFile(absolute(this.dataDir, file));
        if (slot) await this.commit(slot, slot.low.data);
      }
    });
  }

  reportBackgroundError(err: unknown): void {
    if (!this.closing) this.ctx.onBackgroundError(err);
  }

  async flush(): Promise<void> {
    await this.validated.flushPending();
    await this.mutation(() => this.shelf.noteFiles.settle()).catch(() => undefined);
    // Backups write outside the queue: a flushed store has none half-written.
    await this.backups.idle();
    await this.queue.idle();
    await Promise.all([
      this.indexSlot.adapter.flush(),
      this.groupSlots.flush(),
      this.records.flush(),
    ]);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.backups.stopTimer();
      this.validated.stop();
      await this.backups.idle();
      await this.queue.idle();
      await this.queue.run(() => this.shelf.noteFiles.settle()).catch((err: unknown) => this.ctx.onBackgroundError(err));
      await this.validated.save().catch(() => undefined);
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

  /** The slot of one year of records, read (and repaired if need be) on first use. Runs inside the queue. */
  private recordsSlot(groupId: string, year: number) {
    this.groupSlots.get(groupId);
    return this.records.get(groupId, year);
  }

  /** Durable write first, memory second (document-slot.ts); the bytes are noted as validated. */
  private async commit<T>(slot: Slot<T>, next: T): Promise<T> {
    const bytes = await commitSlot(slot, next);
    this.validated.remember(slot.adapter.filePath, bytes);
    return slot.low.data;
  }

  private async reloadFromDisk(): Promise<void> {
    const plan = await planDataFolder(this.dataDir, {
      defaultTimeZone: this.indexSlot.low.data.settings.coachTimeZone,
      ...(this.ctx.migrations ? { migrations: this.ctx.migrations } : {}),
    });
    const applied = await applyRepairs(this.dataDir, plan, this.ctx.now());
    await this.log.append(repairEvents(applied), this.ctx.now());
    await this.forgetDocuments();
    this.indexSlot.low.data = deepFreeze(plan.index);
    this.groupSlots.openAll(plan.groups);
  }

  /** Lets go of every document but the index; groups are opened again by the caller, the rest when next read. */
  private async forgetDocuments(): Promise<void> {
    await this.groupSlots.closeAll();
    await this.records.close(() => true);
    this.shelf.forget();
    this.ledger.forget();
  }

  private async closeAdapters(): Promise<void> {
    await this.records.close(() => true);
    await this.groupSlots.closeAll();
    await this.indexSlot.adapter.close();
  }
}
