// One cold open in a fresh process: `node --import tsx bench/cold-open-child.ts <dataDir>`.
// Prints the milliseconds from calling openStore until the data is in memory,
// after the modules are loaded (module loading is the app's start-up, not the store's).
import { openStore } from '../src/main/store/open-store';

const dataDir = process.argv[2]!;
const started = performance.now();
const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
const openMs = performance.now() - started;
const people = store.index().people.length;
const groups = store.groups().length;
const meetings = store.groups().reduce((n, g) => n + g.meetings.length, 0);
await store.close();
process.stdout.write(`${JSON.stringify({ openMs, people, groups, meetings })}\n`);
