import type { BackupInfo, BackupProblem } from '../../shared/views';
import { captureBackup, listBackupManifests, newestBackupMatches, notesNamedByBackups, pruneBackups, toBackupInfo, writeBackup, type CapturedBackup } from './backups';
import type { NoteEntry } from './notes/note-entry';
import { prunePool } from './notes/note-pool';
import { SerialQueue } from './serial-queue';
import { describeFsError } from './durable-fs';
import { StoreError } from './errors';

export interface StoreBackupsContext {
  dataDir: string;
  now: () => Date;
  /** Days and weeks of the retention rule are the coach's own calendar days. */
  coachTimeZone: () => string;
  /** Runs a task in the store's write queue, so a backup never copies a half-made change. */
  schedule: <T>(task: () => Promise<T>) => Promise<T>;
  /** Every note now (inside the queue), and a hold that keeps their files reachable until released. */
  notes: () => Promise<readonly NoteEntry[]>;
  pinNotes: () => () => void;
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
  /**
   * One backup (or restore) at a time. A backup holds the write queue only
   * while it reads the small files and names the notes; it writes and links
   * them after letting go, so saves wait a few milliseconds, not the whole backup.
   */
  private readonly serial = new SerialQueue();

  constructor(private readonly ctx: StoreBackupsContext) {}

  get problem(): BackupProblem | null {
    return this.lastProblem;
  }

  // Both take their place in the write queue at once, in call order (the start
  // backup must read the files before any write of the app), and in the line
  // of backups at once too, so a restore asked for later waits for them.

  create(reason: BackupInfo['reason']): Promise<BackupInfo> {
    const staged = this.ctx.schedule(() => this.capture());
    staged.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
    return this.serial.run(async () => this.write(await staged, reason));
  }

  /** A backup unless the newest one already holds exactly these files; null when skipped. */
  ifChanged(reason: 'start' | 'periodic'): Promise<BackupInfo | null> {
    const staged = this.ctx.schedule(async () => {
      const [newest] = await listBackupManifests(this.ctx.dataDir);
      return (await newestBackupMatches(this.ctx.dataDir, newest, await this.ctx.notes())) ? null : this.capture();
    });
    staged.catch(() => undefined);
    return this.serial.run(async () => {
      const captured = await staged;
      if (!captured) {
        this.lastProblem = null;
        return null;
      }
      return this.write(captured, reason);
    });
  }

  /** Resolves once every backup asked for so far has finished (flush). */
  idle(): Promise<void> {
    return this.serial.idle();
  }

  /** Runs `task` with no backup in progress and none starting until it ends (a restore). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.serial.run(task);
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

  /** Inside the write queue: the files' bytes and the notes' names, with the notes held. */
  private async capture(): Promise<{ captured: CapturedBackup; release: () => void }> {
    const release = this.ctx.pinNotes();
    try {
      return { captured: await captureBackup(this.ctx.dataDir, await this.ctx.notes()), release };
    } catch (err) {
      release();
      throw err;
    }
  }

  private async write(staged: { captured: CapturedBackup; release: () => void }, reason: BackupInfo['reason']): Promise<BackupInfo> {
    let manifest;
    try {
      manifest = await writeBackup(this.ctx.dataDir, staged.captured, reason, this.ctx.now());
    } finally {
      staged.release();
    }
    this.lastProblem = null;
    // Pruning is housekeeping: the backup exists whatever happens here, and a removal cut short is finished at the next open.
    await this.prune().catch((err: unknown) => {
      if (!this.ctx.closing()) this.ctx.onBackgroundError(err);
    });
    return toBackupInfo(manifest);
  }

  /** The retention rule, then the shared note files that no remaining backup names. */
  private async prune(): Promise<void> {
    const removed = await pruneBackups(this.ctx.dataDir, this.ctx.now(), this.ctx.coachTimeZone());
    if (removed.length === 0) return;
    await prunePool(this.ctx.dataDir, await notesNamedByBackups(this.ctx.dataDir, await listBackupManifests(this.ctx.dataDir)));
  }
}
