import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleGroupInput } from '../support/sample-records';
import { makeTempDir, removeTempDirs } from '../support/temp-dir';
import { bootMain, stopAllBooted, type BootedMain } from './support/booted-main';

// Where the built app keeps the coach's data, as the README promises:
// Electron's user-data folder plus /data (on Linux ~/.config/Circlekeeper/data),
// or the folder given by --data-dir or CIRCLEKEEPER_DATA_DIR.

afterEach(async () => {
  await stopAllBooted();
  await removeTempDirs();
});

async function dataDirOf(app: BootedMain): Promise<string> {
  await app.started();
  const info = await app.call('app.info', {});
  expect(info, app.diagnostics()).toMatchObject({ ok: true });
  return (info.value as { dataDir: string }).dataDir;
}

async function quit(app: BootedMain): Promise<void> {
  app.post('quit');
  expect(await app.exited, app.diagnostics()).toMatchObject({ code: 0 });
  expect(app.problems).toEqual([]);
}

describe('the data folder of the built app', () => {
  it('is ~/.config/Circlekeeper/data when nothing else is given, as the README says', async () => {
    const home = await makeTempDir('ck-boot-home-');
    const app = bootMain({ standIn: { home } });
    const expected = join(home, '.config', 'Circlekeeper', 'data');
    expect(await dataDirOf(app)).toBe(expected);
    expect(existsSync(join(expected, 'index.json'))).toBe(true);
    await quit(app);
  });

  it('stays the folder an earlier version made (~/.config/circlekeeper/data) until the new default exists', async () => {
    const home = await makeTempDir('ck-boot-home-');
    const earlier = join(home, '.config', 'circlekeeper', 'data');
    const before = bootMain({ standIn: { home }, args: ['--data-dir', earlier] });
    await before.started();
    expect(await before.call('groups.create', sampleGroupInput({ name: 'Years of Work Circle' }))).toMatchObject({ ok: true });
    await quit(before);

    const updated = bootMain({ standIn: { home } });
    expect(await dataDirOf(updated)).toBe(earlier);
    const groups = await updated.call('groups.list', { includeArchived: true });
    expect(groups.value).toEqual([expect.objectContaining({ group: expect.objectContaining({ name: 'Years of Work Circle' }) })]);
    await quit(updated);
    expect(existsSync(join(home, '.config', 'Circlekeeper', 'data'))).toBe(false);
  });

  it('is CIRCLEKEEPER_DATA_DIR when set, and --data-dir wins over it', async () => {
    const home = await makeTempDir('ck-boot-home-');
    const fromEnv = join(await makeTempDir('ck-boot-env-'), 'data');
    const fromFlag = join(await makeTempDir('ck-boot-flag-'), 'data');

    const envOnly = bootMain({ standIn: { home }, env: { CIRCLEKEEPER_DATA_DIR: fromEnv } });
    expect(await dataDirOf(envOnly)).toBe(fromEnv);
    await quit(envOnly);

    const both = bootMain({ standIn: { home }, env: { CIRCLEKEEPER_DATA_DIR: fromEnv }, args: [`--data-dir=${fromFlag}`] });
    expect(await dataDirOf(both)).toBe(fromFlag);
    await quit(both);
    expect(existsSync(join(home, '.config'))).toBe(false);
  });

  it('takes a relative --data-dir from the folder the app was started in', async () => {
    const home = await makeTempDir('ck-boot-home-');
    const cwd = await makeTempDir('ck-boot-cwd-');
    mkdirSync(join(cwd, 'coaching'));
    const app = bootMain({ standIn: { home }, cwd, args: ['--data-dir', 'coaching/data'] });
    expect(await dataDirOf(app)).toBe(join(cwd, 'coaching', 'data'));
    await quit(app);
  });
});
