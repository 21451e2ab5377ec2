import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

// Another live process holding a data folder open, the way the app or the CLI
// does (tests/unit/cli/hold-folder.ts opens the store and waits).

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const HOLD_FOLDER = join(ROOT, 'tests/unit/cli/hold-folder.ts');

export interface Holder {
  /** The pid written in the folder's lock (tsx runs the script in a child of its own). */
  lockPid: number;
  release(): Promise<void>;
}

export async function holdFolder(dataDir: string): Promise<Holder> {
  const child: ChildProcess = spawn(TSX, [HOLD_FOLDER, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const lockPid = await new Promise<number>((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) done(Number(match[1]));
    });
    child.once('exit', (code) => fail(new Error(`The folder holder exited early with ${code}`)));
  });
  return {
    lockPid,
    async release() {
      child.stdin!.write('stop\n');
      await exited;
    },
  };
}
