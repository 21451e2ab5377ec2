import { hostname } from 'node:os';

/**
 * Failures the store reports with a message written for the coach. The shell
 * and the CLI show `message` as it is; `code` lets them choose a screen (for
 * example a recovery page for `store_damaged`) without parsing text.
 */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
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
  | 'adapter_in_use';

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

/** Another process (or another store in this process) has the data folder open. */
export class StoreLockedError extends StoreError {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      'store_locked',
      owner && owner.pid === process.pid
        ? 'This data folder is already open in this Circlekeeper window. Close it there first.'
        : `This data folder is already open in Circlekeeper (process ${owner?.pid ?? 'unknown'}${
            owner && owner.hostname !== hostname() ? ` on ${owner.hostname}` : ''
          }). Close it there first.`,
    );
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

