import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { SCREENSHOT_DIR } from '../../../playwright.config';

// Screenshots for human review, saved as <view>-<scheme>.png.
//
// The app is a desktop window: the shell is exactly the viewport's height and
// the main area (or an open dialog) scrolls inside it, so Playwright's
// fullPage option would stop at the fold. Instead the viewport is made as
// tall as the content for the shot, at the desktop width, then put back.

export const DESKTOP = { width: 1280, height: 800 } as const;
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const screenshotDir = resolve(import.meta.dirname, '../../..', SCREENSHOT_DIR);

/**
 * The viewport height that shows all of an open dialog (which keeps a margin
 * of 24px each side), or else all of the main area. Panels that scroll by
 * design inside them (the import preview table, 44% of the window) stay so.
 */
const CONTENT_HEIGHT = `(() => {
  const dialog = document.querySelector('[role="dialog"], [role="alertdialog"]');
  if (dialog) return Math.ceil(dialog.scrollHeight + 56);
  const main = document.querySelector('main');
  return main ? Math.ceil(main.scrollHeight) : 0;
})()`;

export async function useScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
}

export async function capture(page: Page, view: string, scheme: Scheme): Promise<string> {
  // Nothing half-loaded in a review shot.
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  await page.evaluate('document.fonts.ready');
  // Some parts are sized by the viewport (a dialog's max-height, the import table's 44vh), so
  // growing the window can grow the content: repeat until everything fits.
  let height: number = DESKTOP.height;
  for (let round = 0; round < 6; round += 1) {
    const needed = (await page.evaluate(CONTENT_HEIGHT)) as number;
    if (needed <= height) break;
    height = needed;
    await page.setViewportSize({ width: DESKTOP.width, height });
  }
  // Park the pointer in a corner so a hover style left by the last click is not mistaken for a selection.
  await page.mouse.move(0, 0);
  await mkdir(screenshotDir, { recursive: true });
  const path = resolve(screenshotDir, `${view}-${scheme}.png`);
  try {
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  } finally {
    await page.setViewportSize(DESKTOP);
  }
  return path;
}
