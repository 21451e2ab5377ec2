import type { CalendarLedgerDoc } from './calendar-ledger-doc';
import type { BackupInfo, BackupList, BackupProblem, RecoveryEvent } from '../../shared/views';
import type { GroupDoc, IndexDoc, MeetingRecordsDoc } from './documents';
import type { VaultHeaderDoc } from './vault-header-doc';
import type { NoteStore } from './confidential-shelf';

/**
 * What services see of the store. Reads are synchronous from memory (the whole
 * store is loaded at open); writes go through `update*`, which apply a change to
 * a copy, validate it against the file's schema, and resolve only once the file
 * is durably on disk. A mutator that throws leaves memory and disk unchanged.
 */
export interface DataStore {
  readonly dataDir: string;
  /** What recovery did to the folder (at this or an earlier open) that the coach has not yet acknowledged. */
  readonly recovery: readonly RecoveryEvent[];
  /** The last background backup's failure, until a backup succeeds again. */
  readonly backupProblem: BackupProblem | null;
  acknowledgeRecovery(ids: readonly string[]): Promise<number>;

  index(): Readonly<IndexDoc>;
  updateIndex(mutate: (draft: IndexDoc) => void): Promise<IndexDoc>;

  groupIds(): string[];
  group(id: string): Readonly<GroupDoc> | undefined;
  groups(): Readonly<GroupDoc>[];
  createGroup(doc: GroupDoc): Promise<GroupDoc>;
  /** With `onlyMeetings`, the draft holds copies of those meetings only; the others stay frozen (editing one throws). */
  updateGroup(id: string, mutate: (draft: GroupDoc) => void, onlyMeetings?: readonly string[]): Promise<GroupDoc>;
  /** Removes the group's file and every year of its meeting records. */
  deleteGroup(id: string): Promise<void>;

  /**
   * One year of a group's meeting records (meetings/<groupId>/<year>.json).
   * Records are not read at open: the first call for a year reads and checks
   * its file (a damaged file is replaced from the newest good backup, or set
   * aside, and recorded in `recovery`), later calls answer from memory. A year
   * with no file answers an empty one.
   */
  meetingRecords(groupId: string, year: number): Promise<Readonly<MeetingRecordsDoc>>;
  /** Every year of a group's records that has a file, oldest first (each read as by meetingRecords). */
  allMeetingRecords(groupId: string): Promise<Readonly<MeetingRecordsDoc>[]>;
  /**
   * Changes one year's records like updateGroup does a group (copy, validate, durable write); creates the file if needed.
   * With `onlyMeetings`, the draft holds copies of those meetings' records only; the rest stay frozen (editing one throws).
   */
  updateMeetingRecords(groupId: string, year: number, mutate: (draft: MeetingRecordsDoc) => void, onlyMeetings?: readonly string[]): Promise<MeetingRecordsDoc>;

  /**
   * The vault header (vault.json), or null before the coach sets up encrypted
   * notes. Read on first call (a damaged file is replaced from the newest good
   * backup, or set aside, and recorded in `recovery`), from memory after.
   */
  vaultHeader(): Promise<Readonly<VaultHeaderDoc> | null>;
  /** Validates and writes the header durably (mode 0600); it is backed up and restored like every data file. */
  saveVaultHeader(doc: VaultHeaderDoc): Promise<Readonly<VaultHeaderDoc>>;
  /** Removes every note, the note templates and the header (the coach forgot both secrets); returns the notes removed. */
  resetVault(): Promise<number>;
  /** The confidential notes' files (confidential-shelf.ts). */
  readonly notes: NoteStore;

  /** What calendar exports have sent so far (calendar-ledger.json), or null before the first recorded export. */
  calendarLedger(): Promise<Readonly<CalendarLedgerDoc> | null>;
  saveCalendarLedger(doc: CalendarLedgerDoc): Promise<Readonly<CalendarLedgerDoc>>;

  /** Readable backups newest first, and entries of the backups folder that cannot be read. */
  listBackups(): Promise<BackupList>;
  createBackup(reason: BackupInfo['reason']): Promise<BackupInfo>;
  /** Replaces the live data with a backup after backing up what it replaces; reloads memory. */
  restoreBackup(id: string): Promise<void>;

  /** Resolves once every acknowledged write is on disk. */
  flush(): Promise<void>;
  /** Flushes, stops timers and releases the folder lock. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  dataDir: string;
  /** Used only when the folder has no index yet. */
  defaultTimeZone: string;
  now?: () => Date;
  /** Periodic backup interval; 0 disables the timer (tests, CLI). */
  backupIntervalMs?: number;
}
