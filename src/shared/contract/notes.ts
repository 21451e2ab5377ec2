import { z } from 'zod';
import {
  NoteContentSchema,
  NoteKindSchema,
  NoteLinksSchema,
  NoteTemplateSchema,
  TemplateIdSchema,
  type NoteContent,
  type NoteMeta,
  type TemplateView,
} from '../notes';
import { IdSchema, IsoDateSchema } from '../primitives';
import { byId } from './inputs';
import { command, query } from './method';
import { tags, type Tag } from './tags';
import type { VaultStatus } from './vault';

// Confidential notes. Every answer that carries note text needs the vault
// unlocked (main refuses with code 'forbidden' otherwise); the lists work
// locked too and then carry metadata only, so a locked page can say that
// notes exist and offer one unlock prompt. The window must drop every answer
// holding text when the vault locks (the vault.locked event).

/** Which notes a list shows; every part optional. */
export const NotesFilterSchema = z.strictObject({
  groupId: IdSchema.optional(),
  meetingId: IdSchema.optional(),
  personId: IdSchema.optional(),
  kind: NoteKindSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type NotesFilter = z.output<typeof NotesFilterSchema>;

export interface NoteListItem extends NoteMeta {
  /** The note's title; null while the vault is locked. */
  title: string | null;
}

export interface NotesList {
  vault: VaultStatus['state'];
  /** Newest date first, then the latest change first. */
  notes: NoteListItem[];
}

export interface NoteView {
  meta: NoteMeta;
  content: NoteContent;
}

export interface NoteSaved {
  meta: NoteMeta;
}

export interface NoteVersionItem {
  revision: number;
  savedAt: string;
  title: string;
}

export interface NoteSearchHit {
  meta: NoteMeta;
  title: string;
  /** A short plain-text excerpt around the first match. */
  excerpt: string;
  score: number;
}

export const NewNoteSchema = z.strictObject({
  kind: NoteKindSchema,
  ...NoteLinksSchema.shape,
  /** The template the note starts from; its fields become the note's (empty) fields. */
  templateId: TemplateIdSchema.nullable(),
  /** Content to start with (an import, a copy); empty fields from the template when null. */
  content: NoteContentSchema.nullable(),
});

export const SaveNoteSchema = z.strictObject({
  id: IdSchema,
  /** The revision the editor started from; a save over a newer one is refused, never merged silently. */
  baseRevision: z.number().int().min(1),
  content: NoteContentSchema,
});

export const RelinkNoteSchema = z.strictObject({ id: IdSchema, kind: NoteKindSchema, ...NoteLinksSchema.shape });

export const SearchNotesSchema = z.strictObject({
  text: z.string({ error: 'Type something to search for.' }).max(200, 'Search for at most 200 characters.'),
  filter: NotesFilterSchema,
});

export const SaveTemplateSchema = z.strictObject({
  /** null for a new template of the coach's own. */
  id: TemplateIdSchema.nullable(),
  template: NoteTemplateSchema.omit({ id: true }),
});

const notesOf = (id?: string): Tag[] => [tags.notes(id), tags.vault()];

export const noteMethods = {
  'notes.list': query<NotesList>()(NotesFilterSchema, () => notesOf()),
  'notes.get': query<NoteView>()(byId, (input) => notesOf(input.id)),
  'notes.create': command<NoteSaved>()(NewNoteSchema, () => [tags.notes()]),
  'notes.save': command<NoteSaved>()(SaveNoteSchema, () => [tags.notes()]),
  'notes.relink': command<NoteSaved>()(RelinkNoteSchema, () => [tags.notes()]),
  'notes.remove': command<{ removed: string }>()(byId, () => [tags.notes()]),
  'notes.versions': query<NoteVersionItem[]>()(byId, (input) => notesOf(input.id)),
  'notes.version': query<NoteContent>()(z.strictObject({ id: IdSchema, revision: z.number().int().min(1) }), (input) => notesOf(input.id)),
  'notes.search': query<NoteSearchHit[]>()(SearchNotesSchema, () => notesOf()),
  'notes.templates': query<TemplateView[]>()(z.strictObject({}), () => [tags.noteTemplates(), tags.vault()]),
  'notes.saveTemplate': command<TemplateView>()(SaveTemplateSchema, () => [tags.noteTemplates()]),
  /** A template of the coach's own is removed; a built-in one is put back as it shipped. */
  'notes.removeTemplate': command<{ removed: string }>()(z.strictObject({ id: TemplateIdSchema }), () => [tags.noteTemplates()]),
} as const;
