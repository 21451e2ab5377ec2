import { z } from 'zod';
import type { BackupInfo, BackupList } from '../views';
import { none } from './inputs';
import { command, query } from './method';
import { EVERYTHING, tags } from './tags';

export interface BackupRestored {
  /** The backup whose data the app now shows. */
  restored: string;
}

export const backupMethods = {
  'backups.list': query<BackupList>()(none, () => [tags.backups()]),
  // A backup that succeeds clears the notice of one that failed.
  'backups.create': command<BackupInfo>()(none, () => [tags.backups(), tags.notices()]),
  // Every record may be different afterwards, so every view reloads from the restored data.
  'backups.restore': command<BackupRestored>()(
    z.strictObject({ id: z.string().regex(/^[0-9A-Za-z._-]{1,100}$/, 'Not a valid backup id.') }),
    () => EVERYTHING,
  ),
} as const;
