import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL_PREFIX, methodNames, type Result } from '../shared/api';
import { dispatch, type DispatchLog, type Services } from './dispatch';

// The Electron transport: one ipcMain channel per contract method (never a
// generic "call anything" channel). Each call is checked to come from our own
// page, then validated and run by `dispatch`, which the test host also uses.

export interface IpcOptions {
  /** True for the URL of our renderer's page (see shell/renderer-location.ts). */
  isTrustedUrl: (url: string) => boolean;
  log?: DispatchLog & Pick<Console, 'warn'>;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This page is not allowed to use Circlekeeper’s data.' },
};

/** The URL of the frame that sent the call, or null when there is none (destroyed, navigated). */
function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return null;
    // Only the top-level document: CSP already forbids frames, this forbids them twice.
    if (frame.parent !== null) return null;
    return frame.url;
  } catch {
    return null;
  }
}

export function channelFor(method: string): string {
  return `${IPC_CHANNEL_PREFIX}${method}`;
}

/** Registers every contract method; the returned function removes them all again. */
export function registerIpc(services: Services, options: IpcOptions): () => void {
  const log = options.log ?? console;
  for (const method of methodNames) {
    ipcMain.handle(channelFor(method), async (event, input: unknown) => {
      const url = senderUrl(event);
      if (url === null || !options.isTrustedUrl(url)) {
        log.warn(`Refused ${method} from an untrusted frame.`);
        return FORBIDDEN;
      }
      return dispatch(services, method, input, log);
    });
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(channelFor(method));
  };
}
