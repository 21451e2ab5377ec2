import { isAbsolute, join, resolve } from 'node:path';

// Where the coach's data lives. Tests and the CLI point the app at a scratch
// folder; everyone else gets a folder inside Electron's per-user app data.

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'CIRCLEKEEPER_DATA_DIR';

export interface DataDirSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's app.getPath('userData'). */
  userDataPath: string;
  /** Relative folders given on the command line or in the environment are taken from here. */
  cwd: string;
  /**
   * Default folders of earlier versions (see earlierDefaultDataDirs). One that
   * exists is used while the current default does not, so an update never
   * opens an empty app beside the coach's data.
   */
  earlierDefaults?: readonly string[];
  /** fs.existsSync in the app; without it only the current default is considered. */
  exists?: (path: string) => boolean;
}

export class DataDirArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirArgumentError';
  }
}

/** The value of `--data-dir DIR` or `--data-dir=DIR`; the last one wins, as with most tools. */
export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next === '' || next.startsWith('--')) {
        throw new DataDirArgumentError(`${DATA_DIR_FLAG} needs a folder, for example ${DATA_DIR_FLAG} /path/to/folder.`);
      }
      found = next;
      i += 1;
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1);
      if (value === '') {
        throw new DataDirArgumentError(`${DATA_DIR_FLAG} needs a folder, for example ${DATA_DIR_FLAG}=/path/to/folder.`);
      }
      found = value;
    }
  }
  return found;
}

/** The command line beats the environment, which beats the default inside userData. */
export function resolveDataDir(sources: DataDirSources): string {
  const chosen = dataDirFromArgv(sources.argv) ?? nonEmpty(sources.env[DATA_DIR_ENV]);
  if (chosen === undefined) return defaultDataDir(sources);
  return isAbsolute(chosen) ? resolve(chosen) : resolve(sources.cwd, chosen);
}

/**
 * Where earlier versions kept the data by default. Before package.json named
 * the product, Electron named the user-data folder after the npm package
 * ("circlekeeper"); on Linux, where case matters, that is another folder than
 * "Circlekeeper". (macOS and Windows fold case, so there it is the same one.)
 */
export function earlierDefaultDataDirs(appDataPath: string): string[] {
  return [join(appDataPath, 'circlekeeper', 'data')];
}

function defaultDataDir(sources: DataDirSources): string {
  const current = join(sources.userDataPath, 'data');
  const exists = sources.exists;
  if (!exists || exists(current)) return current;
  return sources.earlierDefaults?.find((dir) => exists(dir)) ?? current;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
