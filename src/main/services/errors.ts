import type { ErrorCode } from '../../shared/api';
import { StoreError, type StoreErrorCode } from '../store/errors';

/**
 * An expected failure with a message written for the coach. Anything else that
 * escapes a service is reported as a generic internal error, so stack traces and
 * file paths never reach the renderer.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string): ServiceError =>
  new ServiceError('not_found', `${what} could not be found. It may have been deleted.`);

export const conflict = (message: string, fields?: Record<string, string>): ServiceError =>
  new ServiceError('conflict', message, fields);

export const invalidInput = (message: string, fields?: Record<string, string>): ServiceError =>
  new ServiceError('invalid_input', message, fields);

/** The store's own failure codes, as the renderer should see them. */
const STORE_CODES: Record<StoreErrorCode, ErrorCode> = {
  unknown_group: 'not_found',
  unknown_backup: 'not_found',
  // The store's own message names the backup and the damaged file, which is what the coach needs.
  damaged_backup: 'unavailable',
  group_exists: 'conflict',
  store_locked: 'unavailable',
  store_closed: 'unavailable',
  store_damaged: 'unavailable',
  newer_schema: 'unavailable',
  invalid_document: 'invalid_input',
  adapter_in_use: 'internal',
  backup_failed: 'unavailable',
  not_a_data_folder: 'unavailable',
  folder_read_only: 'unavailable',
  store_unavailable: 'unavailable',
  unknown_notice: 'not_found',
  unknown_note: 'not_found',
  note_damaged: 'unavailable',
};

const STORE_MESSAGES: Partial<Record<StoreErrorCode, string>> = {
  unknown_backup: 'That backup could not be found. It may have been removed by the retention rule.',
  unknown_group: 'That group could not be found. It may have been deleted.',
  store_closed: 'The data folder is closed. Restart Circlekeeper to keep working.',
  // The store names the file and field; the coach only needs to know nothing was saved.
  invalid_document: 'That change was not saved because it would leave your data in an invalid state.',
  adapter_in_use: 'Something went wrong. Please try again; if it keeps happening, restart Circlekeeper.',
};

/**
 * Turns a store failure into a ServiceError with a message for the coach; other
 * errors pass through unchanged (dispatch reports them as internal).
 */
export function fromStoreError(err: unknown): unknown {
  if (!(err instanceof StoreError)) return err;
  return new ServiceError(STORE_CODES[err.code], STORE_MESSAGES[err.code] ?? err.message);
}
