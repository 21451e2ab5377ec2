import { describe, expect, it } from 'vitest';
import { describeStartupFailure } from '../../../../src/main/shell/store-failure';
import { NewerSchemaError, StoreDamagedError, StoreLockedError } from '../../../../src/main/store/errors';

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
});
