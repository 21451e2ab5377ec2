import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

// Reading the host's data folder straight from disk, to check what the app
// really saved (not what it shows). Layout: src/main/store/layout.ts.

/** The fields the journey checks; the files hold more. */
export interface IndexFile {
  schemaVersion: number;
  settings: { coachName: string; coachTimeZone: string };
  people: { id: string; name: string; email: string; timeZone: string; organisation: string; role: string }[];
}

export interface GroupFile {
  schemaVersion: number;
  group: Record<string, unknown> & { id: string; name: string };
  memberships: { id: string; personId: string; joinedOn: string; goal: { text: string; status: string; targetDate: string } | null }[];
  norms: { id: string; text: string }[];
  normAgreements: { personId: string; agreedOn: string }[];
}

export async function readIndex(dataDir: string): Promise<IndexFile> {
  return JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8')) as IndexFile;
}

export async function readGroupFile(dataDir: string, groupId: string): Promise<GroupFile> {
  return JSON.parse(await readFile(join(dataDir, 'groups', `${groupId}.json`), 'utf8')) as GroupFile;
}

export async function groupFileNames(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(join(dataDir, 'groups'))).sort();
  } catch {
    return [];
  }
}

/**
 * Every file under the folder (relative path -> sha256 of its bytes), except
 * the lock, whose content says which process holds the folder, not what it
 * holds, and the record of validated bytes, a cache the store writes a moment
 * after any save (store/validated-digests.ts), not data.
 */
export async function fingerprint(dataDir: string): Promise<Record<string, string>> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dataDir, full).split(sep).join('/');
    if (path === '.lock' || path === '.validated.json') continue;
    result[path] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}
