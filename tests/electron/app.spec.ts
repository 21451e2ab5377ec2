import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { BRIDGE_KEY, METHOD_NAMES } from '../../src/shared/method-names';
import { findElectronBinary } from './electron-binary';

// The real desktop app: built main, sandboxed preload and renderer, a temp
// data folder. Runs wherever an Electron binary exists; elsewhere each test is
// skipped with the reason printed, so a CI log never hides the gap.

const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
if (!binary.found) console.log(`[electron tests skipped] ${binary.reason}`);

test.skip(!binary.found, binary.found ? '' : binary.reason);

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary.found) throw new Error(binary.reason);
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RENDERER_URL;
  delete env.CIRCLEKEEPER_DATA_DIR;
  const app = await electron.launch({
    executablePath: binary.path,
    args: [root, '--data-dir', dataDir],
    cwd: root,
    env,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

test.describe('Circlekeeper desktop app', () => {
  let dataDir: string;

  test.beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ck-electron-'));
  });
  test.afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  test('opens the dashboard with exactly the contract on the bridge and no Node in the page', async () => {
    const { app, page } = await launch(dataDir);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
      const surface = await page.evaluate((key) => {
        const w = globalThis as unknown as Record<string, unknown>;
        const bridge = w[key] as Record<string, unknown>;
        return {
          methods: Object.keys(bridge).sort(),
          allFunctions: Object.values(bridge).every((v) => typeof v === 'function'),
          require: typeof w.require,
          process: typeof w.process,
          module: typeof w.module,
          ipcRenderer: typeof w.ipcRenderer,
        };
      }, BRIDGE_KEY);
      expect(surface).toEqual({
        methods: [...METHOD_NAMES].sort(),
        allFunctions: true,
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
        ipcRenderer: 'undefined',
      });
      const info = await page.evaluate((key) => {
        const bridge = (globalThis as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[key]!;
        return bridge['app.info']!({});
      }, BRIDGE_KEY);
      expect(info).toMatchObject({ ok: true, value: { dataDir } });
      // CSP violations and failed loads show up here.
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('runs the window with the security settings on', async () => {
    const { app, page } = await launch(dataDir);
    try {
      // The webPreferences themselves are unit-tested (tests/unit/main/shell/window.test.ts);
      // here their effect is checked from inside the page and from main.
      const inPage = await page.evaluate(() => ({
        require: typeof (globalThis as Record<string, unknown>).require,
        webview: typeof (globalThis as unknown as { customElements: { get(n: string): unknown } }).customElements.get('webview'),
      }));
      expect(inPage).toEqual({ require: 'undefined', webview: 'undefined' });
      const permissions = await page.evaluate(async () => {
        const nav = (globalThis as unknown as { navigator: { permissions: { query(d: { name: string }): Promise<{ state: string }> } } }).navigator;
        return Promise.all(['geolocation', 'notifications', 'camera'].map(async (name) => (await nav.permissions.query({ name })).state));
      });
      expect(permissions).toEqual(['denied', 'denied', 'denied']);

      const before = page.url();
      await page.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
      });
      await page.waitForTimeout(300);
      expect(page.url()).toBe(before);
      const opened = await page.evaluate(
        () => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/') === null,
      );
      expect(opened).toBe(true);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  test('keeps data across a restart and releases the folder on quit', async () => {
    let { app, page } = await launch(dataDir);
    const saved = await page.evaluate(async (key) => {
      const bridge = (globalThis as unknown as Record<string, Record<string, (i: unknown) => Promise<{ ok: boolean; value: { coachTimeZone: string } }>>>)[key]!;
      const current = await bridge['settings.get']!({});
      return bridge['settings.update']!({ coachName: 'Ada Mensah', coachTimeZone: current.value.coachTimeZone });
    }, BRIDGE_KEY);
    expect(saved).toMatchObject({ ok: true });
    await app.close();
    expect((await readdir(dataDir)).some((f) => f.includes('lock'))).toBe(false);

    ({ app, page } = await launch(dataDir));
    try {
      await expect(page.getByRole('heading', { name: /Ada Mensah/ })).toBeVisible();
    } finally {
      await app.close();
    }
  });
});
