// The control channel between the stand-in (inside the booted main process)
// and the test that spawned it (node IPC, 'advanced' serialization, so values
// are structured-cloned as Electron's own IPC does). The stand-in sends:
//   { type: 'record', record }   every Electron call main made, in order
//   { type: 'problem', problem } a missing API, an API used before ready, an
//                                unhandled rejection or an uncaught exception
//   { type: 'reply', id, ok, value | error } the answer to a request
//   { type: 'exit', code }       sent just before the process exits
// and answers requests { type: 'request', id, op, ...params } with the
// operation registered under `op` (see onRequest).
//
// Started by hand (no IPC channel), records and problems go to stderr instead.

const operations = new Map();
let seq = 0;
let exiting = false;

// Electron's main process runs until it quits, whether or not anything is
// pending in Node's event loop; this keeps a stand-in process alive the same way.
const keepAlive = setInterval(() => undefined, 1 << 30);

function send(message, done) {
  if (typeof process.send === 'function' && process.connected) {
    process.send(message, undefined, {}, done ?? (() => undefined));
    return;
  }
  if (message.type !== 'reply') process.stderr.write(`[electron stand-in] ${JSON.stringify(message)}\n`);
  done?.();
}

/** Records one thing main did to Electron; `details` must be structured-cloneable (see describe()). */
export function record(api, details = {}) {
  seq += 1;
  send({ type: 'record', record: { seq, api, ...details } });
}

/** Something the test must fail on, whatever else happens. */
export function reportProblem(kind, message) {
  send({ type: 'problem', problem: { kind, message } });
}

/** Registers what the stand-in does when the test asks for `op`. */
export function onRequest(op, run) {
  if (operations.has(op)) throw new Error(`The stand-in already has a request named ${op}`);
  operations.set(op, run);
}

export function isExiting() {
  return exiting;
}

/** Ends the process as Electron would, after the test has heard the exit code. */
export function exitProcess(code) {
  if (exiting) return;
  exiting = true;
  clearInterval(keepAlive);
  record('process.exit', { code });
  send({ type: 'exit', code }, () => process.exit(code));
}

process.on('message', (message) => {
  if (message === null || typeof message !== 'object' || message.type !== 'request') return;
  const { id, op } = message;
  const run = operations.get(op);
  if (!run) {
    send({ type: 'reply', id, ok: false, error: `The stand-in has no request named ${String(op)}` });
    return;
  }
  // One task per message, with microtasks drained in between, as Electron
  // delivers IPC messages and menu clicks: a call that arrived first runs
  // until its first real wait before the next message is looked at.
  new Promise((resolve) => setImmediate(resolve))
    .then(() => run(message))
    .then(
      (value) => send({ type: 'reply', id, ok: true, value }),
      (err) => send({ type: 'reply', id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    );
});

// The test went away (crashed or timed out): quit rather than linger. A hard
// exit follows if the careful quit does not finish.
process.on('disconnect', () => {
  setTimeout(() => process.exit(70), 5000).unref();
});

// Electron keeps running after these and shows them in a dialog or the log;
// the stand-in keeps running too, but the test sees each one and fails.
process.on('unhandledRejection', (reason) => {
  reportProblem('unhandled-rejection', reason instanceof Error ? (reason.stack ?? reason.message) : String(reason));
});
process.on('uncaughtException', (err) => {
  reportProblem('uncaught-exception', err instanceof Error ? (err.stack ?? err.message) : String(err));
});
