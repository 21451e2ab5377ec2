import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliFailure, type CliIo } from './io';

// The vault passphrase reaches the CLI only from a file or from a prompt at
// the terminal. A command-line argument would sit in the shell's history and
// in every process listing on the machine, so it is refused outright.

/** Where a prompt reads from; the real one is the terminal, tests pass their own. */
export interface PassphraseTerminal {
  /** True when a person is at the keyboard (stdin is a TTY). */
  readonly interactive: boolean;
  /** Asks with echo off and resolves with what was typed. */
  ask(question: string): Promise<string>;
}

/** Arguments that would carry a passphrase in the clear; checked before any parsing. */
export function refusePassphraseArgument(argv: readonly string[]): void {
  if (argv.some((a) => a === '--passphrase' || a.startsWith('--passphrase='))) {
    throw new CliFailure(
      'The passphrase is never taken on the command line: it would stay in your shell history and be visible to other programs. ' +
        'Use --passphrase-file FILE, or leave it out to be asked for it.',
    );
  }
}

/** A file's content with one trailing line break removed, warning when others on the machine can read it. */
async function fromFile(file: string, io: CliIo): Promise<string> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    const stat = await fs.stat(absolute);
    if (!stat.isFile()) throw new CliFailure(`The passphrase file ${absolute} is not a regular file.`);
    if ((stat.mode & 0o077) !== 0) {
      io.err(`Warning: the passphrase file ${absolute} can be read by other users of this computer. Make it private with: chmod 600 "${absolute}"`);
    }
    text = await fs.readFile(absolute, 'utf8');
  } catch (err) {
    if (err instanceof CliFailure) throw err;
    throw new CliFailure(`The passphrase file ${absolute} could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase.length === 0) throw new CliFailure(`The passphrase file ${absolute} is empty.`);
  return passphrase;
}

export async function readPassphrase(file: string | undefined, terminal: PassphraseTerminal, io: CliIo, question = 'Notes passphrase: '): Promise<string> {
  if (file !== undefined) return fromFile(file, io);
  if (!terminal.interactive) {
    throw new CliFailure('This command needs the notes passphrase: give --passphrase-file FILE, or run it in a terminal to be asked for it.');
  }
  const typed = await terminal.ask(question);
  if (typed.length === 0) throw new CliFailure('No passphrase was typed.');
  return typed;
}

/** The terminal of this process: raw mode so nothing typed is echoed. */
export const processTerminal: PassphraseTerminal = {
  get interactive() {
    return process.stdin.isTTY === true;
  },
  ask(question) {
    return new Promise((resolve, reject) => {
      const stdin = process.stdin;
      process.stderr.write(question);
      stdin.setRawMode(true);
      stdin.resume();
      stdin.setEncoding('utf8');
      let typed = '';
      const done = (error: Error | null) => {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', onData);
        process.stderr.write('\n');
        if (error) reject(error);
        else resolve(typed);
      };
      const onData = (chunk: string) => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') return done(null);
          if (ch === '\u0003' || ch === '\u0004') return done(new CliFailure('Cancelled.'));
          if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
          else typed += ch;
        }
      };
      stdin.on('data', onData);
    });
  },
};
