// Run as a separate process by cli-lock.test.ts: opens a data folder the way
// the app does, says "ready", and keeps it open until told to stop.
import { openStore } from '../../../src/main/store/open-store';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-folder.ts DIR');
const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
// Settled before "ready": the tests compare the folder before and after, and a
// cache written a moment after the open would look like a change.
await store.flush();
process.stdout.write(`ready ${process.pid}\n`);
process.stdin.once('data', () => {
  void store.close().then(() => process.exit(0));
});
