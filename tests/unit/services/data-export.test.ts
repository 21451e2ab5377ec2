import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataExportSchema } from '../../../src/main/domain/data-export';
import { dispatch } from '../../../src/main/dispatch';
import { createServices } from '../../../src/main/services/registry';
import type { PlatformPort, SaveRequest } from '../../../src/main/services/platform';
import { openStore } from '../../../src/main/store/open-store';
import { fixedClock } from '../../support/clock';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

afterEach(removeTempDirs);

/** A platform whose save dialog answers with a path (or cancels), recording what it was asked. */
function answering(answer: (request: SaveRequest) => string | null): PlatformPort & { asked: SaveRequest[] } {
  const asked: SaveRequest[] = [];
  return { asked, chooseSaveLocation: async (request) => (asked.push(request), answer(request)), chooseFolder: async () => null };
}

async function servicesWith(platform: PlatformPort) {
  const dir = await makeTempDir();
  const clock = fixedClock('2026-03-15T10:00:00.000Z');
  const store = await openStore({ dataDir: dir, defaultTimeZone: 'Europe/London', now: clock.now, backupIntervalMs: 0 });
  const services = createServices({ store, now: clock.now, appVersion: '1.2.3', platform });
  const call = async (method: string, input: unknown) => dispatch(services, method, input);
  return { dir, store, call };
}

describe('data.export', () => {
  it('asks where to save, then writes the whole export there', async () => {
    const outDir = await makeTempDir();
    const platform = answering((r) => path.join(outDir, r.defaultName));
    const { store, call } = await servicesWith(platform);
    await call('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com' }));
    await call('groups.create', sampleGroupInput({ name: 'Tuesday Circle' }));

    const result = await call('data.export', {});
    const file = path.join(outDir, 'circlekeeper-export-2026-03-15.json');
    expect(result).toEqual({ ok: true, value: { saved: true, path: file, people: 1, groups: 1, bytes: (await fs.stat(file)).size } });
    expect(platform.asked).toEqual([
      { title: 'Export all your data', defaultName: 'circlekeeper-export-2026-03-15.json', filters: [{ name: 'JSON', extensions: ['json'] }] },
    ]);
    const doc = DataExportSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
    expect(doc).toMatchObject({ appVersion: '1.2.3', exportedAt: '2026-03-15T10:00:00.000Z' });
    expect(doc.people.map((p) => p.name)).toEqual(['Ada']);
    expect(doc.groups.map((g) => g.group.name)).toEqual(['Tuesday Circle']);
    await store.close();
  });

  it('does nothing when the coach cancels, and refuses the data folder itself', async () => {
    const cancelled = await servicesWith(answering(() => null));
    expect(await cancelled.call('data.export', {})).toEqual({ ok: true, value: { saved: false } });
    await cancelled.store.close();

    let dataDir = '';
    const inside = await servicesWith(answering(() => path.join(dataDir, 'export.json')));
    dataDir = inside.dir;
    expect(await inside.call('data.export', {})).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Save the export outside Circlekeeper’s data folder, for example in your Documents folder.' },
    });
    expect(await fs.readdir(inside.dir)).not.toContain('export.json');
    await inside.store.close();
  });

  it('says plainly when the chosen place cannot be written', async () => {
    const { store, call } = await servicesWith(answering(() => '/proc/circlekeeper-export.json'));
    const result = await call('data.export', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/^The export could not be saved there: /) } });
    await store.close();
  });
});
