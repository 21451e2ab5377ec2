import { createHash } from 'node:crypto';
import { z } from 'zod';
import { NOTE_KINDS, NoteMetaSchema, type NoteMeta } from '../../../shared/notes';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The catalog's entries, each checked on its own. The catalog is this app's
 * own cache of what the note files say, and 15,000 full schema passes would
 * cost more than the unlock it is there to speed up. So an entry that looks
 * right in shape is taken as is (every field is checked again against the
 * note file whenever that note is read), and one that does not is dropped,
 * which only means that note's file is read.
 */
export function parseCatalog(raw: unknown): NoteEntry[] {
  const notes = (raw as { formatVersion?: unknown; notes?: unknown })?.notes;
  if ((raw as { formatVersion?: unknown })?.formatVersion !== 1 || !Array.isArray(notes)) return [];
  return notes.filter((e): e is NoteEntry => looksLikeEntry(e) || NoteEntrySchema.safeParse(e).success);
}

function looksLikeEntry(e: unknown): boolean {
  const entry = e as NoteEntry;
  const m = entry?.meta;
  return (
    typeof entry?.file === 'string' &&
    typeof entry.sha256 === 'string' &&
    entry.sha256.length === 64 &&
    Number.isInteger(entry.sizeBytes) &&
    typeof m === 'object' &&
    m !== null &&
    UUID.test(m.id) &&
    (NOTE_KINDS as readonly string[]).includes(m.kind) &&
    DAY.test(m.date) &&
    (m.groupId === null || UUID.test(m.groupId)) &&
    (m.meetingId === null || UUID.test(m.meetingId)) &&
    Array.isArray(m.personIds) &&
    m.personIds.every((p) => UUID.test(p)) &&
    Number.isInteger(m.revision) &&
    Number.isInteger(m.versionCount) &&
    typeof m.createdAt === 'string' &&
    typeof m.updatedAt === 'string' &&
    (m.templateId === null || typeof m.templateId === 'string') &&
    Object.keys(m).length === 11
  );
}
