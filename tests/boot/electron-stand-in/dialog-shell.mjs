import { onRequest, record } from './channel.mjs';
import { state } from './state.mjs';
import { describe, notReady, REF, strict } from './strict.mjs';

// dialog and shell: every call is recorded, nothing is shown or opened. A
// dialog answers with what the test queued for that method ('answer-dialog'),
// or with Electron's answer when the user dismisses it.
//
// To support another dialog, add its name and dismissed answer to DIALOGS.

const DIALOGS = {
  showErrorBox: { sync: true, beforeReady: true, dismissed: undefined },
  showMessageBox: { sync: false, dismissed: { response: 0, checkboxChecked: false } },
  showMessageBoxSync: { sync: true, dismissed: 0 },
  showOpenDialog: { sync: false, dismissed: { canceled: true, filePaths: [] } },
  showOpenDialogSync: { sync: true, dismissed: undefined },
  showSaveDialog: { sync: false, dismissed: { canceled: true, filePath: '' } },
  showSaveDialogSync: { sync: true, dismissed: undefined },
};

const queued = new Map();

function dialogMethod(name, spec) {
  return (...args) => {
    // An optional parent window comes first.
    const parent = args[0]?.[REF]?.startsWith('BrowserWindow') ? args.shift() : null;
    record(`dialog.${name}`, { args: describe(args), parent: parent ? parent[REF] : null, ready: state.ready });
    if (!spec.beforeReady && !state.ready) notReady(`dialog.${name} cannot be used before the app is ready`);
    const answers = queued.get(name) ?? [];
    const answer = answers.length > 0 ? answers.shift() : structuredClone(spec.dismissed);
    return spec.sync ? answer : Promise.resolve(answer);
  };
}

export const dialog = strict(
  'dialog',
  Object.fromEntries(Object.entries(DIALOGS).map(([name, spec]) => [name, dialogMethod(name, spec)])),
);

onRequest('answer-dialog', ({ method, answer }) => {
  if (!(method in DIALOGS)) throw new Error(`The stand-in has no dialog.${method}; add it to DIALOGS in dialog-shell.mjs`);
  queued.set(method, [...(queued.get(method) ?? []), answer]);
});

// Nothing leaves the machine: links, folders and files are only recorded.
export const shell = strict('shell', {
  async openExternal(url, options) {
    record('shell.openExternal', { args: describe(options === undefined ? [url] : [url, options]) });
  },
  async openPath(path) {
    record('shell.openPath', { args: [path] });
    return '';
  },
  showItemInFolder(path) {
    record('shell.showItemInFolder', { args: [path] });
  },
  async trashItem(path) {
    record('shell.trashItem', { args: [path] });
  },
  beep() {
    record('shell.beep', { args: [] });
  },
});
