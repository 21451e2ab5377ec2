import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MethodName } from '../../../src/shared/api';
import { IPC_CHANNEL_PREFIX } from '../../../src/shared/method-names';
import { BUILT_MAIN, ROOT } from './built-app';

// Starts a script (by default the built main process, out/main/index.js) in
// plain Node with `electron` resolved to the recording stand-in, and talks to
// the stand-in over node IPC: what main did to Electron arrives as records,
// and requests make the stand-in act as a user, a page or the OS would.

const REGISTER = pathToFileURL(join(import.meta.dirname, '../electron-stand-in/register.mjs')).href;

export interface BootRecord {
  seq: number;
  api: string;
  [detail: string]: unknown;
}

export interface BootProblem {
  kind: 'missing-api' | 'not-ready' | 'unhandled-rejection' | 'uncaught-exception';
  message: string;
}

export interface BootExit {
  /** The process's exit code (null when a signal ended it). */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The code main passed to app.exit() or the quit sequence, as the stand-in reported it. */
  reported: number | null;
}

export interface StandInConfig {
  home?: string;
  isPackaged?: boolean;
  singleInstance?: boolean;
  darkTheme?: boolean;
  displays?: { x: number; y: number; width: number; height: number }[];
}

export interface BootOptions {
  /** Command-line arguments after the script, e.g. ['--data-dir', dir]. */
  args?: string[];
  /** Extra environment; a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
  standIn?: StandInConfig;
  cwd?: string;
  /** Another script to run under the stand-in (the stand-in's own tests). */
  script?: string;
}

/** What a page's ipcRenderer.invoke would get back. */
export type InvokeOutcome =
  | { kind: 'result'; value: unknown }
  | { kind: 'no-handler'; message: string }
  | { kind: 'threw'; message: string };

/** undefined: the window's own page; { url }: a page at that URL; subframe: an iframe in our page; 'none': a destroyed frame. */
export type SenderFrame = { url?: string; subframe?: boolean } | 'none' | undefined;

type Message =
  | { type: 'record'; record: BootRecord }
  | { type: 'problem'; problem: BootProblem }
  | { type: 'reply'; id: number; ok: boolean; value?: unknown; error?: string }
  | { type: 'exit'; code: number };

// Variables from the test runner that must not leak into the app: vitest sets
// NODE_ENV=test (lowdb then keeps data in memory), and a developer's own
// Circlekeeper settings would point the app elsewhere.
const SCRUBBED_ENV = ['NODE_ENV', 'NODE_OPTIONS', 'ELECTRON_RENDERER_URL', 'CIRCLEKEEPER_DATA_DIR', 'ELECTRON_STAND_IN'];

const running = new Set<BootedMain>();

export class BootedMain {
  readonly records: BootRecord[] = [];
  readonly problems: BootProblem[] = [];
  readonly exited: Promise<BootExit>;
  stderr = '';
  stdout = '';
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; op: string }>();
  private readonly watchers = new Set<() => void>();
  private nextId = 1;
  private reportedExit: number | null = null;
  private exit: BootExit | null = null;

  constructor(options: BootOptions = {}) {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && !SCRUBBED_ENV.includes(key) && !key.startsWith('VITEST')) env[key] = value;
    }
    for (const [key, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    env.ELECTRON_STAND_IN = JSON.stringify(options.standIn ?? {});
    this.child = spawn(process.execPath, ['--import', REGISTER, options.script ?? BUILT_MAIN, ...(options.args ?? [])], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    running.add(this);
    this.child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('message', (message: Message) => this.receive(message));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        running.delete(this);
        this.exit = { code, signal, reported: this.reportedExit };
        for (const { reject, op } of this.pending.values()) reject(new Error(`The booted main exited before answering '${op}'.\n${this.diagnostics()}`));
        this.pending.clear();
        this.notify();
        resolve(this.exit);
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  get hasExited(): boolean {
    return this.exit !== null;
  }

  /** Asks the stand-in to do `op` (see the onRequest calls in electron-stand-in/). */
  request<T = unknown>(op: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.exit) return Promise.reject(new Error(`The booted main has exited; cannot ask for '${op}'.\n${this.diagnostics()}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, op });
      this.child.send({ type: 'request', id, op, ...params });
    });
  }

  /** A request whose answer does not matter (the process may exit before it comes). */
  post(op: string, params: Record<string, unknown> = {}): void {
    this.request(op, params).catch(() => undefined);
  }

  /** A call from a page through ipcRenderer.invoke on the method's channel. */
  invoke(method: MethodName, input: unknown, frame?: SenderFrame): Promise<InvokeOutcome> {
    return this.request<InvokeOutcome>('invoke', { channel: `${IPC_CHANNEL_PREFIX}${method}`, input, frame });
  }

  /** The value a trusted call resolved to; fails the test on anything but a delivered result. */
  async call(method: MethodName, input: unknown, frame?: SenderFrame): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
    const outcome = await this.invoke(method, input, frame);
    if (outcome.kind !== 'result') throw new Error(`${method}: ${outcome.message}`);
    return outcome.value as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  }

  recordsOf(api: string): BootRecord[] {
    return this.records.filter((r) => r.api === api);
  }

  /** Resolves with the first record of `api` that matches; rejects if the process exits or time runs out first. */
  waitForRecord(api: string, matches: (r: BootRecord) => boolean = () => true, timeoutMs = 15_000): Promise<BootRecord> {
    return this.waitFor(() => this.records.find((r) => r.api === api && matches(r)), `a record of ${api}`, timeoutMs);
  }

  /** Resolves once the window has loaded its page: main has started. */
  async started(): Promise<void> {
    await this.waitForRecord('BrowserWindow.show');
  }

  /** Ends a process that is still running (after a test failed part-way). */
  async stop(): Promise<void> {
    if (this.exit) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  /** What a failure message needs: the exit, the problems and the end of stderr. */
  diagnostics(): string {
    const exit = this.exit ? `exit code ${this.exit.code} (signal ${this.exit.signal}, reported ${this.exit.reported})` : 'still running';
    const problems = this.problems.map((p) => `  ${p.kind}: ${p.message}`).join('\n') || '  none';
    return `Booted main: ${exit}\nProblems:\n${problems}\nstderr (end):\n${this.stderr.slice(-3000)}`;
  }

  private waitFor<T>(find: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const found = find();
        if (found !== undefined) {
          done();
          resolve(found);
          return true;
        }
        if (this.exit) {
          done();
          reject(new Error(`The booted main exited before ${what}.\n${this.diagnostics()}`));
          return true;
        }
        return false;
      };
      const watcher = (): void => void check();
      const done = (): void => {
        clearTimeout(timer);
        this.watchers.delete(watcher);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.\n${this.diagnostics()}`));
      }, timeoutMs);
      if (!check()) this.watchers.add(watcher);
    });
  }

  private receive(message: Message): void {
    if (message.type === 'record') this.records.push(message.record);
    else if (message.type === 'problem') this.problems.push(message.problem);
    else if (message.type === 'exit') this.reportedExit = message.code;
    else if (message.type === 'reply') {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(new Error(`The stand-in could not do '${waiting.op}': ${message.error}`));
    }
    this.notify();
  }

  private notify(): void {
    for (const watcher of [...this.watchers]) watcher();
  }
}

/** Boots the built main (or `options.script`) under the stand-in. */
export function bootMain(options: BootOptions = {}): BootedMain {
  return new BootedMain(options);
}

/** For afterEach: kills whatever a failed test left running. */
export async function stopAllBooted(): Promise<void> {
  await Promise.all([...running].map((booted) => booted.stop()));
}
