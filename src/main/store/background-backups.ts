import type { BackupInfo, BackupProblem } from '../../shared/views';
import { createBackup, listBackupManifests, newestBackupMatches, pruneBackups, toBackupInfo } from './backups';
import { describeFsError } from './durable-fs';
import { StoreError } from './errors';

export interface StoreBackupsContext {
  dataDir: string;
  now: () => Date;
  /** Days and weeks of the retention rule are the coach's own calendar days. */
  coachTimeZone: () => string;
  /** Runs a task in the store's write queue, so a backup never copies a half-made change. */
  schedule: <T>(task: () => Promise<T>) => Promise<T>;
  closing: () => boolean;
  onBackgroundError: (error: unknown) => void;
}

/**
 * The store's own backups: on request, at start and on a timer, each pruned
 * by the retention rule afterwards. A background backup that fails is kept as
 * `problem` for the window to show until a later one succeeds.
 */
export class StoreBackups {
  private timer: NodeJS.Timeout | null = null;
  private lastProblem: BackupProblem | null = null;

  constructor(private readonly ctx: StoreBackupsContext) {}

  get problem(): BackupProblem | null {
    return this.lastProblem;
  }

  create(reason: BackupInfo['reason']): Promise<BackupInfo> {
    return this.ctx.schedule(() => this.backupNow(reason));
  }

  /** A backup unless the newest one already holds exactly these files; null when skipped. */
  ifChanged(reason: 'start' | 'periodic'): Promise<BackupInfo | null> {
    return this.ctx.schedule(async () => {
      const [newest] = await listBackupManifests(this.ctx.dataDir);
      if (await newestBackupMatches(this.ctx.dataDir, newest)) {
        this.lastProblem = null;
        return null;
      }
      return this.backupNow(reason);
    });
  }

  /** Runs the periodic backup every `intervalMs`; the timer never keeps the process alive. */
  startTimer(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.ifChanged('periodic').catch((err: unknown) => this.failedInBackground('periodic', err));
    }, intervalMs);
    this.timer.unref();
  }

  stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Remembered for the window to show, and logged; the coach must not find out only when they need a backup. */
  failedInBackground(reason: 'start' | 'periodic', err: unknown): void {
    if (this.ctx.closing()) return;
    const when = reason === 'start' ? 'The backup Circlekeeper takes at start' : 'The hourly backup';
    const why = (err instanceof StoreError ? err.message : describeFsError(err)).replace(/\.$/, '');
    this.lastProblem = { failedAt: this.ctx.now().toISOString(), reason, message: `${when} could not be written: ${why}.` };
    this.ctx.onBackgroundError(err);
  }

  private async backupNow(reason: BackupInfo['reason']): Promise<BackupInfo> {
    const manifest = await createBackup(this.ctx.dataDir, reason, this.ctx.now());
    this.lastProblem = null;
    // Pruning is housekeeping: the backup exists whatever happens here, and a removal cut short is finished at the next open.
    await pruneBackups(this.ctx.dataDir, this.ctx.now(), this.ctx.coachTimeZone()).catch((err: unknown) => {
      if (!this.ctx.closing()) this.ctx.onBackgroundError(err);
    });
    return toBackupInfo(manifest);
  }
}
