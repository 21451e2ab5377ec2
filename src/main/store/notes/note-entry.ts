import { createHash } from 'node:crypto';
import { z } from 'zod';
import { NoteMetaSchema, type NoteMeta } from '../../../shared/notes';

/**
 * What the store knows of one note without opening it: its file, the file's
 * checksum and size (for backups and tamper checks) and its metadata. The
 * catalog holds one per note; each backup keeps the list as it was.
 */
export const NoteEntrySchema = z.strictObject({
  file: z.string().max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().min(0),
  meta: NoteMetaSchema,
});
export type NoteEntry = z.output<typeof NoteEntrySchema>;

export const NoteListSchema = z.strictObject({ formatVersion: z.literal(1), notes: z.array(NoteEntrySchema) });

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** One digest of which note files (so which revisions) a list names: equal digests, equal notes. */
export function noteListDigest(entries: Iterable<Pick<NoteEntry, 'file'>>): string {
  const files = [...entries].map((e) => e.file).sort();
  return sha256Hex(files.join('\n'));
}

export const serialiseNoteList = (entries: readonly NoteEntry[]): string => JSON.stringify({ formatVersion: 1, notes: entries });

export type { NoteMeta };
