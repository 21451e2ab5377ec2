import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/main/store/errors';
import { mode, open, seed, snapshot, tempDir } from './helpers';

// Which folders the app may make its own, and the modes of what it keeps there.

describe('choosing a data folder', () => {
  it('refuses a folder of other files, changing nothing (not even its mode), and says why', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'holiday.jpg'), 'photo');
    await fs.mkdir(path.join(dir, 'Projects'));
    await fs.chmod(dir, 0o1777);
    const before = await snapshot(dir);
    const failure = await open(dir).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).code).toBe('not_a_data_folder');
    expect((failure as Error).message).toBe(
      `The folder ${dir} already holds other files ("Projects", "holiday.jpg") and is not a Circlekeeper data folder. ` +
        'Circlekeeper keeps its data in a folder of its own: choose an empty folder, or the data folder Circlekeeper made. ' +
        'Nothing in it has been changed.',
    );
    expect(await snapshot(dir)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(['Projects', 'holiday.jpg']);
    expect((await fs.stat(dir)).mode & 0o7777).toBe(0o1777);
  });

  it('refuses a path that is a file', async () => {
    const file = path.join(await tempDir(), 'notes.txt');
    await fs.writeFile(file, 'x');
    await expect(open(file)).rejects.toThrow(`${file} is not a folder, so it cannot be a data folder. Nothing in it has been changed.`);
  });

  it('accepts an empty folder, one holding only what the system drops everywhere, and one that does not exist yet', async () => {
    const empty = await tempDir();
    await (await open(empty)).close();
    const littered = await tempDir();
    await fs.writeFile(path.join(littered, '.DS_Store'), '');
    await (await open(littered)).close();
    const missing = path.join(await tempDir(), 'a', 'b');
    await (await open(missing)).close();
    for (const dir of [empty, littered, missing]) expect(await fs.readdir(dir)).toContain('index.json');
  });

  it('makes its own files private again at open, whatever a copy did to them', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const store = await open(dir);
    await store.flush();
    const [backup] = (await store.listBackups()).backups;
    await store.close();
    const loose = [
      path.join(dir, 'index.json'),
      path.join(dir, 'groups', `${groupId}.json`),
      path.join(dir, 'backups', backup!.id, 'manifest.json'),
      path.join(dir, 'backups', backup!.id, 'index.json'),
    ];
    for (const file of loose) await fs.chmod(file, 0o644);
    for (const folder of [dir, path.join(dir, 'groups'), path.join(dir, 'backups'), path.join(dir, 'backups', backup!.id)]) {
      await fs.chmod(folder, 0o755);
    }
    const reopened = await open(dir);
    // The live files before anything reads them; the backups in the background, before the start backup.
    expect(await mode(loose[0]!)).toBe(0o600);
    expect(await mode(loose[1]!)).toBe(0o600);
    await reopened.flush();
    for (const file of loose) expect(await mode(file), file).toBe(0o600);
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(path.join(dir, 'backups', backup!.id))).toBe(0o700);
  });
});
