import { ArchiveRestore, DatabaseBackup } from 'lucide-react';
import { useState } from 'react';
import type { AppInfo, BackupInfo, UnreadableBackup } from '../../../shared/views';
import { formatInstantToSecond } from '../../app/dates';
import { useApiMutation, useApiQuery } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FormError } from '../../ui/FormError';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useToast } from '../../ui/useToast';
import { backupReasonLabel, formatBytes } from './backup-labels';
import { RestoreBackupDialog } from './RestoreBackupDialog';

function BackupTable({ backups, timeZone, onRestore }: { backups: BackupInfo[]; timeZone: string; onRestore: (b: BackupInfo) => void }) {
  if (backups.length === 0) {
    return <p className="muted">No backups yet. Circlekeeper makes one each time it starts, or you can make one now.</p>;
  }
  return (
    <table className="settings-backups">
      <thead>
        <tr>
          <th scope="col">Taken</th>
          <th scope="col">Why</th>
          <th scope="col" className="settings-backups__size">
            Size
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => {
          const when = formatInstantToSecond(backup.createdAt, timeZone);
          return (
            <tr key={backup.id}>
              <td>{when}</td>
              <td className="muted">{backupReasonLabel[backup.reason]}</td>
              <td className="settings-backups__size muted">{formatBytes(backup.sizeBytes)}</td>
              <td className="settings-backups__action">
                <Button size="sm" variant="ghost" onClick={() => onRestore(backup)} aria-label={`Restore the backup of ${when}`}>
                  <ArchiveRestore size={14} aria-hidden="true" />
                  Restore
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Entries under a backup's name that cannot be read: skipped by restore and recovery, never removed for the coach. */
function UnreadableBackups({ entries, dataDir }: { entries: UnreadableBackup[]; dataDir: string }) {
  if (entries.length === 0) return null;
  return (
    <div className="settings-unreadable" role="status">
      <p>
        {entries.length === 1 ? 'One entry' : `${entries.length} entries`} in the backups folder could not be read as a backup.
        Circlekeeper skips {entries.length === 1 ? 'it' : 'them'} and keeps backing up as usual:
      </p>
      <ul>
        {entries.map((e) => (
          <li key={e.name}>
            <code className="settings-data-folder__path">{`${dataDir}/backups/${e.name}`}</code>: {e.problem}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where the data lives, its backups, and the way back to an earlier state. */
export function BackupsSection({ info }: { info: AppInfo }) {
  const toast = useToast();
  const backups = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create', {
    onSuccess: () => toast({ title: 'Backup made', description: 'Your data has been copied to a new backup.', tone: 'success' }),
  });
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const timeZone = info.settings.coachTimeZone;

  return (
    <Card
      title="Data and backups"
      description="Everything is stored in this folder on your computer. Nothing is sent anywhere."
      actions={
        <Button size="sm" onClick={() => create.mutate({})} disabled={create.isPending}>
          <DatabaseBackup size={14} aria-hidden="true" />
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </Button>
      }
    >
      <div className="stack">
        <div className="settings-data-folder">
          <span className="settings-data-folder__label">Data folder</span>
          <code className="settings-data-folder__path">{info.dataDir}</code>
        </div>
        <FormError message={create.error?.message} />
        <QueryBoundary query={backups} loadingLabel="Loading backups…" errorTitle="The backups could not be listed">
          {(list) => (
            <>
              <BackupTable backups={list.backups} timeZone={timeZone} onRestore={setRestoring} />
              <UnreadableBackups entries={list.unreadable} dataDir={info.dataDir} />
            </>
          )}
        </QueryBoundary>
      </div>
      <RestoreBackupDialog backup={restoring} timeZone={timeZone} onClose={() => setRestoring(null)} />
    </Card>
  );
}
