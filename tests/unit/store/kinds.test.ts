import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DOCUMENT_KINDS, kindOfFile, listDataFiles } from '../../../src/main/store/kinds';
import { groupDoc, open, seed, tempDir } from './helpers';

// The registry of file kinds is what inspection, recovery, backups, restore and
// verify iterate; these checks keep its entries consistent with each other.

describe('document kinds', () => {
  it('names each kind once and finds the kind of every data file, and of nothing else', () => {
    expect(new Set(DOCUMENT_KINDS.map((k) => k.kind)).size).toBe(DOCUMENT_KINDS.length);
    expect(kindOfFile('index.json')?.kind).toBe('index');
    expect(kindOfFile('groups/00000000-0000-4000-8000-000000000001.json')?.kind).toBe('group');
    expect(kindOfFile('vault.json')?.kind).toBe('vault-header');
    for (const other of ['recovery-log.json', 'restore-in-progress.json', 'groups/notes.txt', 'backups/x/index.json', '.lock']) {
      expect(kindOfFile(other), other).toBeNull();
    }
  });

  it('names as collections only plain lists of items valid on their own, each with its own item schema', () => {
    // A save re-checks only the changed items of a collection (apply-change.ts), which is
    // the full check only if the list itself has no rule of its own.
    for (const kind of DOCUMENT_KINDS) {
      const shape = (kind.schema as unknown as z.ZodObject).shape;
      for (const { key, item } of kind.collections) {
        const list = shape[key];
        expect(list, `${kind.kind}.${key}`).toBeInstanceOf(z.ZodArray);
        expect((list as z.ZodArray).element, `${kind.kind}.${key}`).toBe(item);
        expect((list as z.ZodArray)._zod.def.checks ?? [], `${kind.kind}.${key}`).toEqual([]);
      }
    }
  });

  it('lists every file a backup must carry, and only regular files', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    await fs.mkdir(path.join(dir, 'groups', '00000000-0000-4000-8000-00000000000f.json'));
    await fs.writeFile(path.join(dir, 'recovery-log.json'), '{}');
    expect(await listDataFiles(dir)).toEqual(['index.json', `groups/${groupId}.json`]);
  });

  it('refuses to open only for a lost file of a kind marked so, and opens without a lost group', async () => {
    const refusing = DOCUMENT_KINDS.filter((k) => k.whenLost === 'refuse-open').map((k) => k.kind);
    expect(refusing).toEqual(['index']);
    const dir = await tempDir();
    const store = await open(dir);
    const g = await store.createGroup(groupDoc('Alone'));
    await store.close();
    await fs.writeFile(path.join(dir, 'groups', `${g.group.id}.json`), '');
    const reopened = await open(dir);
    expect(reopened.groups()).toEqual([]);
    expect(reopened.recovery).toEqual([expect.objectContaining({ kind: 'file-set-aside', file: `groups/${g.group.id}.json` })]);
  });
});
