import type { Adapter } from 'lowdb';
import path from 'node:path';
import { readFileOrNull, writeFileDurable } from './durable-fs';
import { StoreError } from './errors';

/** Paths that have a live adapter in this process. */
const registry = new Set<string>();

/**
 * lowdb adapter that writes durably (see writeFileDurable) and never lets two
 * writers race on one file.
 *
 * - One instance per file path per process: a second one throws until the
 *   first is closed. (lowdb's own JSONFile shares a fixed temp name, so two
 *   instances on one file silently lose writes.)
 * - Writes are queued per file and each resolves only once its bytes are
 *   durable, in call order, so the last acknowledged write is what is on disk.
 * - The document is serialised when `write` is called, so later changes to the
 *   object cannot leak into a queued write.
 * - JSON is compact: saving is the hot path and the files are read by programs
 *   (the app and `cli verify`), not by people; indentation would add about a
 *   third to the bytes written and fsynced for large groups.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  readonly filePath: string;
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(filePath: string) {
    this.filePath = path.resolve(filePath);
    if (registry.has(this.filePath)) {
      throw new StoreError(
        'adapter_in_use',
        `The file ${this.filePath} is already open in this process; close the other store first.`,
      );
    }
    registry.add(this.filePath);
  }

  /** The parsed document, or null when the file does not exist. Parse errors are thrown. */
  async read(): Promise<T | null> {
    const bytes = await readFileOrNull(this.filePath);
    if (bytes === null) return null;
    return JSON.parse(bytes.toString('utf8')) as T;
  }

  write(data: T): Promise<void> {
    return this.writeSerialized(JSON.stringify(data));
  }

  /** Writes what the caller serialised from a document, text or its UTF-8 (so it can also digest exactly those bytes). */
  writeSerialized(bytes: string | Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new StoreError('store_closed', 'The data folder has been closed.'));
    const next = this.queue.then(() => writeFileDurable(this.filePath, bytes));
    // A failed write rejects its own caller but must not block the writes after it.
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every write queued so far has settled. */
  flush(): Promise<void> {
    return this.queue;
  }

  /** Waits for pending writes, then frees the path for a new adapter. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    registry.delete(this.filePath);
  }
}

/** For tests and diagnostics: is an adapter open on this path? */
export function isAdapterOpen(filePath: string): boolean {
  return registry.has(path.resolve(filePath));
}
