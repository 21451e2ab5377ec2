import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tempPathFor } from '../store/durable-fs';

// The window's size and position between sessions: a tiny JSON file in the data
// folder. Saved synchronously because the last save happens while the window
// closes, when nothing waits for a promise. Written like the store's files
// (unique temp name, fsync, rename, mode 0600) so a crash never leaves half a file.

export const WINDOW_STATE_FILE = 'windowState.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export interface Size {
  width: number;
  height: number;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1_000_000;

/** A saved state, or null when the text is missing, garbled or from an unknown shape. */
export function parseWindowState(text: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { x, y, width, height, maximized } = raw as Record<string, unknown>;
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height) || width <= 0 || height <= 0) return null;
  return { x, y, width, height, maximized: maximized === true };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Places a remembered window on a display that exists now: the one it overlaps
 * most, or the primary display (first work area) when it overlaps none, as after
 * unplugging a monitor. The window is shrunk to fit and moved fully inside.
 * Without a remembered state it gets the default size, centred.
 */
export function fitToDisplays(saved: Rect | null, workAreas: readonly Rect[], defaults: Size, minimum: Size): Rect {
  const primary = workAreas[0];
  const wanted = saved ?? { x: 0, y: 0, ...defaults };
  if (!primary) return { ...wanted, width: Math.max(wanted.width, minimum.width), height: Math.max(wanted.height, minimum.height) };

  let area = primary;
  let best = 0;
  if (saved) {
    for (const candidate of workAreas) {
      const shared = overlap(saved, candidate);
      if (shared > best) {
        best = shared;
        area = candidate;
      }
    }
  }
  const width = Math.min(Math.max(wanted.width, minimum.width), area.width);
  const height = Math.min(Math.max(wanted.height, minimum.height), area.height);
  if (!saved || best === 0) {
    return {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
  }
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

export function loadWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  const target = join(dataDir, WINDOW_STATE_FILE);
  // The store's temp naming, so the next open removes a leftover from a crash mid-save.
  const temp = tempPathFor(target);
  const body = `${JSON.stringify(state, null, 2)}\n`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, body);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
