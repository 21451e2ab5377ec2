// The stand-in for the `electron` module in the booted main process (see
// tests/boot/README.md). It exports every name Electron's main process can
// import; the ones main uses are implemented and record what is done to them,
// the rest throw on first use, so a new Electron call in main is noticed.
import './channel.mjs';
import { app } from './app.mjs';
import { dialog, shell } from './dialog-shell.mjs';
import { ipcMain } from './ipc-main.mjs';
import { Menu } from './menu.mjs';
import { session } from './session.mjs';
import { unimplemented } from './strict.mjs';
import { nativeTheme, powerMonitor, screen } from './system.mjs';
import { BrowserWindow } from './windows.mjs';

export { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, powerMonitor, screen, session, shell };

export const autoUpdater = unimplemented('autoUpdater');
export const BaseWindow = unimplemented('BaseWindow');
export const BrowserView = unimplemented('BrowserView');
export const clipboard = unimplemented('clipboard');
export const ClipboardItem = unimplemented('ClipboardItem');
export const contentTracing = unimplemented('contentTracing');
export const crashReporter = unimplemented('crashReporter');
export const desktopCapturer = unimplemented('desktopCapturer');
export const globalShortcut = unimplemented('globalShortcut');
export const ImageView = unimplemented('ImageView');
export const inAppPurchase = unimplemented('inAppPurchase');
export const IpcMainServiceWorker = unimplemented('IpcMainServiceWorker');
export const MenuItem = unimplemented('MenuItem');
export const MessageChannelMain = unimplemented('MessageChannelMain');
export const nativeImage = unimplemented('nativeImage');
export const net = unimplemented('net');
export const netLog = unimplemented('netLog');
export const Notification = unimplemented('Notification');
export const powerSaveBlocker = unimplemented('powerSaveBlocker');
export const protocol = unimplemented('protocol');
export const pushNotifications = unimplemented('pushNotifications');
export const safeStorage = unimplemented('safeStorage');
export const sharedTexture = unimplemented('sharedTexture');
export const ShareMenu = unimplemented('ShareMenu');
export const systemPreferences = unimplemented('systemPreferences');
export const TouchBar = unimplemented('TouchBar');
export const Tray = unimplemented('Tray');
export const utilityProcess = unimplemented('utilityProcess');
export const View = unimplemented('View');
export const webContents = unimplemented('webContents');
export const WebContentsView = unimplemented('WebContentsView');
export const webFrameMain = unimplemented('webFrameMain');
export const WebSocket = unimplemented('WebSocket');

import * as everything from './index.mjs';

// `import electron from 'electron'` gets the same object as the named imports.
export default everything;
