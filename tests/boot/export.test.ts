import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataExportSchema } from '../../src/main/domain/data-export';
import { sampleGroupInput } from '../support/sample-records';
import { removeTempDirs } from '../support/temp-dir';
import { type BootedMain } from './support/booted-main';
import { bootOnFreshFolder } from './support/fixtures';

// Settings' "Export all data…" in the built app: the platform port opens
// Electron's save dialog over the main window, and the file lands where the
// coach pointed it.

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

describe('data export in the built app', () => {
  it('asks with the native save dialog, over the window, and writes the export there', async () => {
    await app.call('groups.create', sampleGroupInput({ name: 'Exported Circle' }));
    const filePath = join(mkdtempSync(join(tmpdir(), 'ck-boot-export-')), 'mine.json');
    await app.request('answer-dialog', { method: 'showSaveDialog', answer: { canceled: false, filePath } });
    const result = await app.call('data.export', {});
    expect(result).toMatchObject({ ok: true, value: { saved: true, path: filePath, groups: 1, people: 0 } });
    const [asked] = app.recordsOf('dialog.showSaveDialog');
    expect(asked).toMatchObject({
      parent: 'BrowserWindow#1',
      args: [expect.objectContaining({ title: 'Export all your data', defaultPath: expect.stringMatching(/^circlekeeper-export-\d{4}-\d{2}-\d{2}\.json$/) })],
    });
    const doc = DataExportSchema.parse(JSON.parse(readFileSync(filePath, 'utf8')));
    expect(doc.groups.map((g) => g.group.name)).toEqual(['Exported Circle']);
    // Never into the data folder itself.
    expect(filePath.startsWith(dataDir)).toBe(false);
  });

  it('writes nothing when the coach dismisses the dialog', async () => {
    await app.request('answer-dialog', { method: 'showSaveDialog', answer: { canceled: true } });
    expect(await app.call('data.export', {})).toEqual({ ok: true, value: { saved: false } });
  });
});
