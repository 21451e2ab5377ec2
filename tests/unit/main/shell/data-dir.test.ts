import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirArgumentError, earlierDefaultDataDirs, resolveDataDir } from '../../../../src/main/shell/data-dir';

const base = { userDataPath: '/home/coach/.config/Circlekeeper', cwd: '/work/here', env: {} };

describe('resolveDataDir', () => {
  it('defaults to a data folder inside Electron userData', () => {
    expect(resolveDataDir({ ...base, argv: ['electron', '.'] })).toBe(join(base.userDataPath, 'data'));
  });

  it('takes --data-dir DIR and --data-dir=DIR', () => {
    expect(resolveDataDir({ ...base, argv: ['app', '--data-dir', '/tmp/a'] })).toBe('/tmp/a');
    expect(resolveDataDir({ ...base, argv: ['app', '--data-dir=/tmp/b'] })).toBe('/tmp/b');
  });

  it('resolves a relative folder against the working directory', () => {
    expect(resolveDataDir({ ...base, argv: ['app', '--data-dir', 'scratch/../data'] })).toBe(resolve('/work/here/data'));
    expect(resolveDataDir({ ...base, argv: [], env: { CIRCLEKEEPER_DATA_DIR: 'rel' } })).toBe('/work/here/rel');
  });

  it('uses the environment variable when there is no argument', () => {
    expect(resolveDataDir({ ...base, argv: ['app'], env: { CIRCLEKEEPER_DATA_DIR: '/srv/ck' } })).toBe('/srv/ck');
  });

  it('prefers the argument over the environment variable', () => {
    expect(
      resolveDataDir({ ...base, argv: ['app', '--data-dir', '/from/arg'], env: { CIRCLEKEEPER_DATA_DIR: '/from/env' } }),
    ).toBe('/from/arg');
  });

  it('ignores an empty environment variable', () => {
    expect(resolveDataDir({ ...base, argv: [], env: { CIRCLEKEEPER_DATA_DIR: '  ' } })).toBe(
      join(base.userDataPath, 'data'),
    );
  });

  it('refuses --data-dir without a folder instead of guessing', () => {
    expect(() => resolveDataDir({ ...base, argv: ['app', '--data-dir'] })).toThrow(DataDirArgumentError);
    expect(() => resolveDataDir({ ...base, argv: ['app', '--data-dir', '--inspect'] })).toThrow(/needs a folder/);
    expect(() => resolveDataDir({ ...base, argv: ['app', '--data-dir='] })).toThrow(/needs a folder/);
  });

  it('does not mistake a similar flag for --data-dir', () => {
    expect(resolveDataDir({ ...base, argv: ['app', '--data-directory', '/x'] })).toBe(join(base.userDataPath, 'data'));
  });

  describe('a data folder from an earlier version', () => {
    const earlier = earlierDefaultDataDirs('/home/coach/.config');
    const current = join(base.userDataPath, 'data');
    const withFolders = (...present: string[]) => ({
      ...base,
      argv: ['app'],
      earlierDefaults: earlier,
      exists: (path: string) => present.includes(path),
    });

    it('is the folder named after the npm package', () => {
      expect(earlier).toEqual(['/home/coach/.config/circlekeeper/data']);
    });

    it('is kept in use while the current default does not exist', () => {
      expect(resolveDataDir(withFolders(earlier[0]!))).toBe(earlier[0]);
    });

    it('gives way to the current default once that exists, and is never made up', () => {
      expect(resolveDataDir(withFolders(current, earlier[0]!))).toBe(current);
      expect(resolveDataDir(withFolders())).toBe(current);
    });

    it('never overrides a folder the coach chose', () => {
      expect(resolveDataDir({ ...withFolders(earlier[0]!), argv: ['app', '--data-dir', '/chosen'] })).toBe('/chosen');
    });
  });
});
