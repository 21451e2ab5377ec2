import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { listBackups, readBackupFile } from '../src/main/store/backups';
import { inspectFile } from '../src/main/store/inspect-document';
import { kindOfFile, listDataFiles } from '../src/main/store/kinds';
import type { MeetingRecord } from '../src/shared/meetings';
import { INDEX_FILE } from '../src/main/store/layout';
import { SOAK_GROUP_NAME, SOAK_MEETING_ID, soakSeqOf } from './soak-shared';

// What the soak checks on disk after each kill (see soak-runner.ts).

/** The live data files, path -> sha256: for "all of one state or all of the other" comparisons. */
export async function dataFileHashes(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await listDataFiles(dataDir)) {
    out[file] = createHash('sha256').update(await fs.readFile(path.join(dataDir, file))).digest('hex');
  }
  return out;
}

export const sameFiles = (a: Record<string, string>, b: Record<string, string>): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

export interface FileCheck {
  invalid: number;
  /** The soak group's and the index's sequence numbers on disk. */
  groupSeq: number;
  indexSeq: number;
  /** The soak meeting record's sequence number in its records file (0 when none yet). */
  recordsSeq: number;
}

/** Every data file must be complete and valid as it lies on disk, before anything repairs it. */
export async function checkFilesValid(dataDir: string, failures: string[], round: number): Promise<FileCheck> {
  let invalid = 0;
  let groupSeq = 0;
  let indexSeq = 0;
  let recordsSeq = 0;
  for (const file of await listDataFiles(dataDir)) {
    const bytes = await fs.readFile(path.join(dataDir, file));
    const result = inspectFile(file, bytes)!;
    if (result.status !== 'ok') {
      invalid += 1;
      failures.push(`round ${round}: ${file} is ${result.status}${result.status === 'damaged' ? `: ${result.problem}` : ''}`);
      continue;
    }
    if (kindOfFile(file)?.kind === 'meeting-records') {
      const soak = (result.doc as { records: MeetingRecord[] }).records.find((r) => r.meetingId === SOAK_MEETING_ID);
      if (soak) recordsSeq = soakSeqOf(soak.checkIns[0]?.summary ?? '');
    } else if (file === INDEX_FILE) indexSeq = soakSeqOf((result.doc as { settings: { coachName: string } }).settings.coachName);
    else if ((result.doc as { group: { name: string } }).group.name === SOAK_GROUP_NAME) {
      groupSeq = soakSeqOf((result.doc as { group: { purpose: string } }).group.purpose);
    }
  }
  return { invalid, groupSeq, indexSeq, recordsSeq };
}

/** After an open has cleaned up: every listed backup complete and matching its checksums, and no leftovers. */
export async function checkBackupsClean(dataDir: string, failures: string[], round: number): Promise<number> {
  let problems = 0;
  const fail = (message: string) => {
    problems += 1;
    failures.push(`round ${round}: ${message}`);
  };
  const root = path.join(dataDir, 'backups');
  const names = await fs.readdir(root).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith('.'))) fail(`backups/${name} was left behind after the open`);
  const { manifests, unreadable } = await listBackups(dataDir);
  for (const u of unreadable) fail(`backups/${u.name} cannot be read: ${u.problem}`);
  const listed = new Set(manifests.map((m) => m.id));
  for (const name of names.filter((n) => !n.startsWith('.') && !listed.has(n) && !unreadable.some((u) => u.name === n))) {
    fail(`backups/${name} is neither a listed backup nor reported`);
  }
  for (const m of manifests) {
    for (const f of m.files) if ((await readBackupFile(dataDir, m, f.path)) === null) fail(`backup ${m.id} has a bad copy of ${f.path}`);
  }
  return problems;
}
