import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { rendererCspHeader } from '../../src/main/shell/csp';
import type { ApiError } from '../../src/shared/api';
import { openBackend, type Clock, type HostBackend } from './backend';
import { BRIDGE_PATH, bridgeScript, CALL_PATH, EVENTS_PATH, injectBridge } from './bridge-script';
import { lookupStatic } from './static-files';

// The test host: the built renderer served over http on 127.0.0.1 (Chromium
// will not run module scripts from file://), with the contract forwarded over
// HTTP to the same service registry the Electron main process uses. A second
// transport, not a second implementation: every call goes through dispatch().
//
// Routes
//   GET  /                  out/renderer/index.html with the bridge script injected
//   GET  /<file>            a file from out/renderer (never outside it)
//   GET  /__host/bridge.js  window.circlekeeper (and circlekeeperEvents) for the browser
//   GET  /__host/events     server-sent events: each contract event main sends, named by its channel
//   GET  /__host/health     {ok:true}, for Playwright's webServer readiness check
//   POST /__host/call       {method, input} -> the method's Result
//   POST /__host/reset      fresh empty store in a new temp folder; optional {now: ISO instant}
//                           (these three answer {dataDir, exportDir}: exportDir is where "save" dialogs save)
//   POST /__host/reopen     close and reopen the same folder (an app restart)
//   POST /__host/seed-demo  like reset, filled with the CLI's demo as of {today: YYYY-MM-DD}
//   POST /__host/add-meetings  {groupId, meetings: [{date, time, minutes?, status?}]} -> {ids}, straight into the store

export const DEFAULT_RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface TestHostOptions {
  dataDir: string;
  /** 0 picks any free port. */
  port: number;
  now?: Clock;
  rendererDir?: string;
  maxBodyBytes?: number;
  log?: Pick<Console, 'error' | 'warn'>;
}

export interface TestHost {
  url: string;
  /** The folder the store currently uses (changes on reset). */
  readonly dataDir: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
  }
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': rendererCspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, head = false): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Reads the whole body, refusing (after draining) anything above the limit. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) {
        reject(
          new HttpError(413, {
            code: 'invalid_input',
            message: `The request is too large (limit ${describeSize(limit)}).`,
          }),
        );
      } else resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

async function readJson(req: IncomingMessage, limit: number, allowEmpty: boolean): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const text = await readBody(req, limit);
  if (allowEmpty && text.trim() === '') return {};
  // Requiring JSON keeps plain cross-site form posts out (they cannot set this type without a preflight).
  if (type !== 'application/json') {
    throw new HttpError(415, { code: 'invalid_input', message: 'Send the request as application/json.' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, { code: 'invalid_input', message: 'The request body is not valid JSON.' });
  }
}

function parseSeedOptions(body: unknown): { today: string } {
  const today = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).today : undefined;
  if (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    throw new HttpError(400, { code: 'invalid_input', message: 'Seeding takes {"today": "YYYY-MM-DD"}.' });
  }
  return { today };
}

function parseResetOptions(body: unknown): { now?: Date; backupIntervalMs?: number } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, { code: 'invalid_input', message: 'Reset takes an object such as {"now": "2025-03-01T09:00:00.000Z"}.' });
  }
  const { now, backupIntervalMs, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) {
    throw new HttpError(400, { code: 'invalid_input', message: `Unknown reset option: ${Object.keys(rest).join(', ')}.` });
  }
  // Background backups are off in the host unless a test asks for them (to make one fail, say).
  if (backupIntervalMs !== undefined && (typeof backupIntervalMs !== 'number' || !Number.isInteger(backupIntervalMs) || backupIntervalMs < 50)) {
    throw new HttpError(400, { code: 'invalid_input', message: '"backupIntervalMs" must be a whole number of milliseconds, 50 or more.' });
  }
  const interval = backupIntervalMs === undefined ? {} : { backupIntervalMs };
  if (now === undefined) return interval;
  const date = typeof now === 'string' ? new Date(now) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new HttpError(400, { code: 'invalid_input', message: '"now" must be an ISO instant.' });
  }
  return { now: date, ...interval };
}

/**
 * The test host's webContents.send: a server-sent event stream, one message
 * per contract event, its SSE event name being the event's channel. The page
 * opens it through the bridge script, same origin, so CSP's connect-src
 * 'self' already allows it.
 */
function streamEvents(req: IncomingMessage, res: ServerResponse, backend: HostBackend): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  // A first comment, so the browser knows at once that the stream is open.
  res.write(': connected\n\n');
  const stop = backend.subscribe((channel, payload) => {
    res.write(`event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  req.on('close', stop);
}

export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const log = options.log ?? console;
  const root = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!existsSync(root)) log.warn(`The test host has no renderer to serve at ${root}. Run "npm run build" first.`);
  const backend: HostBackend = await openBackend({ dataDir: options.dataDir, ...(options.now ? { now: options.now } : {}), log });
  let origin = '';

  const handleHost = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (path === '/__host/health' && req.method === 'GET') return sendJson(res, 200, { ok: true });
    if (path === EVENTS_PATH && req.method === 'GET') {
      // Like the calls, the stream is for our own page (or a test that sends no Origin) only.
      if (req.headers.origin !== undefined && req.headers.origin !== origin) {
        throw new HttpError(403, { code: 'forbidden', message: 'This page is not allowed to use Circlekeeper’s data.' });
      }
      return streamEvents(req, res, backend);
    }
    if (path === BRIDGE_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      return send(res, 200, 'text/javascript; charset=utf-8', bridgeScript(), req.method === 'HEAD');
    }
    const post =
      path === CALL_PATH || path === '/__host/reset' || path === '/__host/reopen' || path === '/__host/seed-demo' || path === '/__host/add-meetings';
    if (!post) return sendJson(res, 404, { ok: false, error: { code: 'not_found', message: 'No such host route.' } });
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST.' } });
    }
    // Only our own page (or a client that sends no Origin, like the tests) may call.
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      throw new HttpError(403, { code: 'forbidden', message: 'This page is not allowed to use Circlekeeper’s data.' });
    }
    if (path === CALL_PATH) {
      const body = await readJson(req, limit, false);
      if (typeof body !== 'object' || body === null || Array.isArray(body) || !('method' in body)) {
        throw new HttpError(400, { code: 'invalid_input', message: 'Send {"method": ..., "input": ...}.' });
      }
      const { method, input } = body as { method: unknown; input?: unknown };
      return sendJson(res, 200, await backend.call(method, input));
    }
    if (path === '/__host/add-meetings') {
      const body = (await readJson(req, limit, false)) as { groupId?: unknown; meetings?: unknown };
      if (typeof body?.groupId !== 'string' || !Array.isArray(body.meetings)) {
        throw new HttpError(400, { code: 'invalid_input', message: 'Send {"groupId": ..., "meetings": [...]}.' });
      }
      return sendJson(res, 200, { ok: true, value: await backend.addMeetings(body.groupId, body.meetings as never) });
    }
    if (path === '/__host/reset') {
      await backend.reset(parseResetOptions(await readJson(req, limit, true)));
    } else if (path === '/__host/seed-demo') {
      await backend.seedDemo(parseSeedOptions(await readJson(req, limit, false)));
    } else {
      await readBody(req, limit);
      await backend.reopen();
    }
    return sendJson(res, 200, { ok: true, value: { dataDir: backend.dataDir, exportDir: backend.exportDir } });
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    // Browsers ask for a favicon on their own; the desktop app has none to offer, so answer quietly.
    if (path === '/favicon.ico' && !existsSync(resolve(root, 'favicon.ico'))) {
      res.writeHead(204, SECURITY_HEADERS);
      return void res.end();
    }
    const found = await lookupStatic(root, path);
    if (found.kind === 'refused') return send(res, found.status, 'text/plain; charset=utf-8', found.reason);
    if (found.kind === 'missing') return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const body = found.path === resolve(root, 'index.html') ? injectBridge(found.body.toString('utf8')) : found.body;
    return send(res, 200, found.contentType, body, req.method === 'HEAD');
  };

  const server = createServer((req, res) => {
    const raw = req.url ?? '/';
    // Keep the path as sent (still encoded, dot segments intact) so lookupStatic judges what the client asked for.
    const path = raw.split(/[?#]/, 1)[0]!;
    const work = path.startsWith('/__host/') ? handleHost(req, res, path) : handleStatic(req, res, path);
    work.catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (err instanceof HttpError) return sendJson(res, err.status, { ok: false, error: err.error });
      log.error('Test host failure:', err);
      sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'The test host failed; see its log.' } });
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/`,
    get dataDir() {
      return backend.dataDir;
    },
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
      await backend.close();
    },
  };
}
