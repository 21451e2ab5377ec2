import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../documents';
import { SealedTextSchema } from './note-file-doc';

/**
 * note-templates.json: the coach's own templates and their changes to the
 * built-in ones, sealed with the vault's key like a note (a template a coach
 * writes for one member can say a lot about them). Absent until the coach
 * changes a template. `revision` is bound into the seal, so an older copy put
 * back in its place is refused.
 */
export const NOTE_TEMPLATES_FILE = 'note-templates.json';

export const NoteTemplatesDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** The vault the templates were sealed for: after a reset they belong to no key. */
  vaultId: z.string().max(100),
  revision: z.number().int().min(1),
  sealed: SealedTextSchema,
});
export type NoteTemplatesDoc = z.output<typeof NoteTemplatesDocSchema>;
