import { promises as fs } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runSoak, type SoakResult } from '../../../bench/soak-runner';

// The short CI version of `npm run soak` (which defaults to 200 kills).
let result: SoakResult | undefined;
afterAll(async () => {
  if (result) await fs.rm(result.workDir, { recursive: true, force: true });
});

describe('soak: SIGKILL during writes, restores and prunes', () => {
  it('loses no acknowledged write, leaves every file valid and no restore mixed, across 20 kills', async () => {
    result = await runSoak({ kills: 20, seed: 15, groups: 40 });
    expect(result.failures).toEqual([]);
    expect(result.kills).toBe(20);
    expect(result.killsByMode).toEqual({ write: 12, restore: 4, prune: 4 });
    expect(result.lostAcknowledgedWrites).toBe(0);
    expect(result.invalidFiles).toBe(0);
    expect(result.recoveriesAtReopen).toBe(0);
    expect(result.restoreOutcomes.mixed).toBe(0);
    expect(result.backupProblems).toBe(0);
    expect(result.staleLocksTakenOver).toBe(20);
    // The writer did real work between kills, or the test proves nothing: each
    // write round kills only after the writer acknowledged its first write.
    expect(result.acknowledgedWrites).toBeGreaterThanOrEqual(result.killsByMode.write);
  }, 120_000);
});
