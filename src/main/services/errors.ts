import type { ErrorCode } from '../../shared/api';

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
