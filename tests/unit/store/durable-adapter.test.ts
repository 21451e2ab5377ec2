import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DurableJsonAdapter, isAdapterOpen } from '../../../src/main/store/durable-adapter';
import { writeFileDurable } from '../../../src/main/store/durable-fs';
import { mode, tempDir } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('DurableJsonAdapter', () => {
  it('writes compact JSON through lowdb with mode 0600 and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'doc.json');
    const adapter = new DurableJsonAdapter<{ n: number; list: string[] }>(file);
    const db = new Low(adapter, { n: 0, list: [] });
    await db.read();
    expect(db.data).toEqual({ n: 0, list: [] }); // missing file -> defaults, nothing written yet
    db.data = { n: 1, list: ['a'] };
    await db.write();
    expect(await fs.readFile(file, 'utf8')).toBe('{"n":1,"list":["a"]}');
    expect(await mode(file)).toBe(0o600);
    expect(await fs.readdir(dir)).toEqual(['doc.json']);
    await adapter.close();
  });

  it('creates each temp file with mode 0600 before renaming it over the target', async () => {
    const dir = await tempDir();
    const seen: { from: string; mode: number }[] = [];
    const realRename = fs.rename.bind(fs);
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      seen.push({ from: String(from), mode: (await fs.stat(from)).mode & 0o777 });
      return realRename(from, to);
    });
    await writeFileDurable(path.join(dir, 'x.json'), '{}');
    expect(seen).toHaveLength(1);
    expect(path.basename(seen[0]!.from)).toMatch(/^\.x\.json\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(seen[0]!.mode).toBe(0o600);
  });

  it('keeps the old file intact and removes the temp file when a write fails', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'doc.json');
    await writeFileDurable(file, '{"v":1}');
    vi.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    await expect(writeFileDurable(file, '{"v":2}')).rejects.toThrow('disk full');
    expect(await fs.readFile(file, 'utf8')).toBe('{"v":1}');
    expect(await fs.readdir(dir)).toEqual(['doc.json']);
  });

  it('allows exactly one adapter per file path until it is closed', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'doc.json');
    const first = new DurableJsonAdapter(file);
    expect(() => new DurableJsonAdapter(path.join(dir, '.', 'doc.json'))).toThrow(/already open/);
    expect(isAdapterOpen(file)).toBe(true);
    await first.close();
    expect(isAdapterOpen(file)).toBe(false);
    const second = new DurableJsonAdapter(file);
    await second.close();
  });

  it('serialises queued writes so the last acknowledged write is what is on disk', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'doc.json');
    const adapter = new DurableJsonAdapter<{ seq: number }>(file);
    const doc = { seq: 0 };
    const writes: Promise<void>[] = [];
    const acked: number[] = [];
    for (let i = 1; i <= 50; i++) {
      doc.seq = i; // the same object, changed after each call: each write must keep its own snapshot
      writes.push(adapter.write(doc).then(() => void acked.push(i)));
    }
    await Promise.all(writes);
    expect(acked).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual({ seq: 50 });
    await adapter.close();
    await expect(adapter.write({ seq: 51 })).rejects.toThrow(/closed/);
  });

  it('reports an unreadable file as a parse error instead of defaults', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'doc.json');
    await fs.writeFile(file, '');
    const adapter = new DurableJsonAdapter(file);
    await expect(adapter.read()).rejects.toThrow(SyntaxError);
    await adapter.close();
  });
});
