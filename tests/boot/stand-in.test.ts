import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../support/temp-dir';
import { bootMain, stopAllBooted } from './support/booted-main';
import { ROOT } from './support/built-app';

// The stand-in's own promises: it offers exactly the names Electron's main
// process can import, and anything it does not implement, or that Electron
// refuses before the app is ready, fails loudly instead of answering quietly.

afterEach(async () => {
  await stopAllBooted();
  await removeTempDirs();
});

/** Runs `body` as an ES module under the stand-in; it prints one JSON line and the test reads it. */
async function underStandIn(body: string): Promise<{ output: unknown; problems: { kind: string; message: string }[] }> {
  const script = join(await makeTempDir('ck-stand-in-'), 'probe.mjs');
  writeFileSync(script, body);
  const probe = bootMain({ script, standIn: { home: await makeTempDir('ck-stand-in-home-') } });
  const exit = await probe.exited;
  expect(exit.code, probe.diagnostics()).toBe(0);
  return { output: JSON.parse(probe.stdout.trim().split('\n').at(-1)!), problems: probe.problems };
}

/** The `const` and `class` names of a namespace in electron.d.ts (Electron.Main, Electron.Common). */
function electronNamespace(name: string): string[] {
  const types = readFileSync(join(ROOT, 'node_modules/electron/electron.d.ts'), 'utf8');
  const start = types.indexOf(`\n  namespace ${name} {\n`);
  const end = types.indexOf('\n  }\n', start);
  expect(start, `namespace ${name} in electron.d.ts`).toBeGreaterThan(0);
  return [...types.slice(start, end).matchAll(/^ {4}(?:const|class) (\w+)/gm)].map((m) => m[1]!);
}

describe('the Electron stand-in', () => {
  it('exports exactly what Electron’s main process can import, plus a default export of the same', async () => {
    const { output } = await underStandIn(`
      import * as electron from 'electron';
      import main from 'electron/main';
      const names = Object.keys(electron).filter((n) => n !== 'default').sort();
      console.log(JSON.stringify({ names, sameDefault: names.every((n) => main[n] === electron[n]) }));
      electron.app.exit(0);
    `);
    const expected = [...new Set([...electronNamespace('Main'), ...electronNamespace('Common')])].sort();
    expect(expected).toEqual(expect.arrayContaining(['app', 'BrowserWindow', 'dialog', 'ipcMain', 'safeStorage', 'shell']));
    expect(output).toEqual({ names: expected, sameDefault: true });
  });

  it('throws, naming the API and the README, for anything it does not implement', async () => {
    const { output, problems } = await underStandIn(`
      import { app, BrowserWindow, powerSaveBlocker, Tray, safeStorage } from 'electron';
      const attempts = {
        unknownMethod: () => app.setAppUserModelId('x'),
        unknownSetting: () => { app.commandLine = {}; },
        unknownPath: () => app.getPath('recent'),
        unknownStatic: () => BrowserWindow.fromId(1),
        unimplementedModule: () => powerSaveBlocker.start('prevent-display-sleep'),
        unimplementedClass: () => new Tray('icon.png'),
        unimplementedCall: () => safeStorage.isEncryptionAvailable(),
      };
      const messages = {};
      for (const [name, attempt] of Object.entries(attempts)) {
        try { attempt(); messages[name] = 'no error'; } catch (err) { messages[name] = err.message; }
      }
      console.log(JSON.stringify(messages));
      app.exit(0);
    `);
    const messages = output as Record<string, string>;
    const apis = {
      unknownMethod: 'app.setAppUserModelId',
      unknownSetting: 'app.commandLine (set)',
      unknownPath: "app.getPath('recent')",
      unknownStatic: 'BrowserWindow.fromId',
      unimplementedModule: 'powerSaveBlocker.start',
      unimplementedClass: 'new Tray()',
      unimplementedCall: 'safeStorage.isEncryptionAvailable',
    };
    for (const [name, api] of Object.entries(apis)) {
      expect(messages[name], name).toContain(`The Electron stand-in has no ${api}.`);
      expect(messages[name], name).toContain('tests/boot/README.md');
    }
    // Reported to the test as well, so a caught error in main cannot hide it.
    expect(problems.filter((p) => p.kind === 'missing-api')).toHaveLength(Object.keys(apis).length);
  });

  it('refuses what Electron refuses before the app is ready, and app.enableSandbox after', async () => {
    const { output, problems } = await underStandIn(`
      import { app, BrowserWindow, dialog, screen, session } from 'electron';
      const attempt = (fn) => { try { fn(); return 'allowed'; } catch (err) { return err.message; } };
      const early = {
        window: attempt(() => new BrowserWindow({})),
        screen: attempt(() => screen.getAllDisplays()),
        session: attempt(() => session.defaultSession),
        messageBox: attempt(() => dialog.showMessageBox({ message: 'hi' })),
        errorBox: attempt(() => dialog.showErrorBox('Title', 'Shown on stderr before ready on Linux')),
        sandbox: attempt(() => app.enableSandbox()),
      };
      await app.whenReady();
      const late = {
        sandbox: attempt(() => app.enableSandbox()),
        window: attempt(() => new BrowserWindow({})),
      };
      console.log(JSON.stringify({ early, late }));
      app.exit(0);
    `);
    expect(output).toEqual({
      early: {
        window: 'Cannot create BrowserWindow before app is ready',
        screen: "The 'screen' module can't be used before the app 'ready' event (screen.getAllDisplays)",
        session: 'session.defaultSession can only be used after the app is ready',
        messageBox: 'dialog.showMessageBox cannot be used before the app is ready',
        errorBox: 'allowed',
        sandbox: 'allowed',
      },
      late: { sandbox: 'app.enableSandbox() can only be called before app is ready', window: 'allowed' },
    });
    expect(problems.map((p) => p.kind)).toEqual(['not-ready', 'not-ready', 'not-ready', 'not-ready', 'not-ready']);
  });

  it('refuses a second handler on one channel, as ipcMain does, and reports unhandled rejections', async () => {
    const { output, problems } = await underStandIn(`
      import { app, ipcMain } from 'electron';
      ipcMain.handle('ck:twice', () => 1);
      let second = 'allowed';
      try { ipcMain.handle('ck:twice', () => 2); } catch (err) { second = err.message; }
      Promise.reject(new Error('nobody waited for this'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      console.log(JSON.stringify({ second }));
      app.exit(0);
    `);
    expect(output).toEqual({ second: "Attempted to register a second handler for 'ck:twice'" });
    expect(problems).toEqual([expect.objectContaining({ kind: 'unhandled-rejection', message: expect.stringContaining('nobody waited for this') })]);
  });

  it('answers dialogs with what the test queued, and records what main sends to the window', async () => {
    // The shape a save-dialog export and a notice to the window will have in main.
    const script = join(await makeTempDir('ck-stand-in-'), 'probe.mjs');
    writeFileSync(
      script,
      `
      import { app, BrowserWindow, dialog, ipcMain } from 'electron';
      await app.whenReady();
      const win = new BrowserWindow({ show: false });
      ipcMain.handle('probe:export', async () => {
        const chosen = await dialog.showSaveDialog(win, { defaultPath: 'circlekeeper-export.json' });
        win.webContents.send('ck:notice', { kind: 'exported', path: chosen.canceled ? null : chosen.filePath });
        return chosen;
      });
      `,
    );
    const probe = bootMain({ script, standIn: { home: await makeTempDir('ck-stand-in-home-') } });
    await probe.waitForRecord('ipcMain.handle');
    await probe.request('answer-dialog', { method: 'showSaveDialog', answer: { canceled: false, filePath: '/tmp/export.json' } });

    expect(await probe.request('invoke', { channel: 'probe:export' })).toEqual({
      kind: 'result',
      value: { canceled: false, filePath: '/tmp/export.json' },
    });
    // Nothing queued: the coach dismissed it.
    expect(await probe.request('invoke', { channel: 'probe:export' })).toEqual({ kind: 'result', value: { canceled: true, filePath: '' } });

    expect(probe.recordsOf('dialog.showSaveDialog')).toEqual([
      expect.objectContaining({ parent: 'BrowserWindow#1', args: [{ defaultPath: 'circlekeeper-export.json' }] }),
      expect.objectContaining({ parent: 'BrowserWindow#1' }),
    ]);
    expect(probe.recordsOf('webContents.send').map((r) => [r.channel, r.args])).toEqual([
      ['ck:notice', [{ kind: 'exported', path: '/tmp/export.json' }]],
      ['ck:notice', [{ kind: 'exported', path: null }]],
    ]);
    await expect(probe.request('answer-dialog', { method: 'showFancyDialog', answer: 1 })).rejects.toThrow(/no dialog.showFancyDialog/);

    probe.post('quit');
    expect(await probe.exited).toMatchObject({ code: 0, reported: 0 });
    expect(probe.problems).toEqual([]);
  });
});
