import type { AddressBookInput } from '../../shared/address-book';
import type { Person } from '../../shared/entities';
import type { ImportPreview } from '../../shared/views';
import { isImportable, previewAddressBook } from '../domain/address-book';
import { clone, nowIso, type ServiceContext } from './context';
import { invalidInput } from './errors';
import type { Handlers } from './handlers';
import { personFields } from './people';
import { timeSlices } from './time-slices';
import { matchKey } from '../../shared/text';

type ImportMethods = 'people.importPreview' | 'people.importCommit';

async function previewFor(ctx: ServiceContext, source: AddressBookInput): Promise<ImportPreview> {
  const index = ctx.store.index();
  const outcome = await previewAddressBook(
    source,
    { existingPeople: index.people, coachTimeZone: index.settings.coachTimeZone },
    timeSlices(),
  );
  if (!outcome.ok) throw invalidInput(outcome.message, { text: outcome.message });
  return outcome.preview;
}

/** Importing people from an address book: a preview that saves nothing, and the import itself. */
export function peopleImportServices(ctx: ServiceContext): Handlers<ImportMethods> {
  return {
    // Built fresh for this call from strings and new objects, so nobody can reach the store
    // through it; copying 2,000 rows again would only hold up the main process.
    'people.importPreview': (source) => previewFor(ctx, source),

    // The file is read again here rather than trusting a preview sent back by the renderer.
    'people.importCommit': async (source) => {
      const preview = await previewFor(ctx, source);
      const candidates = preview.rows.filter(isImportable);
      const created: Person[] = [];
      if (candidates.length > 0) {
        await ctx.store.updateIndex((draft) => {
          created.length = 0;
          // Someone may have been added while the file was read; emails stay unique.
          const taken = new Set(draft.people.map((p) => matchKey(p.email)));
          const at = nowIso(ctx);
          for (const row of candidates) {
            if (taken.has(matchKey(row.person.email))) continue;
            const person: Person = { id: ctx.newId(), ...personFields(row.person), createdAt: at, updatedAt: at };
            draft.people.push(person);
            created.push(person);
            taken.add(matchKey(person.email));
          }
        });
      }
      return clone({ created, skipped: preview.rows.length - created.length });
    },
  };
}
