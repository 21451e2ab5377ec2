import type { MenuItemConstructorOptions } from 'electron';

// The application menu as plain data, so its contents are tested without a
// display. Roles give each item its platform label, shortcut and behaviour.

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Reload and developer tools are for development builds only. */
  isDev: boolean;
  onAbout: () => void;
  /** Locks the confidential notes the way vault.lock does (and so tells the window). */
  onLockNotes: () => void;
}

/** The shortcut for locking the notes; the window listens for the same keys (features/vault/lock-shortcut.ts). */
export const LOCK_NOTES_ACCELERATOR = 'CmdOrCtrl+Shift+L';

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, onAbout, onLockNotes } = options;
  const lockNotes: MenuItemConstructorOptions = { label: 'Lock notes', accelerator: LOCK_NOTES_ACCELERATOR, click: () => onLockNotes() };
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => onAbout() };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    // On macOS Quit lives in the app menu, where Mac users look for it.
    submenu: [lockNotes, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isDev
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [about],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
