import { defineConfig } from '@playwright/test';

// Two projects:
// - e2e: the built renderer in Debian's Chromium, served by the test host
//   (tests/host), which forwards contract calls to the real services over HTTP.
//   Tests share one host: call POST /__host/reset in beforeEach, and
//   /__host/reopen to simulate an app restart. Screenshots for review go to
//   test-results/screenshots/ (see SCREENSHOT_DIR).
// - electron: the packaged main process through Playwright's _electron, only
//   where an Electron binary exists (each test prints why it skips otherwise).
// Run `npm run build` first: both projects use out/.

export const HOST_PORT = Number(process.env.CIRCLEKEEPER_HOST_PORT ?? 4179);
export const HOST_URL = `http://127.0.0.1:${HOST_PORT}`;
export const SCREENSHOT_DIR = 'test-results/screenshots';

export default defineConfig({
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Journeys of a dozen steps on a shared two-core CI machine: generous, but still bounded.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: `${HOST_URL}/`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 820 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
  webServer: {
    command: 'npx tsx tests/host/main.ts',
    url: `${HOST_URL}/__host/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      CIRCLEKEEPER_HOST_PORT: String(HOST_PORT),
      // Left empty, the host makes its own temp folder (and reset makes a fresh one per test).
      CIRCLEKEEPER_HOST_DATA_DIR: process.env.CIRCLEKEEPER_HOST_DATA_DIR ?? '',
      ...(process.env.CIRCLEKEEPER_HOST_NOW ? { CIRCLEKEEPER_HOST_NOW: process.env.CIRCLEKEEPER_HOST_NOW } : {}),
    },
  },
});
