import { dialog, type BrowserWindow } from 'electron';
import type { PlatformPort } from '../services/platform';

/**
 * The desktop port the services receive in the app: native dialogs, attached
 * to the main window when there is one so they open over it (a sheet on macOS).
 */
export function electronPlatform(currentWindow: () => BrowserWindow | null): PlatformPort {
  return {
    async chooseSaveLocation(request) {
      const options = { title: request.title, defaultPath: request.defaultName, filters: request.filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const win = currentWindow();
      const result = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder(request) {
      const options = { title: request.title, buttonLabel: request.buttonLabel, properties: ['openDirectory' as const, 'createDirectory' as const, 'promptToCreate' as const] };
      const win = currentWindow();
      const result = win && !win.isDestroyed() ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
