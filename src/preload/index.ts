import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENTS_BRIDGE_KEY } from '../shared/event-names';
import { BRIDGE_KEY } from '../shared/method-names';
import { buildBridge } from './bridge';
import { buildEventsBridge } from './events-bridge';

// Wrapped so the page cannot pass its own `this` or extra arguments to ipcRenderer.
contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);

// Only the payload reaches the page: the IPC event (and its sender) stays here.
contextBridge.exposeInMainWorld(
  EVENTS_BRIDGE_KEY,
  buildEventsBridge((channel, deliver) => {
    const handler = (_event: IpcRendererEvent, payload: unknown): void => deliver(payload);
    ipcRenderer.on(channel, handler);
    return () => ipcRenderer.removeListener(channel, handler);
  }),
);
