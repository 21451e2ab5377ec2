import { BackupProblemNotice } from './BackupProblemNotice';
import { DataProblemsNotice } from './DataProblemsNotice';
import { useApiQuery } from './query';
import { RecoveryNotice } from './RecoveryNotice';

/**
 * Notices about the data folder itself, above every page. A background backup
 * that fails or works again arrives as an event from main (backups.failed,
 * backups.recovered), which refreshes this query at once (MainEventRefresh),
 * so nothing here polls.
 */
export function AppNotices() {
  const info = useApiQuery('app.info', {});
  if (!info.data) return null;
  return (
    <div className="app-recovery">
      <BackupProblemNotice info={info.data} />
      <RecoveryNotice info={info.data} />
      <DataProblemsNotice info={info.data} />
    </div>
  );
}
