import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirArgumentError, resolveDataDir } from '../../../../src/main/shell/data-dir';

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
});
