import { Worker } from 'node:worker_threads';
import { workerBuilder, workerCount, type ExportFileBuilder } from '../services/export-builders';

// Starting a worker from its TypeScript source, for everything that runs the
// sources under tsx or vitest rather than the electron-vite build: the thread
// boots through tsx-boot.mjs, which registers tsx before loading the worker.

const BOOT = new URL('./tsx-boot.mjs', import.meta.url);

export const sourceWorker = (entry: URL) => (): Worker => new Worker(BOOT, { workerData: { entry: entry.href } });

export const exportFilesWorkerSource = new URL('./export-files-worker.ts', import.meta.url);

/** The export builder for a process running the sources: worker threads as in the app, started through tsx. */
export const sourceExportBuilder = (onProblem: (message: string) => void): ExportFileBuilder =>
  workerBuilder({ start: sourceWorker(exportFilesWorkerSource), size: workerCount(), onProblem });
