import { promises as fs } from 'node:fs';
import { getBackupManifest, readBackupFile, type BackupManifest } from './backups';
import { CURRENT_SCHEMA_VERSION, type GroupDoc, type IndexDoc } from './documents';
import { removeFileDurable, writeFileDurable } from './durable-fs';
import { NewerSchemaError, StoreError } from './errors';
import { inspectDocument } from './inspect-document';
import { INDEX_FILE, absolute, groupIdOfFile, listGroupFiles } from './layout';
import type { Migration } from './migrations';

export interface BackupContents {
  manifest: BackupManifest;
  index: { bytes: Buffer; doc: IndexDoc; migrated: boolean };
  groups: { file: string; bytes: Buffer; doc: GroupDoc; migrated: boolean }[];
}

const damagedBackup = (id: string, file: string, problem: string): StoreError =>
  new StoreError(
    'damaged_backup',
    `The backup ${id} cannot be restored because its copy of ${file} is damaged (${problem}). Nothing has been changed.`,
  );

/**
 * Reads and checks a whole backup before a restore touches anything: every
 * file must match its checksum and schema, so a restore never swaps good data
 * for a bad copy.
 */
export async function readBackupContents(
  dataDir: string,
  id: string,
  migrations?: readonly Migration[],
): Promise<BackupContents> {
  const manifest = await getBackupManifest(dataDir, id);
  let index: BackupContents['index'] | null = null;
  const groups: BackupContents['groups'] = [];
  for (const { path: file } of manifest.files) {
    const bytes = await readBackupFile(dataDir, manifest, file);
    if (!bytes) throw damagedBackup(id, file, 'its checksum does not match');
    const groupId = groupIdOfFile(file);
    const result =
      file === INDEX_FILE
        ? inspectDocument(bytes, 'index', { migrations })
        : groupId
          ? inspectDocument(bytes, 'group', { expectedGroupId: groupId, migrations })
          : null;
    if (result === null) throw damagedBackup(id, file, 'it is not a data file');
    if (result.status === 'newer') throw new NewerSchemaError(`${file} in backup ${id}`, result.version, CURRENT_SCHEMA_VERSION);
    if (result.status !== 'ok') throw damagedBackup(id, file, result.status === 'damaged' ? result.problem : 'missing');
    if (file === INDEX_FILE) index = { bytes, doc: result.doc as IndexDoc, migrated: result.migrated };
    else groups.push({ file, bytes, doc: result.doc as GroupDoc, migrated: result.migrated });
  }
  if (!index) throw damagedBackup(id, INDEX_FILE, 'the file is missing');
  return { manifest, index, groups };
}

/**
 * Puts a backup's files in place of the live ones, each durably, and removes
 * live group files the backup does not have. The caller has already backed up
 * what is being replaced and holds every adapter idle.
 */
export async function replaceLiveFiles(dataDir: string, contents: BackupContents): Promise<void> {
  const keep = new Set(contents.groups.map((g) => g.file));
  for (const g of contents.groups) await writeFileDurable(absolute(dataDir, g.file), g.bytes);
  for (const file of await listGroupFiles(dataDir)) {
    if (!keep.has(file)) await removeFileDurable(absolute(dataDir, file));
  }
  // The index last: until it is replaced, an interrupted restore still opens with the old people list.
  await writeFileDurable(absolute(dataDir, INDEX_FILE), contents.index.bytes);
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
