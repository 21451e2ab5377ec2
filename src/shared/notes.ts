import { z } from 'zod';
import { IdSchema, InstantSchema, IsoDateSchema } from './primitives';
import { composed } from './text';

// Confidential notes. A note has two halves that never mix: its metadata
// (id, kind, date, links to a group, a meeting and people, revision), which is
// kept in the clear so a locked app can still say "3 notes on this meeting",
// and its content (title and every field's text), which exists in the clear
// only in main while the vault is unlocked and in the note views showing it.

export const NOTE_KINDS = ['meeting', 'one-to-one', 'pair-check-in', 'member'] as const;
export const NoteKindSchema = z.enum(NOTE_KINDS, { error: 'Choose what kind of note this is.' });
export type NoteKind = z.infer<typeof NoteKindSchema>;

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  meeting: 'Meeting notes',
  'one-to-one': '1:1 notes',
  'pair-check-in': 'Pair check-in',
  member: 'Notes on a member',
};

/** A note is about a handful of people at most (a meeting's members); far more is a mistake. */
export const MAX_NOTE_PEOPLE = 12;
export const MAX_NOTE_FIELDS = 20;
export const MAX_NOTE_TITLE = 200;
export const MAX_FIELD_LABEL = 120;
/** About 25 pages of typing per field: more than any note needs, small enough to keep saves fast. */
export const MAX_FIELD_TEXT = 50_000;

/** Text as typed, kept in one Unicode form; note text keeps its line breaks and inner spacing. */
const noteText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .max(max * 4, `${label} must be at most ${max} characters.`)
    .transform((raw, ctx) => {
      const text = composed(raw).replace(/\r\n?/g, '\n');
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) ctx.addIssue({ code: 'custom', message: `${label} holds characters that cannot be kept.` });
      else if (text.length > max) ctx.addIssue({ code: 'custom', message: `${label} must be at most ${max} characters.` });
      else return text;
      return z.NEVER;
    });

const oneLine = (label: string, min: number, max: number) =>
  noteText(label, max).transform((text, ctx) => {
    const line = text.trim();
    if (line.includes('\n')) ctx.addIssue({ code: 'custom', message: `Keep ${label.toLowerCase()} to one line.` });
    else if (line.length < min) ctx.addIssue({ code: 'custom', message: `${label} is required.` });
    else return line;
    return z.NEVER;
  });

export const NoteFieldSchema = z.strictObject({
  label: oneLine('The heading', 1, MAX_FIELD_LABEL),
  /** Markdown; rendered without raw HTML. */
  text: noteText('The text', MAX_FIELD_TEXT),
});
export type NoteField = z.output<typeof NoteFieldSchema>;

/** What is encrypted: the title and every field, headings included (a coach's own template can be revealing). */
export const NoteContentSchema = z.strictObject({
  title: oneLine('The title', 0, MAX_NOTE_TITLE),
  fields: z
    .array(NoteFieldSchema, { error: 'A note needs its fields.' })
    .min(1, 'A note needs at least one field.')
    .max(MAX_NOTE_FIELDS, `A note has at most ${MAX_NOTE_FIELDS} fields.`),
});
export type NoteContent = z.output<typeof NoteContentSchema>;

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

/** Where a note belongs. Every link is optional; which ones a kind needs is checked by main (notes-links.ts). */
export const NoteLinksSchema = z.strictObject({
  date: IsoDateSchema,
  groupId: IdSchema.nullable(),
  meetingId: IdSchema.nullable(),
  personIds: z
    .array(IdSchema)
    .max(MAX_NOTE_PEOPLE, `A note can be about at most ${MAX_NOTE_PEOPLE} people.`)
    .refine(distinct, 'Each person can be named only once.'),
});
export type NoteLinks = z.output<typeof NoteLinksSchema>;

/** The metadata kept in the clear, as the window sees it. */
export const NoteMetaSchema = z.strictObject({
  id: IdSchema,
  kind: NoteKindSchema,
  ...NoteLinksSchema.shape,
  templateId: z.string().max(80).nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  /** Rises with every save; a save names the revision it started from, so two windows never overwrite each other. */
  revision: z.number().int().min(1),
  /** Earlier versions kept (encrypted) in the note's history. */
  versionCount: z.number().int().min(0),
});
export type NoteMeta = z.output<typeof NoteMetaSchema>;

// ---- Templates ---------------------------------------------------------

export const TemplateFieldSchema = z.strictObject({
  label: oneLine('The heading', 1, MAX_FIELD_LABEL),
  /** A question that helps the coach fill the field; shown as placeholder, never stored in the note. */
  prompt: oneLine('The prompt', 0, 300),
});
export type TemplateField = z.output<typeof TemplateFieldSchema>;

export const TemplateIdSchema = z
  .string({ error: 'Choose a template.' })
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Not a valid template.');

export const NoteTemplateSchema = z.strictObject({
  id: TemplateIdSchema,
  name: oneLine('The name', 1, 80),
  /** The kinds of note this template is offered for first. */
  kinds: z.array(NoteKindSchema).min(1, 'Choose at least one kind of note.').max(NOTE_KINDS.length).refine(distinct, 'Choose each kind once.'),
  fields: z
    .array(TemplateFieldSchema)
    .min(1, 'A template needs at least one field.')
    .max(MAX_NOTE_FIELDS, `A template has at most ${MAX_NOTE_FIELDS} fields.`),
});
export type NoteTemplate = z.output<typeof NoteTemplateSchema>;

/** How the coach's copy of a template differs from what ships. */
export interface TemplateView extends NoteTemplate {
  builtIn: boolean;
  /** A built-in template the coach changed (it can be put back). */
  edited: boolean;
}
