import { BackupProblemNotice } from './BackupProblemNotice';
import { DataProblemsNotice } from './DataProblemsNotice';
import { useApiQuery } from './query';
import { RecoveryNotice } from './RecoveryNotice';

/**
 * How often the window asks main for news it cannot otherwise learn of (a
 * background backup that failed). A minute is soon enough for a backup that
 * runs hourly, and the call only reads memory.
 */
export const APP_INFO_REFRESH_MS = 60_000;

/** Notices about the data folder itself, above every page. */
export function AppNotices() {
  const info = useApiQuery('app.info', {}, { refetchInterval: APP_INFO_REFRESH_MS });
  if (!info.data) return null;
  return (
    <div className="app-recovery">
      <BackupProblemNotice info={info.data} />
      <RecoveryNotice info={info.data} />
      <DataProblemsNotice info={info.data} />
    </div>
  );
}
