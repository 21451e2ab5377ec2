import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { exportFiles, type ExportFile, type FileOptions } from '../domain/calendar-export/export-files';
import { splitExport } from '../domain/calendar-export/export-job';
import type { ExportPlan } from '../domain/calendar-export/export-plan';
import type { ExportJobAnswer, ExportJobMessage } from '../workers/export-files-worker';

// Who turns an export's plan into files. In the main thread for small exports,
// for tests and where there is one core; otherwise on a few worker threads
// (workers/export-files-worker.ts), each writing a share, so exporting every
// participant's files and drafts takes a fraction of the time and the main
// process stays free to answer the window. Both give the same files in the same
// order (tested byte for byte).

export interface ExportFileBuilder {
  build(plan: Pick<ExportPlan, 'coach' | 'groups' | 'people'>, options: FileOptions): Promise<ExportFile[]>;
  /** Ends the worker threads, if any. */
  close(): Promise<void>;
}

export const inThreadBuilder: ExportFileBuilder = {
  build: (plan, options) => exportFiles(plan, options),
  close: () => Promise.resolve(),
};

/** Below this many drafts and events, starting work elsewhere costs more than it saves. */
const SMALL_EXPORT = 400;

/** One worker per core, at most four: beyond that the shares are too small to gain. */
export function workerCount(): number {
  return Math.max(0, Math.min(4, availableParallelism()));
}

export interface WorkerBuilderOptions {
  /** Starts one worker running export-files-worker. */
  start: () => Worker;
  size: number;
  /** Told when workers fail and the export is made in the main thread instead. */
  onProblem?: (message: string) => void;
  /** Exports with fewer events and drafts than this stay in the main thread (SMALL_EXPORT). */
  smallExport?: number;
}

interface Pending {
  resolve: (files: ExportFile[]) => void;
  reject: (error: Error) => void;
}

export function workerBuilder(options: WorkerBuilderOptions): ExportFileBuilder {
  let workers: Worker[] | null = null;
  let failed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const pool = (): Worker[] => {
    if (workers !== null) return workers;
    workers = Array.from({ length: options.size }, () => {
      const worker = options.start();
      // The CLI and tests end when their work does, whatever workers are idle.
      worker.unref();
      worker.on('message', (answer: ExportJobAnswer) => {
        const waiting = pending.get(answer.id);
        if (waiting === undefined) return;
        pending.delete(answer.id);
        if ('error' in answer) waiting.reject(new Error(answer.error));
        else waiting.resolve(answer.files);
      });
      worker.on('error', (error) => {
        failed = true;
        failAll(error);
      });
      worker.on('exit', (code) => {
        // Ended by close(): nothing was waiting on it.
        if (code !== 0 && workers?.includes(worker)) {
          failed = true;
          failAll(new Error(`An export worker stopped (exit code ${code}).`));
        }
      });
      return worker;
    });
    return workers;
  };

  const ask = (worker: Worker, message: Omit<ExportJobMessage, 'id'>): Promise<ExportFile[]> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id } satisfies ExportJobMessage);
    });

  return {
    async build(plan, fileOptions) {
      const size = plan.coach.length + plan.people.reduce((n, p) => n + p.events.length + p.invitations.length, 0);
      if (failed || options.size < 2 || size < (options.smallExport ?? SMALL_EXPORT)) return exportFiles(plan, fileOptions);
      const jobs = splitExport(plan, fileOptions, options.size);
      let answers: ExportFile[][];
      try {
        const threads = pool();
        answers = await Promise.all(jobs.map((job, i) => ask(threads[i % threads.length]!, { job })));
      } catch (error) {
        if (!failed) throw error; // The export itself failed (bad data): the same would happen here.
        options.onProblem?.(`Export workers failed (${error instanceof Error ? error.message : String(error)}); exporting in the main process.`);
        return exportFiles(plan, fileOptions);
      }
      return answers.flat();
    },
    async close() {
      const running = workers ?? [];
      workers = null;
      await Promise.all(running.map((w) => w.terminate()));
    },
  };
}
