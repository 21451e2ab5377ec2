import type { App, BrowserWindow } from 'electron';

// Starting once, and stopping without losing a write.

/**
 * Claims the single-instance lock. A second launch hands over to the running
 * app, which brings its window forward; two processes never share one data
 * folder through the UI.
 */
export function claimSingleInstance(app: App, currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const win = currentWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}

export interface Closable {
  close(): Promise<void>;
}

export interface QuitDeps {
  log: Pick<Console, 'error'>;
  /** Extra cleanup before the store closes, such as removing IPC handlers. */
  beforeClose?: () => void;
}

/**
 * Holds the quit until the store has flushed its pending writes and released
 * its folder lock, then exits with app.exit (which emits no before-quit).
 * Every quit is held, not only the first: Electron goes on to quit after any
 * before-quit nobody prevents, so a second Cmd+Q or signal during the close
 * would end the process with writes unfinished and the folder still locked.
 */
export function closeStoreBeforeQuit(app: App, store: Closable, deps: QuitDeps): void {
  let closing = false;
  app.on('before-quit', (event) => {
    event.preventDefault();
    if (closing) return;
    closing = true;
    void (async () => {
      let code = 0;
      try {
        deps.beforeClose?.();
        await store.close();
      } catch (err) {
        code = 1;
        deps.log.error('Circlekeeper could not close its data cleanly:', err instanceof Error ? err.message : err);
      }
      app.exit(code);
    })();
  });
}

/** A terminal's Ctrl+C or a system shutdown goes through the same careful quit. */
export function quitOnSignals(app: App, proc: Pick<NodeJS.Process, 'on'> = process): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    proc.on(signal, () => app.quit());
  }
}
