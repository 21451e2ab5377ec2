import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../shared/method-names';
import { buildBridge } from './bridge';

// Wrapped so the page cannot pass its own `this` or extra arguments to ipcRenderer.
contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
