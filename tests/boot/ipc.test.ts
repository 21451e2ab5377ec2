import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNEL_PREFIX, METHOD_NAMES } from '../../src/shared/method-names';
import { sampleGroupInput } from '../support/sample-records';
import { removeTempDirs } from '../support/temp-dir';
import { type BootedMain, type SenderFrame } from './support/booted-main';
import { APP_VERSION, bootOnFreshFolder, groupOnDisk, OUR_PAGE } from './support/fixtures';

// The contract over the built app's real ipcMain handlers: one per method,
// callable from our own page only, validated in main, and writing to disk.

let app: BootedMain;
let dataDir: string;

beforeAll(async () => {
  ({ booted: app, dataDir } = await bootOnFreshFolder());
});

afterAll(async () => {
  const problems = app.problems;
  await app.stop();
  await removeTempDirs();
  expect(problems).toEqual([]);
});

const groupFiles = (): string[] => readdirSync(join(dataDir, 'groups')).sort();

describe('the IPC handlers of the built app', () => {
  it('has exactly one handler for each contract method and no other channel', async () => {
    const expected = METHOD_NAMES.map((m) => `${IPC_CHANNEL_PREFIX}${m}`).sort();
    // Registered once each (a second registration would have thrown in main).
    expect(app.recordsOf('ipcMain.handle').map((r) => r.channel).sort()).toEqual(expected);
    expect(await app.request('handlers')).toEqual(expected);
  });

  it('reports the version from package.json and the data folder it opened', async () => {
    expect(await app.call('app.info', {})).toMatchObject({ ok: true, value: { version: APP_VERSION, dataDir } });
  });

  it('serves a call from its own page: a group created through the real handler is on disk', async () => {
    const created = await app.call('groups.create', sampleGroupInput({ name: 'Boot Circle' }));
    expect(created).toMatchObject({ ok: true, value: { name: 'Boot Circle' } });
    const id = (created.value as { id: string }).id;
    expect(groupOnDisk(dataDir, id).group).toMatchObject({ id, name: 'Boot Circle' });

    // Any route of the page is the same page.
    const listed = await app.call('groups.list', { includeArchived: false }, { url: `${OUR_PAGE}#/groups/${id}` });
    expect(listed).toMatchObject({ ok: true, value: [{ group: expect.objectContaining({ id, name: 'Boot Circle' }) }] });
  });

  it('refuses calls from any other frame, and they change nothing', async () => {
    const before = groupFiles();
    const strangers: SenderFrame[] = [
      { url: 'https://evil.example/' },
      { url: 'file:///tmp/index.html' },
      { url: OUR_PAGE.replace(/index\.html$/, 'other.html') },
      { url: 'http://localhost:5173/' },
      // Our page inside an iframe, and a frame that is already gone.
      { url: OUR_PAGE, subframe: true },
      'none',
    ];
    for (const frame of strangers) {
      const outcome = await app.call('groups.create', sampleGroupInput({ name: 'Intruder Circle' }), frame);
      expect(outcome, JSON.stringify(frame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(groupFiles()).toEqual(before);
    const names = ((await app.call('groups.list', { includeArchived: true })).value as { group: { name: string } }[]).map((s) => s.group.name);
    expect(names).not.toContain('Intruder Circle');
  });

  it('validates what the page sends in main, whatever the page checked', async () => {
    const before = groupFiles();
    expect(await app.call('groups.create', { ...sampleGroupInput(), name: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    // Structured clone keeps an own __proto__ key; the strict schema refuses it.
    const polluted = JSON.parse(`{"__proto__": {"polluted": true}, "name": "Proto Circle"}`) as Record<string, unknown>;
    expect(await app.call('groups.create', { ...sampleGroupInput(), ...polluted })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(groupFiles()).toEqual(before);
  });

  it('answers every contract method through its handler with a typed result', async () => {
    for (const method of METHOD_NAMES) {
      const outcome = await app.invoke(method, {});
      expect(outcome.kind, method).toBe('result');
      const result = (outcome as { value: { ok: boolean; error?: { code: string; message: string } } }).value;
      expect(typeof result.ok, method).toBe('boolean');
      if (!result.ok) {
        expect(['internal', 'unknown_method'], `${method}: ${result.error?.message}`).not.toContain(result.error?.code);
        expect(result.error?.message, method).toEqual(expect.any(String));
      }
    }
  });
});
