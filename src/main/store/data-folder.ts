import { promises as fs } from 'node:fs';
import { DIR_MODE, entryKind, readdirOrNull, TEMP_FILE_PATTERN } from './durable-fs';
import { StoreError } from './errors';
import { BACKUPS_DIR, GROUPS_DIR, INDEX_FILE } from './layout';

// Which folders Circlekeeper may make its own. A data folder can be chosen
// with --data-dir or an environment variable, so a typo could point it at a
// home folder or a shared drive; opening must never tighten the permissions
// of, or write into, a folder that holds someone else's files.

/** Files the operating system drops into any folder; they say nothing about whose folder it is. */
const OS_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.localized', '.directory']);
/** Our own hidden leftovers: the lock, a lock being taken or cleared, a temp file of a write. */
const OWN_HIDDEN = [/^\.lock$/, /^\.lock\.[0-9a-f]{12}\.(new|stale)$/, TEMP_FILE_PATTERN];
/** What only a Circlekeeper data folder holds (a store always has its groups folder). */
const MARKERS = [INDEX_FILE, GROUPS_DIR, BACKUPS_DIR];

const isNeutral = (name: string): boolean => OS_LITTER.has(name) || OWN_HIDDEN.some((re) => re.test(name));

function notADataFolder(message: string): StoreError {
  return new StoreError('not_a_data_folder', `${message} Nothing in it has been changed.`);
}

/**
 * Makes sure `dataDir` is a folder Circlekeeper may use: created if missing,
 * accepted if empty or if it already holds Circlekeeper data, refused (with
 * the reason) otherwise. Runs before anything in the folder is touched.
 */
export async function claimDataFolder(dataDir: string): Promise<void> {
  const kind = await entryKind(dataDir);
  if (kind === null) {
    await fs.mkdir(dataDir, { recursive: true, mode: DIR_MODE });
    return;
  }
  if (kind !== 'folder') {
    // A symlink to a folder is fine; anything else is not a folder.
    const target = await fs.stat(dataDir).catch(() => null);
    if (!target?.isDirectory()) throw notADataFolder(`${dataDir} is not a folder, so it cannot be a data folder.`);
  }
  const names = (await readdirOrNull(dataDir)) ?? [];
  const meaningful = names.filter((n) => !isNeutral(n));
  if (meaningful.length === 0 || MARKERS.some((m) => meaningful.includes(m))) return;
  const shown = meaningful.sort().slice(0, 5).map((n) => `"${n}"`).join(', ');
  const more = meaningful.length > 5 ? ` and ${meaningful.length - 5} more` : '';
  throw notADataFolder(
    `The folder ${dataDir} already holds other files (${shown}${more}) and is not a Circlekeeper data folder. ` +
      'Circlekeeper keeps its data in a folder of its own: choose an empty folder, or the data folder Circlekeeper made.',
  );
}
