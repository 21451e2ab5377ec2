import type { NoteListItem, NoteSearchHit } from '../../shared/contract/notes';
import { BUILT_IN_TEMPLATES } from '../../shared/note-templates';
import type { NoteContent, NoteKind, NoteLinks, NoteMeta } from '../../shared/notes';
import { foldForSearch } from '../../shared/text';
import { byNewest, excerptAround, matchesFilter } from '../domain/notes/note-filter';
import { noteLinkProblems, type LinkWorld } from '../domain/notes/note-links';
import { CURRENT_SCHEMA_VERSION } from '../store/documents';
import type { NoteEntry } from '../store/notes/note-entry';
import { MAX_NOTE_VERSIONS, type NoteFileDoc, type NoteVersion } from '../store/notes/note-file-doc';
import { clone, nowIso, type ServiceContext } from './context';
import { conflict, invalidInput, notFound } from './errors';
import type { Handlers } from './handlers';
import type { NoteTexts } from './note-texts';
import { asServiceErrors, type NoteSealer } from './notes-sealing';
import type { VaultKeeper } from './vault-keeper';

type NoteMethod =
  | 'notes.list'
  | 'notes.get'
  | 'notes.create'
  | 'notes.save'
  | 'notes.relink'
  | 'notes.remove'
  | 'notes.versions'
  | 'notes.version'
  | 'notes.search';

/**
 * A save more than this long after the one before starts a new sitting, and
 * the version the coach left last time is kept in the note's history.
 * Autosave writes every second or two while typing; keeping each of those
 * would bury the versions a coach wants to find under thousands of others.
 */
export const NEW_SITTING_MS = 10 * 60_000;
const MAX_SEARCH_HITS = 50;
/** Lists up to this long open their notes one by one rather than waiting for all of them. */
const SHORT_LIST = 200;

export interface NotesDeps {
  keeper: VaultKeeper;
  sealer: NoteSealer;
  texts: NoteTexts;
}

const bindingOf = (meta: Pick<NoteMeta, 'id' | 'kind' | 'revision'>) => ({ noteId: meta.id, kind: meta.kind, revision: meta.revision });

function linkWorld(ctx: ServiceContext): LinkWorld {
  const groups = new Map<string, { meetingIds: Set<string>; memberIds: Set<string> }>();
  for (const doc of ctx.store.groups()) {
    groups.set(doc.group.id, {
      meetingIds: new Set(doc.meetings.map((m) => m.id)),
      memberIds: new Set(doc.memberships.map((m) => m.personId)),
    });
  }
  return { personIds: new Set(ctx.store.index().people.map((p) => p.id)), groups };
}

function requireLinks(ctx: ServiceContext, kind: NoteKind, links: NoteLinks): void {
  const problems = noteLinkProblems(kind, links, linkWorld(ctx));
  const first = Object.values(problems)[0];
  if (first) throw invalidInput(first, problems);
}

/** Empty fields headed like the template's (the blank note's one field when no template is named). */
function contentFromTemplate(templateId: string | null, own: ReadonlyMap<string, { fields: { label: string }[] }>): NoteContent {
  const template = (templateId && (own.get(templateId) ?? BUILT_IN_TEMPLATES.find((t) => t.id === templateId))) || BUILT_IN_TEMPLATES.find((t) => t.id === 'blank')!;
  return { title: '', fields: template.fields.map((f) => ({ label: f.label, text: '' })) };
}

const sameContent = (a: NoteContent, b: NoteContent): boolean => JSON.stringify(a) === JSON.stringify(b);

export function noteServices(
  ctx: ServiceContext,
  deps: NotesDeps,
  templatesFor: () => Promise<ReadonlyMap<string, { fields: { label: string }[] }>>,
): Handlers<NoteMethod> {
  const { keeper, sealer, texts } = deps;

  async function entryOf(id: string): Promise<NoteEntry> {
    const entry = (await ctx.store.notes.entries()).find((e) => e.meta.id === id);
    if (!entry) throw notFound('That note');
    return entry;
  }

  async function contentOf(entry: NoteEntry, doc?: NoteFileDoc): Promise<NoteContent> {
    const known = texts.peek(entry);
    if (known) return known;
    const file = doc ?? (await ctx.store.notes.read(entry.meta.id));
    return sealer.open(bindingOf(file), file.sealed);
  }

  /** Seals the content (and, when the kind changes, the history) under the next revision, and writes it. */
  async function writeNext(
    previous: NoteFileDoc | null,
    meta: Omit<NoteMeta, 'revision' | 'versionCount' | 'updatedAt'>,
    content: NoteContent,
  ): Promise<NoteMeta> {
    const now = ctx.now();
    const revision = (previous?.revision ?? 0) + 1;
    let history: NoteVersion[] = previous ? [...previous.history] : [];
    if (previous && previous.kind !== meta.kind) {
      // Each version is bound to the note's kind: re-bind them, or they would no longer open.
      history = await Promise.all(
        history.map(async (v) => ({ ...v, sealed: await sealer.seal({ noteId: meta.id, kind: meta.kind, revision: v.revision }, await sealer.open({ noteId: meta.id, kind: previous.kind, revision: v.revision }, v.sealed)) })),
      );
    }
    if (previous && now.getTime() - Date.parse(previous.updatedAt) >= NEW_SITTING_MS) {
      const keep = previous.kind === meta.kind ? previous.sealed : await sealer.seal({ noteId: meta.id, kind: meta.kind, revision: previous.revision }, content);
      history.push({ revision: previous.revision, savedAt: previous.updatedAt, sealed: keep });
      history = history.slice(-MAX_NOTE_VERSIONS);
    }
    const sealed = await sealer.seal({ noteId: meta.id, kind: meta.kind, revision }, content);
    const doc: NoteFileDoc = { schemaVersion: CURRENT_SCHEMA_VERSION, ...meta, updatedAt: now.toISOString(), revision, sealed, history };
    const entry = await ctx.store.notes.write(doc);
    texts.put(meta.id, revision, content);
    return clone(entry.meta);
  }

  return {
    'notes.list': async (filter) => {
      const status = await keeper.status();
      const matching = (await ctx.store.notes.entries()).filter((e) => matchesFilter(e.meta, filter));
      matching.sort((a, b) => byNewest(a.meta, b.meta));
      const entries = filter.limit === undefined ? matching : matching.slice(0, filter.limit);
      const titles = new Map<string, string>();
      if (status.state === 'unlocked') {
        await asServiceErrors(async () => {
          // A short list opens its own notes in one read; a long one waits for every note to be opened (once per unlock).
          const opened = entries.length <= SHORT_LIST ? null : await texts.ready();
          const missing = entries.filter((e) => {
            const known = opened?.texts.get(e.meta.id) ?? null;
            const content = known && known.revision === e.meta.revision ? known.content : texts.peek(e);
            if (content) titles.set(e.meta.id, content.title);
            return !content;
          });
          const sealed = await ctx.store.notes.readSealed(missing);
          const contents = await sealer.openMany(sealed.map(({ entry, sealed: text }) => ({ binding: bindingOf(entry.meta), sealed: text })));
          sealed.forEach(({ entry }, i) => {
            const content = contents[i];
            if (content) titles.set(entry.meta.id, content.title);
          });
          // What would not open in bulk (a damaged file) is opened alone, which repairs it or says why not.
          for (const e of missing) if (!titles.has(e.meta.id)) titles.set(e.meta.id, (await contentOf(e)).title);
        });
        // Search should be ready soon after the first look at the notes.
        texts.ready().catch(() => undefined);
      }
      const notes: NoteListItem[] = entries.map((e) => ({ ...clone(e.meta), title: titles.get(e.meta.id) ?? null }));
      return { vault: status.state, total: matching.length, notes };
    },

    'notes.get': ({ id }) =>
      asServiceErrors(async () => {
        const entry = await entryOf(id);
        return { meta: clone(entry.meta), content: clone(await contentOf(entry)) };
      }),

    'notes.create': (input) =>
      asServiceErrors(async () => {
        await keeper.dataKey(); // locked: refused before anything is checked or written
        const { kind, templateId, content, ...links } = input;
        requireLinks(ctx, kind, links);
        const own = await templatesFor();
        if (templateId !== null && !own.has(templateId) && !BUILT_IN_TEMPLATES.some((t) => t.id === templateId)) {
          throw invalidInput('That template could not be found. It may have been removed.', { templateId: 'That template could not be found.' });
        }
        const id = ctx.newId();
        const meta = { id, kind, ...links, templateId, createdAt: nowIso(ctx) };
        return { meta: await writeNext(null, meta, content ?? contentFromTemplate(templateId, own)) };
      }),

    'notes.save': ({ id, baseRevision, content }) =>
      asServiceErrors(async () => {
        const entry = await entryOf(id);
        if (entry.meta.revision !== baseRevision) {
          throw conflict('This note was changed elsewhere (another window) since you started. Your text is kept here; copy it, then reload the note.');
        }
        const doc = await ctx.store.notes.read(id);
        if (sameContent(await contentOf(entry, doc), content)) return { meta: clone(entry.meta) };
        const { schemaVersion: _v, sealed: _s, history: _h, updatedAt: _u, revision: _r, ...meta } = doc;
        void [_v, _s, _h, _u, _r];
        return { meta: await writeNext(doc, meta, content) };
      }),

    'notes.relink': ({ id, kind, ...links }) =>
      asServiceErrors(async () => {
        const entry = await entryOf(id);
        requireLinks(ctx, kind, links);
        const doc = await ctx.store.notes.read(id);
        const content = await contentOf(entry, doc);
        return { meta: await writeNext(doc, { id, kind, ...links, templateId: doc.templateId, createdAt: doc.createdAt }, content) };
      }),

    'notes.remove': async ({ id }) => {
      await entryOf(id);
      await ctx.store.notes.remove(id);
      texts.remove(id);
      return { removed: id };
    },

    'notes.versions': ({ id }) =>
      asServiceErrors(async () => {
        await entryOf(id);
        const doc = await ctx.store.notes.read(id);
        const versions = await Promise.all(
          doc.history.map(async (v) => ({
            revision: v.revision,
            savedAt: v.savedAt,
            title: (await sealer.open({ noteId: id, kind: doc.kind, revision: v.revision }, v.sealed)).title,
          })),
        );
        return versions.reverse();
      }),

    'notes.version': ({ id, revision }) =>
      asServiceErrors(async () => {
        await entryOf(id);
        const doc = await ctx.store.notes.read(id);
        const version = doc.history.find((v) => v.revision === revision);
        if (!version) throw notFound('That version of the note');
        return clone(await sealer.open({ noteId: id, kind: doc.kind, revision }, version.sealed));
      }),

    'notes.search': ({ text, filter }) =>
      asServiceErrors(async () => {
        await keeper.dataKey();
        const query = foldForSearch(text).trim();
        if (query.length === 0) return [];
        const opened = await texts.ready();
        const index = await opened.index;
        const entries = await ctx.store.notes.byId();
        const wanted = (id: string) => {
          const meta = entries.get(id)?.meta;
          return meta !== undefined && opened.texts.has(id) && matchesFilter(meta, filter);
        };
        const hits: NoteSearchHit[] = index.search(query, { limit: MAX_SEARCH_HITS, accept: wanted }).map((result) => {
          const meta = entries.get(result.id)!.meta;
          const content = opened.texts.get(result.id)!.content;
          const body = content.fields.map((f) => f.text).join('\n');
          return { meta: clone(meta), title: content.title, excerpt: excerptAround(body, result.terms, foldForSearch), score: result.score };
        });
        return hits;
      }),
  };
}
