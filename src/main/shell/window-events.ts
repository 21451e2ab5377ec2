import type { SendToWindows } from '../services/main-emitter';

/** The part of a BrowserWindow that events need; a stand-in in tests. */
export interface EventWindow {
  isDestroyed(): boolean;
  webContents: { isDestroyed(): boolean; send(channel: string, payload: unknown): void };
}

/**
 * The Electron side of the contract's events: each checked payload goes to
 * every open window on its own channel. A window being torn down is skipped,
 * since sending to destroyed contents throws.
 */
export function sendToWindows(windows: () => readonly EventWindow[]): SendToWindows {
  return (channel, payload) => {
    for (const win of windows()) {
      if (win.isDestroyed() || win.webContents.isDestroyed()) continue;
      win.webContents.send(channel, payload);
    }
  };
}
