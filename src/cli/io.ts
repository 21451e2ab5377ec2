/** Where a command writes; tests pass a collector, the real CLI passes stdout/stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes: 0 success, 1 a problem (bad usage, failed check), 2 the folder is open elsewhere. */
export const EXIT = { ok: 0, problem: 1, locked: 2 } as const;

/** A failure with a one-line message for the person at the terminal and the exit code to end with. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.problem,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
