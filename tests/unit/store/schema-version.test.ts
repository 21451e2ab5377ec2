import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerSchemaError } from '../../../src/main/store/errors';
import { open, seed, snapshot, tempDir } from './helpers';

describe('files from a newer version of Circlekeeper', () => {
  it.each(['index', 'group'] as const)('refuses a newer %s file and leaves the folder byte-for-byte untouched', async (which) => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const file = which === 'index' ? path.join(dir, 'index.json') : path.join(dir, 'groups', `${groupId}.json`);
    const doc = JSON.parse(await fs.readFile(file, 'utf8'));
    // A future format: newer version and a field this version does not know.
    await fs.writeFile(file, JSON.stringify({ ...doc, schemaVersion: 7, somethingNew: [1, 2, 3] }, null, 2));
    const before = await snapshot(dir);

    const failure = await open(dir).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(NewerSchemaError);
    expect((failure as Error).message).toMatch(/was written by a newer version of Circlekeeper/);
    expect((failure as NewerSchemaError).foundVersion).toBe(7);
    expect(await snapshot(dir)).toEqual(before); // no quarantine, no backup, no rewrite

    // And the lock was released, so a second attempt gets the same clear answer.
    await expect(open(dir)).rejects.toBeInstanceOf(NewerSchemaError);
  });
});
