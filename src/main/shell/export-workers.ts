import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerBuilder, workerCount, type ExportFileBuilder } from '../services/export-builders';

// The app's export workers: export-files-worker.ts is built beside index.js
// (a second input in electron.vite.config.ts) and started from there.

export const EXPORT_WORKER_FILE = 'export-files-worker.js';

export function appExportBuilder(mainDir: string, log: Pick<Console, 'warn'>): ExportFileBuilder {
  return workerBuilder({
    start: () => new Worker(join(mainDir, EXPORT_WORKER_FILE)),
    size: workerCount(),
    onProblem: (message) => log.warn(message),
  });
}
