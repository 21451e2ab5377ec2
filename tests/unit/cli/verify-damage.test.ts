import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashTree, removeTempDirs } from '../../support/temp-dir';
import { cli, demoFolder, groupFiles } from './cli-helpers';

// verify on damage of the wrong kind and on folders it cannot write: a report
// in words, never "Unexpected failure", and never a change to the folder.

afterEach(removeTempDirs);

const repo = path.resolve(import.meta.dirname, '../../..');

describe('cli verify on damaged folders', () => {
  it('checks the key file of the encrypted notes when there is one', async () => {
    const dir = await demoFolder();
    await fs.writeFile(path.join(dir, 'vault.json'), JSON.stringify({ schemaVersion: 3, v: 1, kdf: { alg: 'scrypt', N: 3 } }));
    const result = await cli('verify', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/vault\.json: Does not match the expected format/);
  });

  it('names a folder where index.json should be, instead of calling it missing', async () => {
    const dir = await demoFolder();
    await fs.rm(path.join(dir, 'index.json'));
    await fs.mkdir(path.join(dir, 'index.json'));
    const result = await cli('verify', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('index.json: This is a folder, not a file.');
    expect(result.out).not.toContain('Missing');
  });

  it('reports a group file that is a folder, and a file where the groups folder should be', async () => {
    const dir = await demoFolder();
    const [first] = await groupFiles(dir);
    await fs.rm(path.join(dir, 'groups', first!));
    await fs.mkdir(path.join(dir, 'groups', first!));
    let result = await cli('verify', '--data-dir', dir);
    expect(result).toMatchObject({ code: 1, err: '' });
    expect(result.out).toContain(`groups/${first}: This is a folder, not a file.`);

    await fs.rm(path.join(dir, 'groups'), { recursive: true });
    await fs.writeFile(path.join(dir, 'groups'), 'oops');
    result = await cli('verify', '--data-dir', dir);
    expect(result).toMatchObject({ code: 1, err: '' });
    expect(result.out).toContain('groups/: This is a file, not the folder of group files.');
  });

  it('copes with a .lock folder, a quarantine file and a stray backup entry, reporting each', async () => {
    const dir = await demoFolder();
    await fs.mkdir(path.join(dir, '.lock'));
    await fs.writeFile(path.join(dir, 'quarantine'), 'x');
    await fs.mkdir(path.join(dir, 'backups'), { recursive: true });
    await fs.writeFile(path.join(dir, 'backups', '2025-01-01T00-00-00-000Z-abcdef'), 'x');
    const before = await hashTree(dir);
    const result = await cli('verify', '--data-dir', dir);
    expect(await hashTree(dir)).toEqual(before);
    expect(result.out).toContain('Note: .lock is not a lock file, so the folder was read without locking it.');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('Note: quarantine is a file, not a folder');
    expect(result.out).toContain('Note: backups/2025-01-01T00-00-00-000Z-abcdef cannot be read as a backup (It is a file, not a backup folder.)');
    expect(result.out).toContain('OK: 4 groups, 25 people');
  });

  it('reads a folder on a read-only disk (without locking it), changing nothing', async () => {
    const dir = await demoFolder();
    const before = await hashTree(dir);
    // A private read-only bind mount, in a user namespace of its own: no root needed, nothing else affected.
    const probe = spawnSync('unshare', ['-rm', 'true']);
    if (probe.status !== 0) return void console.log(`skipped: user namespaces are not available here (${probe.stderr.toString().trim()})`);
    const script = `mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && touch "$1/probe" 2>/dev/null && exit 9; exec "$2" "$3" verify --data-dir "$1"`;
    const run = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', dir, path.join(repo, 'node_modules/.bin/tsx'), path.join(repo, 'src/cli/index.ts')], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Note: The folder cannot be written (read-only), so it was read without locking it.');
    expect(run.stdout).toContain('OK: 4 groups, 25 people');
    expect(await hashTree(dir)).toEqual(before);
  }, 30_000);
});
