import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreDamagedError } from '../../../src/main/store/errors';
import { open, seed, tempDir } from './helpers';

// Damage of the wrong kind: a folder where a file belongs, a file where a
// folder belongs. Each gets a readable notice and, where a backup allows,
// recovery; never an EISDIR/ENOTDIR stack trace.

async function seededWithBackup() {
  const dir = await tempDir();
  const seeded = await seed(dir);
  const store = await open(dir);
  await store.flush(); // the start backup
  await store.close();
  return { dir, ...seeded };
}

const replaceWithFolder = async (target: string) => {
  await fs.rm(target, { recursive: true, force: true });
  await fs.mkdir(target);
  await fs.writeFile(path.join(target, 'inside.txt'), 'kept');
};

const replaceWithFile = async (target: string) => {
  await fs.rm(target, { recursive: true, force: true });
  await fs.writeFile(target, 'a file where a folder belongs');
};

describe('damage of the wrong kind', () => {
  it('restores index.json from a backup when it is a folder, keeping the folder aside', async () => {
    const { dir } = await seededWithBackup();
    await replaceWithFolder(path.join(dir, 'index.json'));
    const store = await open(dir);
    expect(store.recovery).toEqual([
      expect.objectContaining({ kind: 'file-restored', file: 'index.json', problem: 'There is a folder where the file should be.' }),
    ]);
    expect(await fs.readFile(path.join(dir, store.recovery[0]!.keptAs, 'inside.txt'), 'utf8')).toBe('kept');
    expect(store.index().people).toHaveLength(2);
  });

  it('refuses with a readable message when index.json is a folder and no backup has it', async () => {
    const dir = await tempDir();
    await seed(dir);
    await fs.rm(path.join(dir, 'backups'), { recursive: true, force: true });
    await replaceWithFolder(path.join(dir, 'index.json'));
    const failure = await open(dir).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(StoreDamagedError);
    expect((failure as Error).message).toMatch(/is damaged\. There is a folder where the file should be\./);
  });

  it('restores a group file that is a folder', async () => {
    const { dir, groupId } = await seededWithBackup();
    await replaceWithFolder(path.join(dir, 'groups', `${groupId}.json`));
    const store = await open(dir);
    expect(store.recovery).toEqual([expect.objectContaining({ kind: 'file-restored', file: `groups/${groupId}.json` })]);
    expect(store.group(groupId)?.group.name).toBe('Tuesday Circle');
  });

  it('sets aside a file named "groups" and brings every group back from the newest backup', async () => {
    const { dir, groupId } = await seededWithBackup();
    await replaceWithFile(path.join(dir, 'groups'));
    const store = await open(dir);
    expect(store.recovery).toEqual([
      expect.objectContaining({ kind: 'entry-set-aside', file: 'groups', keptAs: expect.stringMatching(/^quarantine\/.*-groups$/) }),
      expect.objectContaining({ kind: 'file-restored', file: `groups/${groupId}.json`, problem: 'The file was lost with the groups folder.' }),
    ]);
    expect(store.group(groupId)?.group.name).toBe('Tuesday Circle');
    expect((await fs.stat(path.join(dir, 'groups'))).isDirectory()).toBe(true);
  });

  it('moves a file named "quarantine" into a new quarantine folder, then quarantines as usual', async () => {
    const { dir } = await seededWithBackup();
    await fs.writeFile(path.join(dir, 'quarantine'), 'not a folder');
    await fs.writeFile(path.join(dir, 'index.json'), '');
    const store = await open(dir);
    expect(store.recovery.map((e) => [e.kind, e.file])).toEqual([
      ['entry-set-aside', 'quarantine'],
      ['file-restored', 'index.json'],
    ]);
    expect(await fs.readFile(path.join(dir, store.recovery[0]!.keptAs), 'utf8')).toBe('not a folder');
  });

  it('sets aside a file named "backups" and backs up again', async () => {
    const { dir } = await seededWithBackup();
    await replaceWithFile(path.join(dir, 'backups'));
    const store = await open(dir);
    expect(store.recovery).toEqual([expect.objectContaining({ kind: 'entry-set-aside', file: 'backups' })]);
    await store.flush();
    expect((await store.listBackups()).backups).toEqual([expect.objectContaining({ reason: 'start' })]);
  });
});
