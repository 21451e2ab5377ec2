// npm run soak -- --kills 200 [--seed N] [--keep]
// Kills a writing process with SIGKILL at random moments and checks the data folder after each kill.
import { promises as fs } from 'node:fs';
import { runSoak } from './soak-runner';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const kills = Number(valueOf('--kills') ?? 200);
const seed = valueOf('--seed') === undefined ? Date.now() % 2 ** 31 : Number(valueOf('--seed'));
if (!Number.isInteger(kills) || kills < 1) {
  console.error('Use --kills with a whole number, for example --kills 200.');
  process.exit(2);
}

console.log(`Soak: ${kills} kills, seed ${seed}`);
const result = await runSoak({ kills, seed, log: (line) => console.log(line) });
console.log('');
console.log(`kills                         ${result.kills} (writing ${result.killsByMode.write}, restoring ${result.killsByMode.restore}, pruning ${result.killsByMode.prune})`);
console.log(`acknowledged writes           ${result.acknowledgedWrites}`);
console.log(`acknowledged writes lost      ${result.lostAcknowledgedWrites}`);
console.log(`invalid files after a kill    ${result.invalidFiles}`);
console.log(`recoveries needed at reopen   ${result.recoveriesAtReopen}`);
console.log(`stale locks taken over        ${result.staleLocksTakenOver}`);
console.log(`restores killed mid-way       ${result.restoresInterrupted} (finished or undone at the next open)`);
console.log(`killed restores, after open   ${result.restoreOutcomes.before} as before, ${result.restoreOutcomes.backup} as the backup, ${result.restoreOutcomes.mixed} mixed`);
console.log(`prunes killed mid-way         ${result.prunesInterrupted} (cleaned at the next open)`);
console.log(`backup problems after open    ${result.backupProblems}`);
console.log(`backups kept at the end       ${result.backups}`);
console.log(`time                          ${result.seconds.toFixed(1)} s`);
for (const failure of result.failures) console.log(`FAIL ${failure}`);
if (args.includes('--keep')) console.log(`data folder kept at ${result.dataDir}`);
else await fs.rm(result.workDir, { recursive: true, force: true });
process.exit(result.failures.length === 0 ? 0 : 1);
