import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const CHILD = path.join(import.meta.dirname, 'children', 'open-store-child.ts');

export interface ChildReport {
  ok: boolean;
  pid?: number;
  code?: string;
  message?: string;
}

/** Starts the child store process and resolves with its first report line. */
export function startChild(dataDir: string, mode: 'try' | 'hold'): { child: ChildProcess; report: Promise<ChildReport> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, mode], { stdio: ['pipe', 'pipe', 'inherit'] });
  const report = new Promise<ChildReport>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(JSON.parse(line) as ChildReport));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) without a report`)));
  });
  return { child, report };
}

export const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
