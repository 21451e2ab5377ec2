import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { inspectDocument } from '../src/main/store/inspect-document';
import { INDEX_FILE, listDataFiles } from '../src/main/store/layout';
import { openStore } from '../src/main/store/open-store';
import { nodeCommandFor } from './bundle';
import { soakSeqOf } from './soak-shared';

const CHILD = path.join(import.meta.dirname, 'soak-child.ts');

export interface SoakResult {
  /** Holds the data folder and the bundled writer; the caller removes it. */
  workDir: string;
  dataDir: string;
  kills: number;
  acknowledgedWrites: number;
  lostAcknowledgedWrites: number;
  invalidFiles: number;
  recoveriesAtReopen: number;
  staleLocksTakenOver: number;
  backups: number;
  failures: string[];
  seconds: number;
}

/** Starts a writer, waits until it is writing, kills it after 5-150 ms; returns the last acknowledged number. */
async function runAndKill(
  command: string[],
  dataDir: string,
  random: () => number,
): Promise<{ lastAck: number; ackedThisRun: number }> {
  const child = spawn(process.execPath, [...command, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let lastAck = -1;
  let acked = 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') resolve();
      else if (/^\d+$/.test(line)) {
        lastAck = Number(line);
        acked += 1;
      }
    });
    void exited.then(() => reject(new Error(`writer exited before it was ready: ${stderr.trim()}`)));
  });
  await ready;
  await new Promise((r) => setTimeout(r, 5 + Math.floor(random() * 146)));
  child.kill('SIGKILL');
  await exited;
  return { lastAck, ackedThisRun: acked };
}

/** Every data file must be complete and valid as it lies on disk, before anything repairs it. */
async function checkFiles(
  dataDir: string,
  bounds: { lastAck: number; atMost: number },
  failures: string[],
  round: number,
): Promise<{ invalid: number; groupSeq: number }> {
  const { lastAck, atMost } = bounds;
  let invalid = 0;
  let groupSeq = 0;
  for (const file of await listDataFiles(dataDir)) {
    const bytes = await fs.readFile(path.join(dataDir, file));
    const result = file === INDEX_FILE ? inspectDocument(bytes, 'index') : inspectDocument(bytes, 'group');
    if (result.status !== 'ok') {
      invalid += 1;
      failures.push(`round ${round}: ${file} is ${result.status}${result.status === 'damaged' ? `: ${result.problem}` : ''}`);
      continue;
    }
    const onDisk =
      file === INDEX_FILE
        ? soakSeqOf((result.doc as { settings: { coachName: string } }).settings.coachName)
        : soakSeqOf((result.doc as { group: { purpose: string } }).group.purpose);
    if (file !== INDEX_FILE) groupSeq = onDisk;
    // Disk must hold at least the last acknowledged step; and no more than the writer can have started.
    if (onDisk < lastAck) failures.push(`round ${round}: ${file} holds write ${onDisk}, but ${lastAck} was acknowledged`);
    if (onDisk > atMost) failures.push(`round ${round}: ${file} holds write ${onDisk}, beyond any started (${atMost})`);
  }
  return { invalid, groupSeq };
}

export async function runSoak(options: { kills: number; seed?: number; log?: (line: string) => void }): Promise<SoakResult> {
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
    acknowledgedWrites: 0,
    lostAcknowledgedWrites: 0,
    invalidFiles: 0,
    recoveriesAtReopen: 0,
    staleLocksTakenOver: 0,
    backups: 0,
    failures: [],
    seconds: 0,
  };
  const command = await nodeCommandFor(CHILD, workDir);
  let lastAck = 0;
  let groupSeq = 0;
  for (let round = 1; round <= options.kills; round++) {
    const run = await runAndKill(command, dataDir, random);
    result.kills += 1;
    result.acknowledgedWrites += run.ackedThisRun;
    if (run.lastAck >= 0) lastAck = run.lastAck;
    const failuresBefore = result.failures.length;
    // The writer continues from the group's number, so it can have started at most acked + 1 steps past it.
    const checked = await checkFiles(dataDir, { lastAck, atMost: groupSeq + run.ackedThisRun + 1 }, result.failures, round);
    result.invalidFiles += checked.invalid;
    groupSeq = checked.groupSeq;
    result.lostAcknowledgedWrites += result.failures.slice(failuresBefore).filter((f) => f.includes('was acknowledged')).length;

    // Reopen here: the killed writer's lock is stale and must be taken over.
    const lockExisted = await fs.access(path.join(dataDir, '.lock')).then(() => true, () => false);
    const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
    if (lockExisted) result.staleLocksTakenOver += 1;
    result.recoveriesAtReopen += store.recovery.length;
    for (const event of store.recovery) result.failures.push(`round ${round}: reopen had to recover ${event.file}: ${event.problem}`);
    await store.close();
    if (round % 20 === 0) options.log?.(`  ${round} kills, ${result.acknowledgedWrites} acknowledged writes, ${result.failures.length} problems`);
  }
  const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
  result.backups = (await store.listBackups()).backups.length;
  await store.close();
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
