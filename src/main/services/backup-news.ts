import type { BackupProblem } from '../../shared/views';
import type { MainEmitter } from './main-emitter';

/** How often main looks whether a failing backup has since succeeded (a read of memory, in main, not a call from the window). */
export const BACKUP_RECOVERY_CHECK_MS = 5_000;

/**
 * Tells the window when background backups start failing and when they work
 * again. The store keeps the last failure as `backupProblem` and reports each
 * failure as a background error, so `check` runs at once from there. The store
 * has no hook for a backup that succeeds, so a slow timer here notices the
 * problem clearing (the next periodic backup, or the coach's "Try again").
 * Returns `check` and a function that stops the timer; the timer never keeps
 * the process alive.
 */
export function watchBackupProblem(
  problem: () => BackupProblem | null,
  events: Pick<MainEmitter, 'emit'>,
  everyMs = BACKUP_RECOVERY_CHECK_MS,
): { check: () => void; stop: () => void } {
  // Starts from what the window reads at start through app.info: only changes are news.
  let told: BackupProblem | null = problem();
  const check = (): void => {
    const now = problem();
    if (now && (told === null || now.failedAt !== told.failedAt || now.message !== told.message)) {
      events.emit('backups.failed', { message: now.message, at: now.failedAt });
    } else if (!now && told) {
      events.emit('backups.recovered', {});
    }
    told = now;
  };
  const timer = setInterval(check, everyMs);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
