import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockFrom } from './backend';
import { startTestHost } from './server';

// Entry for Playwright's webServer: `npx tsx tests/host/main.ts`.
//   CIRCLEKEEPER_HOST_PORT      port on 127.0.0.1 (default 4179)
//   CIRCLEKEEPER_HOST_DATA_DIR  starting data folder (default: a new temp folder)
//   CIRCLEKEEPER_HOST_NOW       ISO instant the clock starts from (default: the real time)

const port = Number(process.env.CIRCLEKEEPER_HOST_PORT ?? 4179);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${process.env.CIRCLEKEEPER_HOST_PORT}`);
const givenDir = process.env.CIRCLEKEEPER_HOST_DATA_DIR;
// A folder made here is removed on exit; a folder given by the caller is theirs to keep.
const madeDir = givenDir ? null : await mkdtemp(join(tmpdir(), 'ck-host-'));
const dataDir = givenDir || madeDir!;
const nowText = process.env.CIRCLEKEEPER_HOST_NOW;
const start = nowText ? new Date(nowText) : undefined;
if (start && Number.isNaN(start.getTime())) throw new Error(`CIRCLEKEEPER_HOST_NOW is not an ISO instant: ${nowText}`);

const host = await startTestHost({ dataDir, port, ...(start ? { now: clockFrom(start) } : {}) });
console.log(`Circlekeeper test host on ${host.url} (data in ${host.dataDir})`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  host
    .close()
    .then(() => (madeDir ? rm(madeDir, { recursive: true, force: true }) : undefined))
    .then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
