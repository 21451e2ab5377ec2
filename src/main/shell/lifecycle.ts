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
 * its folder lock, then exits. Only the first quit is held; Electron's own
 * exit after that is not intercepted again.
 */
export function closeStoreBeforeQuit(app: App, store: Closable, deps: QuitDeps): void {
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
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
