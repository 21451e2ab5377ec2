// A worker thread's first module when the app runs from its TypeScript
// sources under tsx (the CLI, the test host, tests and benchmarks): it teaches
// the thread to load TypeScript, then loads the worker named in workerData.
// The packaged app starts its built workers directly and never loads this.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
