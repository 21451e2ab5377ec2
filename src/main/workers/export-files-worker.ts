import { parentPort } from 'node:worker_threads';
import { runExportJob, type ExportJob } from '../domain/calendar-export/export-job';

// A worker thread that writes shares of calendar exports (export-job.ts), so a
// large export is spread over the machine's cores and never holds up the main
// process, which keeps answering the window meanwhile.

export interface ExportJobMessage {
  id: number;
  job: ExportJob;
}

export type ExportJobAnswer = { id: number; files: Awaited<ReturnType<typeof runExportJob>> } | { id: number; error: string };

parentPort?.on('message', (message: ExportJobMessage) => {
  runExportJob(message.job).then(
    (files) => {
      // Each file's bytes in a buffer of its own, handed over rather than copied
      // (a small Buffer is a view into a shared pool, which must not be handed over).
      const owned = files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) }));
      parentPort!.postMessage({ id: message.id, files: owned } satisfies ExportJobAnswer, owned.map((f) => f.bytes.buffer));
    },
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies ExportJobAnswer),
  );
});
