import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { listBackups, readBackupFile } from '../src/main/store/backups';
import { inspectFile } from '../src/main/store/inspect-document';
import { kindOfFile, listDataFiles } from '../src/main/store/kinds';
import type { MeetingRecord } from '../src/shared/meetings';
import { INDEX_FILE } from '../src/main/store/layout';
import { SOAK_GROUP_NAME, SOAK_MEETING_ID, SOAK_NOTE_ID, soakLedgerSeq, soakNoteSeq, soakSeqOf } from './soak-shared';
import { CALENDAR_LEDGER_FILE } from '../src/main/store/calendar-ledger-doc';
import { listNoteFiles, noteFileParts } from '../src/main/store/notes/note-layout';
import { readPooled } from '../src/main/store/notes/note-pool';
import { readBackupNotes } from '../src/main/store/backups';

// What the soak checks on disk after each kill (see soak-runner.ts).

/** The live data files, path -> sha256: for "all of one state or all of the other" comparisons. */
export async function dataFileHashes(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of [...(await listDataFiles(dataDir)), ...(await newestNoteFiles(dataDir))]) {
    out[file] = createHash('sha256').update(await fs.readFile(path.join(dataDir, file))).digest('hex');
  }
  return out;
}

/** Each note's newest revision file: what the note is (older ones a crash left are removed at the next load). */
async function newestNoteFiles(dataDir: string): Promise<string[]> {
  const newest = new Map<string, { file: string; revision: number }>();
  for (const file of await listNoteFiles(dataDir)) {
    const parts = noteFileParts(file)!;
    if ((newest.get(parts.noteId)?.revision ?? 0) < parts.revision) newest.set(parts.noteId, { file, revision: parts.revision });
  }
  return [...newest.values()].map((n) => n.file);
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
  /** The soak note's sequence number in its newest revision (0 when none yet). */
  notesSeq: number;
  /** The export ledger's sequence number (0 when there is no ledger yet). */
  ledgerSeq: number;
}

/** Every data file must be complete and valid as it lies on disk, before anything repairs it. */
export async function checkFilesValid(dataDir: string, failures: string[], round: number): Promise<FileCheck> {
  let invalid = 0;
  let groupSeq = 0;
  let indexSeq = 0;
  let recordsSeq = 0;
  let notesSeq = 0;
  let ledgerSeq = 0;
  let soakRevision = 0;
  for (const file of [...(await listDataFiles(dataDir)), ...(await listNoteFiles(dataDir))]) {
    const bytes = await fs.readFile(path.join(dataDir, file));
    const result = inspectFile(file, bytes)!;
    if (result.status !== 'ok') {
      invalid += 1;
      failures.push(`round ${round}: ${file} is ${result.status}${result.status === 'damaged' ? `: ${result.problem}` : ''}`);
      continue;
    }
    if (kindOfFile(file)?.kind === 'note') {
      const doc = result.doc as { id: string; revision: number; sealed: string };
      if (doc.id === SOAK_NOTE_ID && doc.revision > soakRevision) {
        soakRevision = doc.revision;
        notesSeq = soakNoteSeq(doc);
      }
    } else if (kindOfFile(file)?.kind === 'meeting-records') {
      const soak = (result.doc as { records: MeetingRecord[] }).records.find((r) => r.meetingId === SOAK_MEETING_ID);
      if (soak) recordsSeq = soakSeqOf(soak.checkIns[0]?.summary ?? '');
    } else if (file === CALENDAR_LEDGER_FILE) ledgerSeq = soakLedgerSeq(result.doc as { lastExportAt: string | null });
    else if (file === INDEX_FILE) indexSeq = soakSeqOf((result.doc as { settings: { coachName: string } }).settings.coachName);
    else if ((result.doc as { group: { name: string } }).group.name === SOAK_GROUP_NAME) {
      groupSeq = soakSeqOf((result.doc as { group: { purpose: string } }).group.purpose);
    }
  }
  return { invalid, groupSeq, indexSeq, recordsSeq, notesSeq, ledgerSeq };
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
  for (const name of names.filter((n) => !n.startsWith('.') && n !== 'note-files' && !listed.has(n) && !unreadable.some((u) => u.name === n))) {
    fail(`backups/${name} is neither a listed backup nor reported`);
  }
  for (const m of manifests) {
    for (const f of m.files) if ((await readBackupFile(dataDir, m, f.path)) === null) fail(`backup ${m.id} has a bad copy of ${f.path}`);
    const notes = await readBackupNotes(dataDir, m).catch(() => null);
    if (!notes) fail(`backup ${m.id} has a damaged list of notes`);
    for (const n of notes ?? []) if ((await readPooled(dataDir, n)) === null) fail(`backup ${m.id} lacks a good copy of ${n.file}`);
  }
  return problems;
}
