import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { todayIn } from '../shared/calendar/days';
import { IsoDateSchema } from '../shared/primitives';
import { runListBackups, runBackup, runRestore } from './commands/backups';
import { runDemo } from './commands/demo';
import { runExport } from './commands/export';
import { runCalendar } from './commands/calendar';
import { runVerify } from './commands/verify';
import { runNotesExport, refuseWithoutConsent } from './commands/notes-export';
import { runNotesImport } from './commands/notes-import';
import { CliFailure, EXIT, consoleIo, type CliIo } from './io';
import { processTerminal, readPassphrase, refusePassphraseArgument, type PassphraseTerminal } from './passphrase';
import { asCliFailure, localTimeZone } from './open';

export const USAGE = `Circlekeeper command line: works on a data folder the app does not have open.

Usage: npm run cli -- <command> --data-dir DIR [options]

Commands:
  demo      --data-dir DIR [--today YYYY-MM-DD] [--passphrase-file F]
            Build a realistic demo practice (4 groups, 25 people) in a new or empty
            folder, with dates relative to --today (default: today). With
            --passphrase-file it also sets up encrypted notes and writes demo notes.
  notes import --data-dir DIR [--passphrase-file F] PATH...
            Import Markdown files (or folders of them) as encrypted notes. Front
            matter names person/people, group, date, kind, meeting, title.
            Prints one line per file; never prints note text.
  notes export --data-dir DIR --out FOLDER [--passphrase-file F] --i-understand-this-is-plaintext
            Write every note DECRYPTED as a Markdown file into a new or empty
            folder (or over an earlier notes export).
  verify    --data-dir DIR
            Check that every file reads, matches its format and that nothing
            points at records that do not exist. Changes nothing.
  backup    --data-dir DIR          Make a backup now and print its id.
  backups   --data-dir DIR          List the backups. Changes nothing.
  restore   --data-dir DIR --backup ID
            Put a backup back in place. What it replaces is backed up first.
  export    --data-dir DIR --out FILE.json [--force]
            Write every record as documented JSON (docs/export-format.md).
            Reads the folder as the app would show it (damaged files come from
            their backups) and changes nothing in it. --force replaces FILE.

  calendar  --data-dir DIR --out FOLDER [--from YYYY-MM-DD] [--to YYYY-MM-DD]
            [--person ID]... [--group ID]... [--record]
            Write the calendar files the app writes: one .ics per person, per
            group and for the coach, and invitation drafts (.eml) per person.
            The period defaults to today until the end of each programme.
            --record notes in the export ledger what was sent, so the next
            drafts hold only what changed.

Options:
  -h, --help  Show this help.

The notes passphrase is read from --passphrase-file (one line) or asked for
at the terminal; it is never accepted as a command-line argument.

Exit codes: 0 success, 1 a problem (details printed), 2 the folder is open in Circlekeeper.`;

const COMMANDS = ['demo', 'verify', 'backup', 'backups', 'restore', 'export', 'calendar', 'notes import', 'notes export'] as const;
type Command = (typeof COMMANDS)[number];

/** The options each command takes besides --data-dir, so a flag meant for another one is not silently ignored. */
const OPTIONS_OF: Record<Command, readonly string[]> = {
  demo: ['today', 'passphrase-file'],
  'notes import': ['passphrase-file'],
  'notes export': ['out', 'passphrase-file', 'i-understand-this-is-plaintext'],
  verify: [],
  backup: [],
  backups: [],
  restore: ['backup'],
  export: ['out', 'force'],
  calendar: ['out', 'from', 'to', 'person', 'group', 'record'],
};

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        today: { type: 'string' },
        backup: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        person: { type: 'string', multiple: true },
        group: { type: 'string', multiple: true },
        record: { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'i-understand-this-is-plaintext': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    // parseArgs explains unknown options and missing values well; keep its sentence, add a pointer.
    throw new CliFailure(`${(err as Error).message.split('\n')[0]} Run with --help for usage.`);
  }
}

function required(value: string | undefined, flag: string, command: string): string {
  if (!value) throw new CliFailure(`${command} needs ${flag}. Run with --help for usage.`);
  return value;
}

async function run(argv: readonly string[], io: CliIo, terminal: PassphraseTerminal): Promise<number> {
  refusePassphraseArgument(argv);
  const { values, positionals } = parse(argv);
  if (values.help || positionals.length === 0) {
    io.out(USAGE);
    return positionals.length === 0 && !values.help ? EXIT.problem : EXIT.ok;
  }
  // `notes` takes a sub-command; `notes import` takes paths as well.
  const [first, ...rest] = positionals;
  const command = first === 'notes' && rest.length > 0 ? `notes ${rest[0]}` : first;
  const extra = first === 'notes' ? rest.slice(1) : rest;
  if (!COMMANDS.includes(command as Command)) {
    throw new CliFailure(`Unknown command "${command}". Commands: ${COMMANDS.join(', ')}. Run with --help for usage.`);
  }
  if (extra.length > 0 && command !== 'notes import') throw new CliFailure(`Unexpected argument "${extra[0]}". Run with --help for usage.`);
  const misplaced = Object.keys(values).find((k) => k !== 'data-dir' && k !== 'help' && !OPTIONS_OF[command as Command].includes(k));
  if (misplaced) throw new CliFailure(`${command} does not take --${misplaced}. Run with --help for usage.`);
  const dataDir = required(values['data-dir'], '--data-dir DIR', command as string);

  switch (command as Command) {
    case 'demo': {
      const today = values.today ?? todayIn(localTimeZone(), new Date());
      if (!IsoDateSchema.safeParse(today).success) throw new CliFailure(`--today must be a real date as YYYY-MM-DD, not "${today}".`);
      const passphraseFile = values['passphrase-file'];
      const passphrase = passphraseFile === undefined ? null : await readPassphrase(passphraseFile, terminal, io);
      return runDemo({ dataDir, today, passphrase }, io);
    }
    case 'verify':
      return runVerify({ dataDir }, io);
    case 'backup':
      return runBackup({ dataDir }, io);
    case 'backups':
      return runListBackups({ dataDir }, io);
    case 'restore':
      return runRestore({ dataDir, backup: required(values.backup, '--backup ID', 'restore') }, io);
    case 'export':
      return runExport({ dataDir, out: required(values.out, '--out FILE.json', 'export'), force: values.force ?? false, now: new Date() }, io);
    case 'calendar':
      return runCalendar(
        {
          dataDir,
          out: required(values.out, '--out FOLDER', 'calendar'),
          from: values.from ?? null,
          to: values.to ?? null,
          personIds: values.person ?? [],
          groupIds: values.group ?? [],
          record: values.record ?? false,
          now: () => new Date(),
        },
        io,
      );
    case 'notes import': {
      if (extra.length === 0) throw new CliFailure('notes import needs at least one Markdown file or folder. Run with --help for usage.');
      const passphrase = await readPassphrase(values['passphrase-file'], terminal, io);
      return runNotesImport({ dataDir, passphrase, paths: extra }, io);
    }
    case 'notes export': {
      const understood = values['i-understand-this-is-plaintext'] ?? false;
      refuseWithoutConsent(understood); // before asking for a passphrase that would then not be used
      const out = required(values.out, '--out FOLDER', 'notes export');
      const passphrase = await readPassphrase(values['passphrase-file'], terminal, io);
      return runNotesExport({ dataDir, out, passphrase, understood }, io);
    }
  }
}

/** Runs a command line and returns the exit code; failures are printed as one line on stderr. */
export async function main(argv: readonly string[], io: CliIo = consoleIo, terminal: PassphraseTerminal = processTerminal): Promise<number> {
  try {
    return await run(argv, io, terminal);
  } catch (err) {
    const failure = asCliFailure(err);
    if (failure instanceof CliFailure) {
      io.err(failure.message);
      return failure.exitCode;
    }
    io.err(`Unexpected failure: ${(err as Error)?.message ?? String(err)}`);
    return EXIT.problem;
  }
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2));
}
