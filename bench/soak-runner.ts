import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { listBackupManifests, readBackupNotes } from '../src/main/store/backups';
import { openStore } from '../src/main/store/open-store';
import { RESTORE_JOURNAL } from '../src/main/store/restore-journal';
import { randomUUID } from 'node:crypto';
import { samplePerson } from '../tests/support/sample-records';
import { nodeCommandFor } from './bundle';
import { soakGroup } from './soak-shared';
import { checkBackupsClean, checkFilesValid, dataFileHashes, sameFiles } from './soak-checks';

const CHILD = path.join(import.meta.dirname, 'soak-child.ts');

/**
 * Rounds rotate through three kinds of work, each killed with SIGKILL at a
 * random moment: writing (most rounds), restoring a backup, and making
 * backups back to back (so kills land inside a prune).
 */
type Mode = 'write' | 'restore' | 'prune';
const modeOf = (round: number): Mode => (round % 5 === 3 ? 'restore' : round % 5 === 4 ? 'prune' : 'write');

export interface SoakResult {
  /** Holds the data folder and the bundled writer; the caller removes it. */
  workDir: string;
  dataDir: string;
  kills: number;
  killsByMode: Record<Mode, number>;
  acknowledgedWrites: number;
  lostAcknowledgedWrites: number;
  invalidFiles: number;
  /** Damaged files the open after a kill had to repair (should be none: every write is atomic). */
  recoveriesAtReopen: number;
  staleLocksTakenOver: number;
  /** Restores killed with their journal still on disk, which the next open finished or undid. */
  restoresInterrupted: number;
  /** How killed restores looked after the next open: all of the state before, all of the backup, or a mix. */
  restoreOutcomes: { before: number; backup: number; mixed: number };
  /** Prunes killed with a half-removed backup (trash) on disk, which the next open cleaned. */
  prunesInterrupted: number;
  /** Backups that were incomplete, unreadable or left over after the next open (should be none). */
  backupProblems: number;
  backups: number;
  failures: string[];
  seconds: number;
}

/**
 * Starts the child, waits until it is working, kills it after a random delay
 * of 5 ms up to `windowMs`; returns what it acknowledged and how long its
 * restore or backups took (so later rounds can aim their kills inside them).
 */
async function runAndKill(command: string[], args: string[], random: () => number, windowMs: number, afterFirstAck: boolean) {
  const child = spawn(process.execPath, [...command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let lastAck = -1;
  let acked = 0;
  let restored = false;
  let tookMs: number | null = null;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let firstAck: () => void = () => {};
  const acknowledgedOnce = new Promise<void>((resolve) => (firstAck = resolve));
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, ...rest] = line.split(' ');
      if (word === 'ready') resolve();
      else if (word === 'restored') {
        restored = true;
        tookMs = Number(rest[0]);
      } else if (word === 'backup') {
        acked += 1;
        tookMs = Number(rest[1]);
      } else if (/^\d+$/.test(line)) {
        lastAck = Number(line);
        acked += 1;
        firstAck();
      }
    });
    void exited.then(() => reject(new Error(`child exited before it was ready: ${stderr.trim()}`)));
  });
  await ready;
  // On a loaded machine the first write can take longer than the whole window;
  // waiting for it means every write round kills a writer that is really writing.
  if (afterFirstAck) await Promise.race([acknowledgedOnce, exited]);
  await new Promise((r) => setTimeout(r, 5 + Math.floor(random() * Math.max(1, windowMs - 5))));
  child.kill('SIGKILL');
  await exited;
  return { lastAck, ackedThisRun: acked, restored, tookMs };
}

const exists = (file: string) => fs.access(file).then(() => true, () => false);

/** Groups of a realistic size the folder starts with, so a restore or a prune has many files to get through. */
async function seedGroups(dataDir: string, count: number): Promise<void> {
  const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
  const people = Array.from({ length: 6 }, (_, i) => samplePerson(randomUUID(), { name: `Soak member ${i}`, email: `member${i}@soak.example` }));
  await store.updateIndex((d) => void d.people.push(...people));
  for (let i = 0; i < count; i++) {
    const doc = soakGroup(randomUUID(), `Circle ${i}`);
    doc.memberships = people.map((p) => ({ id: randomUUID(), personId: p.id, joinedOn: '2026-01-05', leftOn: null, goal: null }));
    await store.createGroup(doc);
  }
  await store.createBackup('manual');
  await store.close();
}

export interface SoakOptions {
  kills: number;
  seed?: number;
  /** Groups to start with besides the one being written (default 150, the size where interrupted restores were seen). */
  groups?: number;
  log?: (line: string) => void;
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const started = Date.now();
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-soak-'));
  const dataDir = path.join(workDir, 'data');
  let state = options.seed ?? 20250615;
  // A small deterministic generator, so a failing run can be repeated with the same delays.
  const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const result: SoakResult = {
    workDir,
    dataDir,
    kills: 0,
    killsByMode: { write: 0, restore: 0, prune: 0 },
    acknowledgedWrites: 0,
    lostAcknowledgedWrites: 0,
    invalidFiles: 0,
    recoveriesAtReopen: 0,
    staleLocksTakenOver: 0,
    restoresInterrupted: 0,
    restoreOutcomes: { before: 0, backup: 0, mixed: 0 },
    prunesInterrupted: 0,
    backupProblems: 0,
    backups: 0,
    failures: [],
    seconds: 0,
  };
  const command = await nodeCommandFor(CHILD, workDir);
  await seedGroups(dataDir, options.groups ?? 150);
  let lastAck = 0;
  let groupSeq = 0;
  // How long a whole restore and a whole backup (with its prune) took when last seen to finish.
  const took: Record<Mode, number> = { write: 150, restore: 400, prune: 200 };
  for (let round = 1; round <= options.kills; round++) {
    let mode = modeOf(round);
    const backups = mode === 'restore' ? await listBackupManifests(dataDir) : [];
    if (mode === 'restore' && backups.length === 0) mode = 'write';
    const target = backups[Math.floor(random() * backups.length)];
    // Read now: the reopen after the round may prune this backup away.
    const targetNotes = target ? await readBackupNotes(dataDir, target) : [];
    const before = await dataFileHashes(dataDir);
    const args = mode === 'restore' ? [dataDir, mode, target!.id] : [dataDir, mode];

    // Writes are quick, so any moment will do; restores and prunes are aimed inside their own length.
    const windowMs = mode === 'write' ? 150 : mode === 'restore' ? took.restore * 1.1 : took.prune * 3;
    const run = await runAndKill(command, args, random, windowMs, mode === 'write');
    // Aim later kills inside the work: its measured length once it has finished, a longer window until it does.
    if (mode !== 'write') took[mode] = run.tookMs ?? Math.min(took[mode] * 1.6, 20_000);
    result.kills += 1;
    result.killsByMode[mode] += 1;
    const failuresBefore = result.failures.length;
    const checked = await checkFilesValid(dataDir, result.failures, round);
    result.invalidFiles += checked.invalid;
    if (mode === 'write') {
      result.acknowledgedWrites += run.ackedThisRun;
      if (run.lastAck >= 0) lastAck = run.lastAck;
      // Disk holds at least the last acknowledged step, and no more than the writer can have started.
      const atMost = groupSeq + run.ackedThisRun + 1;
      const files = [
        ['the soak group', checked.groupSeq],
        ['index.json', checked.indexSeq],
        ['the soak meeting records', checked.recordsSeq],
        ['the soak note', checked.notesSeq],
        ['calendar-ledger.json', checked.ledgerSeq],
      ] as const;
      for (const [file, seq] of files) {
        if (seq < lastAck) failures(result, round, `${file} holds write ${seq}, but ${lastAck} was acknowledged`, true);
        if (seq > atMost) failures(result, round, `${file} holds write ${seq}, beyond any started (${atMost})`, false);
      }
    }
    const journalLeft = await exists(path.join(dataDir, RESTORE_JOURNAL));
    const trashLeft = (await fs.readdir(path.join(dataDir, 'backups')).catch(() => [] as string[])).some((n) => n.startsWith('.trash-'));
    if (mode === 'restore' && journalLeft) result.restoresInterrupted += 1;
    if (trashLeft) result.prunesInterrupted += 1;

    // Reopen here: the killed child's lock is stale and must be taken over; an open restore is settled.
    const lockExisted = await exists(path.join(dataDir, '.lock'));
    const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
    if (lockExisted) result.staleLocksTakenOver += 1;
    for (const event of store.recovery) {
      if (event.kind === 'restore-finished' || event.kind === 'restore-rolled-back') continue; // settling a killed restore is the design
      result.recoveriesAtReopen += 1;
      result.failures.push(`round ${round}: reopen had to recover ${event.file}: ${event.problem}`);
    }
    if (store.recovery.length > 0) await store.acknowledgeRecovery(store.recovery.map((e) => e.id));
    await store.flush();
    await store.close();

    if (mode === 'restore') {
      const after = await dataFileHashes(dataDir);
      const backupFiles = Object.fromEntries([
        ...target!.files.map((f) => [f.path, f.sha256]),
        ...targetNotes.map((n) => [n.file, n.sha256]),
      ]);
      if (sameFiles(after, backupFiles)) result.restoreOutcomes.backup += 1;
      else if (sameFiles(after, before)) {
        result.restoreOutcomes.before += 1;
        if (run.restored) failures(result, round, 'the restore was acknowledged, but the next open shows the state before it', true);
      } else {
        result.restoreOutcomes.mixed += 1;
        failures(result, round, 'after the next open the files are a mix of the backup and the state before', false);
      }
      if (await exists(path.join(dataDir, RESTORE_JOURNAL))) failures(result, round, 'the restore journal survived the open', false);
    }
    result.backupProblems += await checkBackupsClean(dataDir, result.failures, round);
    // A restore (finished or not) moves the sequence numbers; later write rounds continue from what is on disk.
    const settled = await checkFilesValid(dataDir, [], round);
    groupSeq = settled.groupSeq;
    if (mode !== 'write') lastAck = Math.min(settled.groupSeq, settled.indexSeq, settled.recordsSeq, settled.notesSeq, settled.ledgerSeq);
    if (result.failures.length > failuresBefore) options.log?.(`  round ${round} (${mode}): ${result.failures.slice(failuresBefore).join('; ')}`);
    if (round % 20 === 0) options.log?.(`  ${round} kills, ${result.acknowledgedWrites} acknowledged writes, ${result.failures.length} problems`);
  }
  const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
  result.backups = (await store.listBackups()).backups.length;
  await store.close();
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

function failures(result: SoakResult, round: number, message: string, lostWrite: boolean): void {
  result.failures.push(`round ${round}: ${message}`);
  if (lostWrite) result.lostAcknowledgedWrites += 1;
}
