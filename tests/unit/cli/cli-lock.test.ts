import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.resolve(here, '../../../node_modules/.bin/tsx');

afterEach(removeTempDirs);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli against a folder another process has open', () => {
  it('refuses with exit code 2 and a one-line message naming the process, then works once it closes', async () => {
    const dir = path.join(await makeTempDir(), 'data');
    expect((await cli('demo', '--data-dir', dir, '--today', '2026-03-15')).code).toBe(0);

    const holder = spawn(tsx, [path.join(here, 'hold-folder.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      // tsx runs the script in a child of its own, so the holder reports the pid that owns the lock.
      const pid = await new Promise<string>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => {
          const match = /ready (\d+)/.exec(chunk.toString());
          if (match) resolve(match[1]!);
        });
        holder.once('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
      });
      for (const argv of [['verify'], ['backup'], ['backups'], ['restore', '--backup', 'x'], ['export', '--out', path.join(dir, '..', 'export.json')]]) {
        const result = await cli(argv[0]!, '--data-dir', dir, ...argv.slice(1));
        expect(result.code, argv[0]).toBe(2);
        expect(result.err).toMatch(new RegExp(`^This data folder is already open in Circlekeeper \\(process ${pid}, since .+ UTC\\)\\. Close Circlekeeper there first\\.`));
      }
    } finally {
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.stdin.write('stop\n');
      await exited;
    }
    expect(await cli('verify', '--data-dir', dir)).toMatchObject({ code: 0, out: 'OK: 4 groups, 25 people, 43 meetings, 5 files of meeting records, 0 notes' });
  });
});
