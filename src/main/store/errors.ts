import { hostname } from 'node:os';
import path from 'node:path';

/**
 * Failures the store reports with a message written for the coach. The shell
 * and the CLI show `message` as it is; `code` lets them choose a screen (for
 * example a recovery page for `store_damaged`) without parsing text.
 */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export type StoreErrorCode =
  | 'store_locked'
  | 'store_damaged'
  | 'newer_schema'
  | 'invalid_document'
  | 'unknown_group'
  | 'group_exists'
  | 'unknown_backup'
  | 'damaged_backup'
  | 'store_closed'
  | 'adapter_in_use'
  | 'backup_failed'
  | 'not_a_data_folder'
  | 'folder_read_only'
  | 'store_unavailable'
  | 'unknown_notice'
  | 'unknown_note'
  | 'note_damaged';

/** What a lock file records about the process holding the folder. */
export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Random per lock, so a release never removes another holder's lock. Absent in locks of older versions. */
  token?: string | null;
  /** The machine's boot id when the lock was taken (Linux): a lock from before a reboot is stale. */
  bootId?: string | null;
  /** When the holding process started: tells it apart from a later process given the same PID. */
  processStart?: string | null;
}

function lockedMessage(dataDir: string, owner: LockOwner | null): string {
  if (owner && owner.pid === process.pid && owner.startedAt === '') {
    return 'This data folder is already open in this Circlekeeper window. Close it there first.';
  }
  const elsewhere = owner && owner.hostname !== hostname() ? ` on the computer "${owner.hostname}"` : '';
  const since = owner && !Number.isNaN(Date.parse(owner.startedAt)) ? `, since ${owner.startedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
  const lockFile = path.join(dataDir, '.lock');
  return (
    `This data folder is already open in Circlekeeper (process ${owner?.pid ?? 'unknown'}${elsewhere}${since}). ` +
    'Close Circlekeeper there first. If no Circlekeeper is running there (for example after a crash on another ' +
    `computer that shares this folder), delete the file ${lockFile} and start again.`
  );
}

/** Another process (or another store in this process) has the data folder open. */
export class StoreLockedError extends StoreError {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super('store_locked', lockedMessage(dataDir, owner));
    this.name = 'StoreLockedError';
  }
}

/**
 * A file is damaged and no backup holds a good copy of it, so starting would
 * mean starting over real data. Nothing on disk has been changed.
 */
export class StoreDamagedError extends StoreError {
  constructor(
    readonly file: string,
    readonly problem: string,
    message: string,
  ) {
    super('store_damaged', message);
    this.name = 'StoreDamagedError';
  }
}

/** A file was written by a newer Circlekeeper; it is refused and left untouched. */
export class NewerSchemaError extends StoreError {
  constructor(
    readonly file: string,
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      'newer_schema',
      `The file ${file} was written by a newer version of Circlekeeper (data format ${foundVersion}; ` +
        `this version reads up to ${supportedVersion}). Please update Circlekeeper to open this data folder. ` +
        'The file has not been changed.',
    );
    this.name = 'NewerSchemaError';
  }
}

/** A change produced a document that does not match its schema; nothing was saved. */
export class InvalidDocumentError extends StoreError {
  constructor(
    readonly file: string,
    readonly issues: readonly { path: PropertyKey[]; message: string }[],
  ) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.map(String).join('.')}` : '';
    super('invalid_document', `The change to ${file} was not saved: ${first?.message ?? 'invalid data'}${where}.`);
    this.name = 'InvalidDocumentError';
  }
}

