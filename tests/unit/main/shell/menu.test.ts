import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../../src/main/shell/menu';

const roles = (item: MenuItemConstructorOptions | undefined): string[] =>
  ((item?.submenu ?? []) as MenuItemConstructorOptions[]).filter((i) => i.role).map((i) => String(i.role));
const byLabel = (menu: MenuItemConstructorOptions[], label: string) => menu.find((m) => m.label === label);

describe('application menu', () => {
  const build = (isMac: boolean, isDev: boolean, onAbout = vi.fn(), onLockNotes = vi.fn()) =>
    buildMenuTemplate({ appName: 'Circlekeeper', isMac, isDev, onAbout, onLockNotes });

  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    expect(build(false, false).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(byLabel(build(false, false), 'File'))).toEqual(['quit']);
  });

  it('adds the app menu first on macOS, with Quit there', () => {
    const menu = build(true, false);
    expect(menu.map((m) => m.label)).toEqual(['Circlekeeper', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(menu[0])).toContain('quit');
    expect(roles(byLabel(menu, 'File'))).not.toContain('quit');
  });

  it('offers the usual editing commands', () => {
    expect(roles(byLabel(build(false, false), 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('keeps reload and developer tools out of production builds', () => {
    expect(roles(byLabel(build(false, false), 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(byLabel(build(false, true), 'View'))).toEqual([
      'reload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('has the window commands', () => {
    expect(roles(byLabel(build(false, false), 'Window'))).toEqual(['minimize', 'zoom', 'close']);
  });

  it('opens About from Help', () => {
    const onAbout = vi.fn();
    const help = byLabel(build(false, false, onAbout), 'Help');
    const about = (help?.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'About Circlekeeper');
    expect(about).toBeDefined();
    (about!.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('locks the notes from File, with Ctrl+Shift+L (Cmd+Shift+L on a Mac)', () => {
    for (const isMac of [false, true]) {
      const onLockNotes = vi.fn();
      const file = byLabel(build(isMac, false, vi.fn(), onLockNotes), 'File');
      const lock = (file?.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Lock notes');
      expect(lock?.accelerator).toBe('CmdOrCtrl+Shift+L');
      (lock!.click as () => void)();
      expect(onLockNotes).toHaveBeenCalledOnce();
    }
  });
});
