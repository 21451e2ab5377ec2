import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { main } from '../../../src/cli/index';
import type { CliIo } from '../../../src/cli/io';
import { makeTempDir } from '../../support/temp-dir';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** Runs the CLI in this process, as `npm run cli -- ...argv` would, and collects what it prints. */
export async function cli(...argv: string[]) {
  const io = capture();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** A fresh folder holding the demo practice (4 groups, 25 people) as of 15 March 2026. */
export async function demoFolder(): Promise<string> {
  const dir = path.join(await makeTempDir(), 'data');
  const result = await cli('demo', '--data-dir', dir, '--today', '2026-03-15');
  expect(result).toMatchObject({ code: 0, err: '' });
  return dir;
}

export const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8'));
export const groupFiles = async (dir: string) => (await fs.readdir(path.join(dir, 'groups'))).filter((n) => n.endsWith('.json'));
