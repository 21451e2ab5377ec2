import { z } from 'zod';
import { NoteMetaSchema } from '../../../shared/notes';
import { InstantSchema } from '../../../shared/primitives';
import { CURRENT_SCHEMA_VERSION } from '../documents';

/**
 * One note on disk: notes/<id>.r<revision>.json. The metadata is plain JSON,
 * so a locked app can list and count notes; `sealed` is the note's content
 * (title and fields) as the vault's envelope made it, in base64, bound to the
 * note's id, kind and revision. Earlier versions stay in `history`, each
 * sealed under its own revision, so bringing one back needs the key too.
 *
 * A file is never changed once written: a save writes the next revision under
 * a new name and then removes the old one. That is what lets backups share
 * note files by hard link instead of copying 15,000 of them, and lets the
 * catalog tell from file names alone which notes changed since it was written.
 */
/** Versions kept per note. The oldest go first; a note edited for years keeps its last fifty sittings. */
export const MAX_NOTE_VERSIONS = 50;
/** A sealed field of up to 50,000 characters, 20 of them, in base64: a generous bound checked before decoding. */
const MAX_SEALED_CHARS = 8_000_000;

export const SealedTextSchema = z
  .string()
  .max(MAX_SEALED_CHARS)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Not base64.');

export const NoteVersionSchema = z.strictObject({
  revision: z.number().int().min(1),
  savedAt: InstantSchema,
  sealed: SealedTextSchema,
});
export type NoteVersion = z.output<typeof NoteVersionSchema>;

const { versionCount: _omitted, ...metaShape } = NoteMetaSchema.shape;
void _omitted;

export const NoteFileDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  ...metaShape,
  sealed: SealedTextSchema,
  history: z.array(NoteVersionSchema).max(MAX_NOTE_VERSIONS),
});
export type NoteFileDoc = z.output<typeof NoteFileDocSchema>;
