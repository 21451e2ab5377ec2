import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../store/errors';

// What the coach reads when the data folder cannot be opened at start. The
// store's own errors are written for the coach already; file-system failures
// they can act on (a file where the folder should be, a full or read-only
// disk) are put in plain words; anything else gets a plain explanation
// instead of a stack trace.

export interface StartupFailure {
  title: string;
  message: string;
}

const COULD_NOT_OPEN = 'Circlekeeper could not open your data';

export function describeStartupFailure(err: unknown, dataDir: string): StartupFailure {
  if (err instanceof StoreError) {
    const title =
      err.code === 'store_locked'
        ? 'Circlekeeper is already open'
        : err.code === 'newer_schema'
          ? 'Circlekeeper needs an update'
          : COULD_NOT_OPEN;
    return { title, message: `${err.message}\n\nData folder: ${dataDir}` };
  }
  const reason =
    fileSystemReason(err, dataDir) ?? 'Something unexpected stopped Circlekeeper from opening your data.';
  return { title: COULD_NOT_OPEN, message: `${reason}\n\nData folder: ${dataDir}` };
}

function fileSystemReason(err: unknown, dataDir: string): string | null {
  if (!(err instanceof Error)) return null;
  const { code, path, syscall } = err as NodeJS.ErrnoException;
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST': {
      // mkdir says EEXIST when a file has the folder's name; anything else says
      // ENOTDIR when a file stands where a folder of its path should be.
      if (code === 'EEXIST' && syscall !== 'mkdir') return null;
      const file = fileInTheWay(path ?? dataDir);
      if (file === null) return null;
      return file === dataDir || isAbove(file, dataDir)
        ? `${file} is a file, not a folder. Choose a folder for your data with --data-dir, or move that file away.`
        : `${file} is a file, not a folder, so Circlekeeper cannot keep its data inside it.`;
    }
    case 'EISDIR':
      return path ? `${path} is a folder where Circlekeeper expected a file.` : null;
    case 'EACCES':
    case 'EPERM':
      return 'Circlekeeper is not allowed to read or write that folder.';
    case 'EROFS':
      return 'That folder is on a disk that cannot be written to (it is read-only).';
    case 'ENOSPC':
      return 'The disk that holds that folder is full. Free some space, then start Circlekeeper again.';
    default:
      return null;
  }
}

/** The nearest existing entry at or above `path`, when it is not a folder. */
function fileInTheWay(path: string): string | null {
  for (let current = path; ; current = dirname(current)) {
    try {
      return statSync(current).isDirectory() ? null : current;
    } catch {
      if (dirname(current) === current) return null;
    }
  }
}

/** True when `path` is one of the folders above `folder` (a file there blocks the whole data folder). */
function isAbove(path: string, folder: string): boolean {
  return folder.startsWith(`${path}/`) || folder.startsWith(`${path}\\`);
}
