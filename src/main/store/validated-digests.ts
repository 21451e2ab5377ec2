import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from './documents';
import { readFileOrNull, writeFileDurable } from './durable-fs';
import { DOCUMENT_KINDS } from './kinds';

// Why this exists: every file is validated against its schema when it is
// written (applyChange) and again when the folder opens. With years of meetings
// in the group files the second check is most of a cold start (zod over 3,000
// meeting entries on a cold engine, about 100 ms here; bench/RESULTS.md), for
// bytes that have not changed since this app validated them.
//
// So the store remembers, per file, the SHA-256 of the bytes it last validated
// (wrote, or checked at open), and at the next open a file whose bytes still
// have that digest is only parsed. Anything else, a file edited by hand, put
// back by a restore, damaged, or written by another build whose schemas differ,
// has another digest (or the fingerprint differs) and goes through the full
// check. The record is a cache: written without a place in the durable write
// path, and when it is missing, stale or damaged the only cost is a slower open.
// `verify` and `export` never use it.

export const VALIDATED_FILE = '.validated.json';

const RecordSchema = z.strictObject({ fingerprint: z.string(), files: z.record(z.string(), z.string()) });

let fingerprint: string | null = null;

/** The schemas this build validates against, as one digest: a build with other rules trusts nothing recorded by this one. */
export function schemaFingerprint(): string {
  if (fingerprint === null) {
    const schemas = DOCUMENT_KINDS.filter((k) => k.readAtOpen).map((k) => [k.kind, z.toJSONSchema(k.schema, { unrepresentable: 'any', io: 'input' })]);
    fingerprint = createHash('sha256').update(JSON.stringify([CURRENT_SCHEMA_VERSION, schemas])).digest('hex');
  }
  return fingerprint;
}

const digestOf = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class ValidatedDigests {
  private dirty = false;
  /** Bytes recorded since the last save, hashed only when the record is written: hashing is kept off the save path. */
  private readonly pending = new Map<string, string | Uint8Array>();

  private constructor(
    private readonly file: string,
    private readonly digests: Map<string, string>,
  ) {}

  /** What an earlier run recorded, or nothing when the record is missing, damaged or from other schemas. */
  static async read(dataDir: string): Promise<ValidatedDigests> {
    const file = path.join(dataDir, VALIDATED_FILE);
    const bytes = await readFileOrNull(file).catch(() => null);
    let digests = new Map<string, string>();
    if (bytes) {
      try {
        const parsed = RecordSchema.safeParse(JSON.parse(bytes.toString('utf8')));
        if (parsed.success && parsed.data.fingerprint === schemaFingerprint()) digests = new Map(Object.entries(parsed.data.files));
      } catch {
        // a damaged record only means a full check of every file
      }
    }
    return new ValidatedDigests(file, digests);
  }

  /** True when these are exactly the bytes this build last validated for `relative`. */
  vouchesFor(relative: string, bytes: Uint8Array): boolean {
    this.hashPending();
    const known = this.digests.get(relative);
    return known !== undefined && known === digestOf(bytes);
  }

  /** Remembers bytes that passed validation (or were written after it). */
  record(relative: string, bytes: string | Uint8Array): void {
    this.pending.delete(relative);
    this.digests.set(relative, digestOf(bytes));
    this.dirty = true;
  }

  /** Like record, but hashed when the record is next saved: for the save path, which should not wait on SHA-256 of the file. */
  recordLater(relative: string, bytes: string | Uint8Array): void {
    this.pending.set(relative, bytes);
    this.dirty = true;
  }

  forget(relative: string): void {
    const wasPending = this.pending.delete(relative);
    if (this.digests.delete(relative) || wasPending) this.dirty = true;
  }

  /** Writes the record if it changed; callers run it in the store's queue. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    this.hashPending();
    const text = JSON.stringify({ fingerprint: schemaFingerprint(), files: Object.fromEntries([...this.digests].sort()) });
    await writeFileDurable(this.file, text);
  }

  private hashPending(): void {
    for (const [relative, bytes] of this.pending) this.digests.set(relative, digestOf(bytes));
    this.pending.clear();
  }
}
