// Run as a separate process by the lock tests: `node --import tsx open-store-child.ts <dataDir> try|hold`.
// try: open, report, close. hold: open, report, keep the store open until stdin closes.
import { openStore } from '../../../../src/main/store/open-store';
import { StoreError } from '../../../../src/main/store/errors';

const [dataDir, mode] = process.argv.slice(2);
try {
  const store = await openStore({ dataDir: dataDir!, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
  process.stdout.write(`${JSON.stringify({ ok: true, pid: process.pid })}\n`);
  if (mode === 'hold') {
    process.stdin.resume();
    await new Promise((resolve) => process.stdin.on('end', resolve));
  }
  await store.close();
} catch (err) {
  const code = err instanceof StoreError ? err.code : 'unexpected';
  process.stdout.write(`${JSON.stringify({ ok: false, code, message: (err as Error).message })}\n`);
}
