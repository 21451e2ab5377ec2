import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../../../src/main/shell/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1440 };
const defaults = { width: 1280, height: 820 };
const minimum = { width: 960, height: 640 };

describe('fitToDisplays', () => {
  it('centres the default size on the primary display when nothing is remembered', () => {
    expect(fitToDisplays(null, [laptop], defaults, minimum)).toEqual({ x: 80, y: 40, width: 1280, height: 820 });
  });

  it('keeps a remembered window that is fully visible', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 1000 };
    expect(fitToDisplays(saved, [laptop, monitorRight], defaults, minimum)).toEqual(saved);
  });

  it('moves a window back onto the primary display when its monitor is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(fitToDisplays(saved, [laptop], defaults, minimum)).toEqual({ x: 120, y: 50, width: 1200, height: 800 });
  });

  it('pulls a window that hangs off the edge fully inside the display it mostly sits on', () => {
    const saved = { x: 900, y: -50, width: 1000, height: 700 };
    expect(fitToDisplays(saved, [laptop, monitorRight], defaults, minimum)).toEqual({
      x: 440,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its display, and grows one below the minimum', () => {
    expect(fitToDisplays({ x: 0, y: 0, width: 4000, height: 3000 }, [laptop], defaults, minimum)).toEqual(laptop);
    expect(fitToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [laptop], defaults, minimum)).toEqual({
      x: 10,
      y: 10,
      width: 960,
      height: 640,
    });
  });

  it('respects work areas that do not start at the origin (a menu bar or a left-hand monitor)', () => {
    const left = { x: -1920, y: 25, width: 1920, height: 1055 };
    const saved = { x: -1900, y: 0, width: 1000, height: 700 };
    expect(fitToDisplays(saved, [laptop, left], defaults, minimum)).toEqual({ x: -1900, y: 25, width: 1000, height: 700 });
  });
});

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"x":1,"y":2,"width":1000,"height":700,"maximized":true}')).toEqual({
      x: 1,
      y: 2,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it.each(['', 'null', '[]', '{"x":1}', '{"x":"1","y":2,"width":3,"height":4}', '{"x":0,"y":0,"width":-5,"height":4}', '{"x":0.5,"y":0,"width":900,"height":600}', '{oops'])(
    'ignores %j',
    (text) => {
      expect(parseWindowState(text)).toBeNull();
    },
  );
});

describe('saving and loading', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ck-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through a private file and leaves no temp files', async () => {
    const state = { x: 10, y: 20, width: 1100, height: 750, maximized: false };
    saveWindowState(dir, state);
    saveWindowState(dir, { ...state, x: 30 });
    expect(loadWindowState(dir)).toEqual({ ...state, x: 30 });
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE]);
    expect((await stat(join(dir, WINDOW_STATE_FILE))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8'))).toMatchObject({ x: 30 });
  });

  it('starts afresh from a missing or garbled file', async () => {
    expect(loadWindowState(dir)).toBeNull();
    await writeFile(join(dir, WINDOW_STATE_FILE), '\0\0\0');
    expect(loadWindowState(dir)).toBeNull();
  });

  it('reports a folder it cannot write, without leaving a temp file', async () => {
    expect(() => saveWindowState(join(dir, 'missing'), { x: 0, y: 0, width: 1, height: 1, maximized: false })).toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
