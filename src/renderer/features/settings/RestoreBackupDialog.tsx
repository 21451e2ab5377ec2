import type { BackupInfo } from '../../../shared/views';
import { formatInstantToSecond } from '../../app/dates';
import { useApiMutation } from '../../app/query';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/useToast';

/**
 * Confirms a restore. It says plainly that what is there now is backed up
 * first, so the coach knows a restore can itself be undone.
 */
export function RestoreBackupDialog({
  backup,
  timeZone,
  onClose,
}: {
  backup: BackupInfo | null;
  timeZone: string;
  onClose: () => void;
}) {
  const toast = useToast();
  // The contract declares that a restore changes everything, so every view reloads from the restored data.
  const restore = useApiMutation('backups.restore');
  const when = backup ? formatInstantToSecond(backup.createdAt, timeZone) : '';

  return (
    <ConfirmDialog
      open={backup !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Restore this backup?"
      description={
        <>
          <p>
            Your groups, people and settings will go back to how they were on <strong>{when}</strong>. Anything changed
            since then will no longer be shown.
          </p>
          <p>
            Before restoring, Circlekeeper backs up your current data, so you can return to it from this list if you
            change your mind.
          </p>
        </>
      }
      confirmLabel="Restore backup"
      tone="danger"
      onConfirm={async () => {
        if (!backup) return;
        await restore.mutateAsync({ id: backup.id });
        toast({
          title: 'Backup restored',
          description: `Your data is back to how it was on ${when}. The data you had before is in a new backup.`,
          tone: 'success',
        });
      }}
    />
  );
}
