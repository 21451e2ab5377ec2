import { promises as fs } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runSoak, type SoakResult } from '../../../bench/soak-runner';

// The short CI version of `npm run soak` (which defaults to 200 kills).
let result: SoakResult | undefined;
afterAll(async () => {
  if (result) await fs.rm(result.workDir, { recursive: true, force: true });
});

describe('soak: SIGKILL during writes', () => {
  it('loses no acknowledged write and leaves every file valid across 15 kills', async () => {
    result = await runSoak({ kills: 15, seed: 15 });
    expect(result.failures).toEqual([]);
    expect(result.kills).toBe(15);
    expect(result.lostAcknowledgedWrites).toBe(0);
    expect(result.invalidFiles).toBe(0);
    expect(result.recoveriesAtReopen).toBe(0);
    expect(result.staleLocksTakenOver).toBe(15);
    // The writer did real work between kills, or the test proves nothing.
    expect(result.acknowledgedWrites).toBeGreaterThan(15);
  }, 60_000);
});
