import type { AppInfo } from '../../shared/views';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { formatInstant } from './dates';
import { useApiMutation } from './query';

/**
 * A background backup failed. The coach has to hear of it now, not on the
 * day they need a backup; the notice stays until a backup succeeds (the
 * button tries one at once).
 */
export function BackupProblemNotice({ info }: { info: AppInfo }) {
  const retry = useApiMutation('backups.create');
  const problem = info.backupProblem;
  if (!problem) return null;
  return (
    <Notice
      tone="danger"
      title="Circlekeeper could not back up your data"
      actions={
        <Button size="sm" variant="secondary" disabled={retry.isPending} onClick={() => retry.mutate({})}>
          {retry.isPending ? 'Backing up…' : 'Try again'}
        </Button>
      }
    >
      <p>{problem.message}</p>
      <p className="muted">
        Last attempt {formatInstant(problem.failedAt, info.settings.coachTimeZone)}. Your data itself is saved; only the
        backup copy is missing.
      </p>
      {retry.error ? <p className="app-recovery__failed">The backup failed again: {retry.error.message}</p> : null}
    </Notice>
  );
}
