import { onRequest, record } from './channel.mjs';
import { liveWindows } from './state.mjs';
import { strict } from './strict.mjs';

// ipcMain.handle / removeHandler, and the test's 'invoke': what a page's
// ipcRenderer.invoke(channel, input) does, with a fake sender frame the test
// chooses. Input and result are structured-cloned, as Electron does.

const handlers = new Map();

export const ipcMain = strict('ipcMain', {
  handle(channel, listener) {
    record('ipcMain.handle', { channel });
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  },
  removeHandler(channel) {
    record('ipcMain.removeHandler', { channel });
    handlers.delete(channel);
  },
});

/**
 * frame: undefined for the window's own top-level page, { url } for a
 * top-level page at that URL, { url, subframe: true } for an iframe inside
 * our page, or 'none' for a frame that is gone (senderFrame null).
 */
function senderFrameFor(frame, contents) {
  if (frame === 'none') return null;
  const top = contents?.getURL() ?? '';
  const url = frame?.url ?? top;
  const parent = frame?.subframe ? strict('WebFrameMain', { url: top, parent: null, top: null, origin: 'null' }) : null;
  return strict('WebFrameMain', { url, parent, top: parent, origin: 'null' });
}

onRequest('invoke', async ({ channel, input, frame }) => {
  // Recorded on arrival, so a test can act once main has the call in hand.
  record('page.invoke', { channel, frame: frame ?? null });
  const handler = handlers.get(channel);
  if (!handler) return { kind: 'no-handler', message: `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'` };
  const contents = liveWindows()[0]?.webContents ?? null;
  const event = strict('IpcMainInvokeEvent', {
    type: 'frame',
    sender: contents,
    senderFrame: senderFrameFor(frame, contents),
    processId: 1,
    frameId: 1,
  });
  try {
    const value = await handler(event, structuredClone(input));
    return { kind: 'result', value: structuredClone(value) };
  } catch (err) {
    // The page sees a rejected promise with this message (and no stack).
    return { kind: 'threw', message: `Error invoking remote method '${channel}': ${String(err)}` };
  }
});

onRequest('handlers', () => [...handlers.keys()].sort());
