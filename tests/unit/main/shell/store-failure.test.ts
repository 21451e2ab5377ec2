import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStartupFailure } from '../../../../src/main/shell/store-failure';
import { NewerSchemaError, StoreDamagedError, StoreLockedError } from '../../../../src/main/store/errors';
import { ensurePrivateDir } from '../../../../src/main/store/durable-fs';
import { makeTempDir, removeTempDirs } from '../../../support/temp-dir';

afterEach(removeTempDirs);

/** The error the store's first step (creating the data folder) really throws for `dataDir`. */
async function openFailure(dataDir: string): Promise<unknown> {
  try {
    await ensurePrivateDir(dataDir);
  } catch (err) {
    return err;
  }
  throw new Error(`creating ${dataDir} did not fail`);
}

describe('describeStartupFailure', () => {
  it('passes on the store’s own message for a locked folder', () => {
    const err = new StoreLockedError('/data', { pid: 4242, hostname: 'elsewhere', startedAt: '2025-01-01T00:00:00.000Z' });
    const failure = describeStartupFailure(err, '/data');
    expect(failure.title).toBe('Circlekeeper is already open');
    expect(failure.message).toContain(err.message);
    expect(failure.message).toContain('/data');
  });

  it('explains damage and newer files in the store’s words', () => {
    const damaged = new StoreDamagedError('index.json', 'truncated', 'The file index.json is damaged and no backup has a good copy.');
    expect(describeStartupFailure(damaged, '/d').message).toContain('no backup has a good copy');
    expect(describeStartupFailure(new NewerSchemaError('index.json', 9, 1), '/d').title).toBe('Circlekeeper needs an update');
  });

  it('gives anything else a plain message without internals', () => {
    const err = new Error('ENOSPC: at Object.openSync (node:fs:573:3)');
    const failure = describeStartupFailure(err, '/d');
    expect(failure.message).not.toContain('ENOSPC');
    expect(failure.message).not.toContain('node:fs');
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    expect(describeStartupFailure(denied, '/d').message).toContain('not allowed to read or write');
  });

  it('says which file stands where the data folder should be, and what to do', async () => {
    const file = join(await makeTempDir(), 'notes.txt');
    await fs.writeFile(file, 'mine');
    for (const dataDir of [file, join(file, 'data')]) {
      const failure = describeStartupFailure(await openFailure(dataDir), dataDir);
      expect(failure.title).toBe('Circlekeeper could not open your data');
      expect(failure.message).toContain(`${file} is a file, not a folder. Choose a folder for your data with --data-dir`);
      expect(failure.message).not.toMatch(/EEXIST|ENOTDIR|mkdir/);
    }
  });

  it('names a file inside the data folder that should be a folder', async () => {
    const dataDir = await makeTempDir();
    await fs.writeFile(join(dataDir, 'groups'), '');
    const failure = describeStartupFailure(await openFailure(join(dataDir, 'groups')), dataDir);
    expect(failure.message).toContain(`${join(dataDir, 'groups')} is a file, not a folder, so Circlekeeper cannot keep its data inside it.`);
  });

  it('puts full and read-only disks and a folder in place of a file in plain words', () => {
    const errno = (code: string, extra: object = {}) => Object.assign(new Error(`${code}: failed`), { code, ...extra });
    expect(describeStartupFailure(errno('ENOSPC'), '/d').message).toMatch(/^The disk that holds that folder is full/);
    expect(describeStartupFailure(errno('EROFS'), '/d').message).toMatch(/^That folder is on a disk that cannot be written to/);
    expect(describeStartupFailure(errno('EISDIR', { path: '/d/index.json' }), '/d').message).toMatch(
      /^\/d\/index\.json is a folder where Circlekeeper expected a file\./,
    );
    // EEXIST from anything but creating a folder is not about a file in the way.
    expect(describeStartupFailure(errno('EEXIST', { syscall: 'open', path: '/d/x.tmp' }), '/d').message).toMatch(/^Something unexpected/);
  });
});
