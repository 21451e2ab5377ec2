import { request } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../src/shared/api';
import { rendererCspHeader } from '../../../src/main/shell/csp';
import { startTestHost, type TestHost } from '../../host/server';

// The test host over real HTTP, a real store in a temp folder and a small
// renderer folder on disk standing in for out/renderer.

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http sends the path exactly as given (fetch would normalise away the dot segments). */
function raw(host: TestHost, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Reply> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const callMethod = async (host: TestHost, method: string, input: unknown) => {
  const reply = await raw(host, 'POST', '/__host/call', JSON.stringify({ method, input }), json);
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
};

describe('test host', () => {
  let base: string;
  let host: TestHost;
  const secret = 'root:x:0:0:the-secret-outside-the-renderer';

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'ck-host-test-'));
    const renderer = join(base, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(
      join(renderer, 'index.html'),
      '<!doctype html><html><head><title>Circlekeeper</title><script type="module" crossorigin src="./assets/index.js"></script></head><body><div id="root"></div></body></html>',
    );
    await writeFile(join(renderer, 'assets', 'index.js'), 'console.log("app");');
    await writeFile(join(renderer, 'assets', 'index.css'), 'body{}');
    await writeFile(join(base, 'secret.txt'), secret);
    await symlink(join(base, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
    await mkdir(join(base, 'data'));
    host = await startTestHost({
      dataDir: join(base, 'data'),
      port: 0,
      rendererDir: renderer,
      maxBodyBytes: 64 * 1024,
      now: () => new Date('2025-03-10T09:00:00.000Z'),
    });
  });

  afterAll(async () => {
    await host?.close();
    await rm(base, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for / with the bridge ahead of the app, and the app’s CSP', async () => {
    const reply = await raw(host, 'GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(rendererCspHeader());
    const bridgeAt = reply.body.indexOf('<script src="/__host/bridge.js"></script>');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(reply.body.indexOf('<script type="module"'));
  });

  it('serves assets with the right types', async () => {
    expect((await raw(host, 'GET', '/assets/index.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw(host, 'GET', '/assets/index.css?v=1')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await raw(host, 'GET', '/assets/nope.js')).status).toBe(404);
    expect((await raw(host, 'GET', '/assets')).status).toBe(404);
    expect((await raw(host, 'POST', '/assets/index.js')).status).toBe(405);
  });

  it('answers the browser’s own favicon request quietly', async () => {
    const reply = await raw(host, 'GET', '/favicon.ico');
    expect(reply.status).toBe(204);
    expect(reply.body).toBe('');
  });

  it.each([
    '/../../etc/passwd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/etc/passwd',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/assets/link.txt',
  ])('refuses %s', async (path) => {
    const reply = await raw(host, 'GET', path);
    // Refused outright, not merely "not found" after a normalised lookup.
    expect([400, 403]).toContain(reply.status);
    expect(reply.body).not.toContain('the-secret');
    expect(reply.body).not.toContain('root:');
  });

  it('gives the page a bridge with exactly the contract methods, each posting to the host', async () => {
    const reply = await raw(host, 'GET', '/__host/bridge.js');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const posted: { url: string; init: { method: string; headers: Record<string, string>; body: string } }[] = [];
    const window: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
    runInNewContext(reply.body, {
      window,
      fetch: async (url: string, init: (typeof posted)[number]['init']) => {
        posted.push({ url, init });
        return { json: async () => ({ ok: true, value: 'echo' }) };
      },
    });
    const bridge = window.circlekeeper!;
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    await expect(bridge['groups.list']!({ includeArchived: false })).resolves.toEqual({ ok: true, value: 'echo' });
    expect(posted).toEqual([
      {
        url: '/__host/call',
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ method: 'groups.list', input: { includeArchived: false } }),
        },
      },
    ]);
  });

  it('turns a lost connection into an unavailable result rather than a throw', async () => {
    const { body } = await raw(host, 'GET', '/__host/bridge.js');
    const window: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
    runInNewContext(body, { window, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(window.circlekeeper!['dashboard.get']!({})).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('gives the page an events bridge for the contract events only, fed by one event stream', async () => {
    const { body } = await raw(host, 'GET', '/__host/bridge.js');
    const streams: { url: string; listeners: Map<string, (message: { data: string }) => void> }[] = [];
    class FakeEventSource {
      readonly listeners = new Map<string, (message: { data: string }) => void>();
      constructor(readonly url: string) {
        streams.push(this);
      }
      addEventListener(name: string, listener: (message: { data: string }) => void) {
        this.listeners.set(name, listener);
      }
    }
    const window: Record<string, { on: (name: string, listener: (payload: unknown) => void) => () => void }> = {};
    runInNewContext(body, { window, fetch: async () => ({ json: async () => ({}) }), EventSource: FakeEventSource });
    const events = window.circlekeeperEvents!;
    expect(Object.keys(events)).toEqual(['on']);
    expect(() => events.on('dashboard.get', () => undefined)).toThrow(/no event named dashboard\.get/);
    expect(streams).toEqual([]);
    const seen: unknown[] = [];
    const stop = events.on('vault.locked', (payload) => seen.push(payload));
    events.on('backups.failed', () => undefined);
    expect(streams.map((s) => [s.url, [...s.listeners.keys()]])).toEqual([['/__host/events', ['ck-event:vault.locked', 'ck-event:backups.failed']]]);
    streams[0]!.listeners.get('ck-event:vault.locked')!({ data: '{"reason":"idle"}' });
    stop();
    streams[0]!.listeners.get('ck-event:vault.locked')!({ data: '{"reason":"manual"}' });
    expect(seen).toEqual([{ reason: 'idle' }]);
  });

  it('streams the events main sends, as server-sent events named by their channel, to its own origin only', async () => {
    const url = new URL(host.url);
    const foreign = await raw(host, 'GET', '/__host/events', undefined, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, method: 'GET', path: '/__host/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          // One whole message after the opening comment is all this test waits for.
          if (text.includes('data:') && text.endsWith('\n\n')) {
            req.destroy();
            resolve(text);
          }
        });
        // Once the stream is open, lock the notes through the contract: main says so to every window.
        void (async () => {
          await callMethod(host, 'vault.setUp', { passphrase: 'glacier otter lantern mosaic' });
          await callMethod(host, 'vault.lock', {});
        })().catch(reject);
      });
      req.on('error', (err) => (err.message === 'socket hang up' ? undefined : reject(err)));
      req.end();
    });
    expect(received).toBe(': connected\n\nevent: ck-event:vault.locked\ndata: {"reason":"manual"}\n\n');
  });

  it('runs contract methods on the real store, and keeps data across a reopen', async () => {
    const settings = await callMethod(host, 'settings.get', {});
    expect(settings.ok).toBe(true);
    const updated = await callMethod(host, 'settings.update', { coachName: 'Sam Okafor', coachTimeZone: 'Pacific/Auckland' });
    expect(updated).toEqual({ ok: true, value: { coachName: 'Sam Okafor', coachTimeZone: 'Pacific/Auckland', coachEmail: '' } });

    const reopened = await raw(host, 'POST', '/__host/reopen');
    expect(JSON.parse(reopened.body)).toEqual({ ok: true, value: { dataDir: join(base, 'data'), exportDir: expect.stringContaining('ck-host-exports-') } });
    expect((await callMethod(host, 'settings.get', {})).value).toMatchObject({ coachName: 'Sam Okafor' });
  });

  it('validates input exactly as the app does', async () => {
    const bad = await callMethod(host, 'groups.get', { id: '../../etc/passwd', extra: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await callMethod(host, 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await callMethod(host, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses malformed, oversized, non-JSON and cross-origin calls with typed errors', async () => {
    const notJson = await raw(host, 'POST', '/__host/call', '{"method":', json);
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const plain = await raw(host, 'POST', '/__host/call', JSON.stringify({ method: 'settings.get', input: {} }), {
      'content-type': 'text/plain',
    });
    expect(plain.status).toBe(415);

    const huge = await raw(host, 'POST', '/__host/call', JSON.stringify({ method: 'people.importPreview', input: { text: 'x'.repeat(70_000), format: 'csv' } }), json);
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request is too large (limit 64 KB).' } });

    const foreign = await raw(host, 'POST', '/__host/call', JSON.stringify({ method: 'settings.get', input: {} }), {
      ...json,
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const shape = await raw(host, 'POST', '/__host/call', '[1,2]', json);
    expect(shape.status).toBe(400);
    expect((await raw(host, 'GET', '/__host/call')).status).toBe(405);
    expect((await raw(host, 'GET', '/__host/whatever')).status).toBe(404);
  });

  it('accepts calls from its own origin', async () => {
    const reply = await raw(host, 'POST', '/__host/call', JSON.stringify({ method: 'settings.get', input: {} }), {
      ...json,
      origin: host.url.slice(0, -1),
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('reset starts an empty store in a fresh folder, optionally at a given time', async () => {
    await callMethod(host, 'settings.update', { coachName: 'Before Reset', coachTimeZone: 'UTC' });
    const before = host.dataDir;
    const reply = await raw(host, 'POST', '/__host/reset', JSON.stringify({ now: '2026-01-05T08:00:00.000Z' }), json);
    expect(reply.status).toBe(200);
    expect(host.dataDir).not.toBe(before);
    expect((await callMethod(host, 'settings.get', {})).value).toMatchObject({ coachName: '' });
    expect((await callMethod(host, 'dashboard.get', {})).value).toMatchObject({ today: expect.stringMatching(/^2026-01-0[45]$/) });
    expect((await raw(host, 'POST', '/__host/reset', JSON.stringify({ now: 'soon' }), json)).status).toBe(400);
    expect((await raw(host, 'POST', '/__host/reset', JSON.stringify({ later: 1 }), json)).status).toBe(400);
    expect((await raw(host, 'POST', '/__host/reset')).status).toBe(200);
  });
});
