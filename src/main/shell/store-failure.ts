import { StoreError } from '../store/errors';

// What the coach reads when the data folder cannot be opened at start. The
// store's own errors are written for the coach already; anything else gets a
// plain explanation instead of a stack trace.

export interface StartupFailure {
  title: string;
  message: string;
}

export function describeStartupFailure(err: unknown, dataDir: string): StartupFailure {
  if (err instanceof StoreError) {
    const title =
      err.code === 'store_locked'
        ? 'Circlekeeper is already open'
        : err.code === 'newer_schema'
          ? 'Circlekeeper needs an update'
          : 'Circlekeeper could not open your data';
    return { title, message: `${err.message}\n\nData folder: ${dataDir}` };
  }
  const reason = err instanceof Error && (err as NodeJS.ErrnoException).code === 'EACCES'
    ? 'Circlekeeper is not allowed to read or write that folder.'
    : 'Something unexpected stopped Circlekeeper from opening your data.';
  return {
    title: 'Circlekeeper could not open your data',
    message: `${reason}\n\nData folder: ${dataDir}`,
  };
}
