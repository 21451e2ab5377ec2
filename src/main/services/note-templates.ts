import { BUILT_IN_TEMPLATES, BUILT_IN_TEMPLATE_IDS } from '../../shared/note-templates';
import type { NoteTemplate, TemplateView } from '../../shared/notes';
import { CURRENT_SCHEMA_VERSION } from '../store/documents';
import { clone, type ServiceContext } from './context';
import { notFound } from './errors';
import type { Handlers } from './handlers';
import { asServiceErrors, type NoteSealer } from './notes-sealing';
import type { VaultKeeper } from './vault-keeper';

type TemplateMethod = 'notes.templates' | 'notes.saveTemplate' | 'notes.removeTemplate';

const TEMPLATES_KIND = 'note-templates';
const MAX_OWN_TEMPLATES = 100;

/**
 * The coach's templates: the built-in ones (as shipped, or as the coach changed
 * them) and their own. Only what differs from the shipped set is stored,
 * sealed in note-templates.json, so a new version's better built-in wording
 * reaches every template the coach never touched.
 */
export function noteTemplateAccess(ctx: ServiceContext, keeper: VaultKeeper, sealer: NoteSealer) {
  /** The coach's stored templates (changed built-ins and their own), in order. */
  async function stored(): Promise<{ templates: NoteTemplate[]; revision: number }> {
    const doc = await ctx.store.notes.templates();
    const vaultId = await keeper.unlockedVaultId();
    if (!doc || doc.vaultId !== vaultId) return { templates: [], revision: doc?.revision ?? 0 };
    return { templates: await sealer.openTemplates({ noteId: vaultId, kind: TEMPLATES_KIND, revision: doc.revision }, doc.sealed), revision: doc.revision };
  }

  async function store(templates: NoteTemplate[], previousRevision: number): Promise<void> {
    const vaultId = await keeper.unlockedVaultId();
    const revision = previousRevision + 1;
    const sealed = await sealer.sealTemplates({ noteId: vaultId, kind: TEMPLATES_KIND, revision }, templates);
    await ctx.store.notes.saveTemplates({ schemaVersion: CURRENT_SCHEMA_VERSION, vaultId, revision, sealed });
  }

  async function views(): Promise<TemplateView[]> {
    const { templates } = await stored();
    const changed = new Map(templates.map((t) => [t.id, t]));
    const builtIn = BUILT_IN_TEMPLATES.map((t) => ({ ...clone(changed.get(t.id) ?? t), builtIn: true, edited: changed.has(t.id) }));
    const own = templates.filter((t) => !BUILT_IN_TEMPLATE_IDS.has(t.id)).map((t) => ({ ...clone(t), builtIn: false, edited: false }));
    return [...builtIn, ...own];
  }

  const handlers: Handlers<TemplateMethod> = {
    'notes.templates': () => asServiceErrors(views),
    'notes.saveTemplate': ({ id, template }) =>
      asServiceErrors(async () => {
        const { templates, revision } = await stored();
        const known = id !== null && (BUILT_IN_TEMPLATE_IDS.has(id) || templates.some((t) => t.id === id));
        if (id !== null && !known) throw notFound('That template');
        const own = templates.filter((t) => !BUILT_IN_TEMPLATE_IDS.has(t.id)).length;
        if (id === null && own >= MAX_OWN_TEMPLATES) throw notFound(`Room for more than ${MAX_OWN_TEMPLATES} templates`);
        const savedId = id ?? `own-${ctx.newId().slice(0, 8)}`;
        const next = { id: savedId, ...template };
        const list = templates.some((t) => t.id === savedId) ? templates.map((t) => (t.id === savedId ? next : t)) : [...templates, next];
        await store(list, revision);
        return (await views()).find((v) => v.id === savedId)!;
      }),
    'notes.removeTemplate': ({ id }) =>
      asServiceErrors(async () => {
        const { templates, revision } = await stored();
        if (!templates.some((t) => t.id === id)) {
          if (BUILT_IN_TEMPLATE_IDS.has(id)) return { removed: id }; // already as shipped
          throw notFound('That template');
        }
        await store(
          templates.filter((t) => t.id !== id),
          revision,
        );
        return { removed: id };
      }),
  };

  /** The coach's own and changed templates by id, for a new note's fields. */
  const byId = async (): Promise<ReadonlyMap<string, NoteTemplate>> => new Map((await stored()).templates.map((t) => [t.id, t]));
  return { handlers, byId };
}
