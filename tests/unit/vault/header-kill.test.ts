import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeCommandFor } from '../../../bench/bundle';
import { VaultHeaderDocSchema } from '../../../src/main/store/vault-header-doc';
import { openHarness } from '../../support/services';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

// A kill -9 while the header is being rewritten must leave the old header or
// the new one, never a mix or nothing: it is the only way to the notes.

const CHILD = path.join(import.meta.dirname, 'children', 'header-writer-child.ts');
const PASSPHRASE = 'glacier otter lantern mosaic';
const ROUNDS = 4;

// Bundled once with esbuild: starting through tsx costs most of a second per round.
let command: string[];
beforeAll(async () => {
  command = await nodeCommandFor(CHILD, await makeTempDir());
}, 60_000);

afterAll(() => removeTempDirs());

/** Runs the writer until it has acknowledged `saves` saves, then kills it at once (mid-way through the next). */
function killAfter(dataDir: string, saves: number): Promise<number> {
  const child = spawn(process.execPath, [...command, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let last = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      last = Number(line);
      if (last >= saves) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer exited (${code}) before it was killed`))));
  });
}

describe('vault header under kill -9', () => {
  it('always holds the last acknowledged header or the one after it, and still unlocks', async () => {
    const dir = await makeTempDir();
    const setup = await openHarness({ dir });
    await setup.ok('vault.setUp', { passphrase: PASSPHRASE });
    await setup.close();
    for (let round = 0; round < ROUNDS; round++) {
      const acknowledged = await killAfter(dir, 5 + round * 7);
      const doc = VaultHeaderDocSchema.parse(JSON.parse(await fs.readFile(path.join(dir, 'vault.json'), 'utf8')));
      const minutesOf = (i: number) => (i % 480) + 1;
      expect([minutesOf(acknowledged), minutesOf(acknowledged + 1)], `round ${round}`).toContain(doc.settings.idleLockMinutes);
    }
    const after = await openHarness({ dir });
    expect((await after.ok('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await fs.stat(path.join(dir, 'vault.json'))).mode & 0o777).toBe(0o600);
    await after.close();
  }, 60_000);
});
