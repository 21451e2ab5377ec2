// Run by header-kill.test.ts: `node --import tsx header-writer-child.ts <dataDir>`.
// Opens the store and saves the vault header over and over (each save only
// changes its idle time), printing the number of each save once it is
// acknowledged, until it is killed.
import { openStore } from '../../../../src/main/store/open-store';

const [dataDir] = process.argv.slice(2);
const store = await openStore({ dataDir: dataDir!, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
const header = await store.vaultHeader();
if (!header) throw new Error('no vault header to rewrite');
for (let i = 1; ; i++) {
  await store.saveVaultHeader({ ...header, settings: { idleLockMinutes: (i % 480) + 1 } });
  process.stdout.write(`${i}\n`);
}
