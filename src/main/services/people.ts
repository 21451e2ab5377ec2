import type { Person, PersonValues } from '../../shared/entities';
import type { PersonMembershipView, PersonSummary } from '../../shared/views';
import { todayIn } from '../domain/dates';
import { isActiveOn } from '../domain/membership';
import type { IndexDoc } from '../store/documents';
import { clone, nowIso, requirePerson, sameText, type ServiceContext } from './context';
import { conflict, notFound } from './errors';
import type { Handlers } from './handlers';

type PeopleMethods =
  | 'people.list'
  | 'people.get'
  | 'people.create'
  | 'people.update'
  | 'people.delete';

/** Only the person's own fields, whatever else the value carries. */
export const personFields = (v: PersonValues): PersonValues => ({
  name: v.name,
  email: v.email,
  timeZone: v.timeZone,
  organisation: v.organisation,
  role: v.role,
  phone: v.phone,
});

const byName = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** Emails identify people in calendar invitations, so two people never share one. */
function ensureEmailFree(index: IndexDoc, email: string, exceptId: string | null): void {
  const owner = index.people.find((p) => p.id !== exceptId && sameText(p.email, email));
  if (owner) {
    const message = `${owner.name} already uses ${email}. Each person needs their own email address.`;
    throw conflict(message, { email: message });
  }
}

export function peopleServices(ctx: ServiceContext): Handlers<PeopleMethods> {
  /** Every group membership of each person, with the group it belongs to. */
  function membershipsByPerson(): Map<string, PersonMembershipView[]> {
    const map = new Map<string, PersonMembershipView[]>();
    for (const doc of ctx.store.groups()) {
      for (const membership of doc.memberships) {
        const list = map.get(membership.personId) ?? [];
        list.push({
          groupId: doc.group.id,
          groupName: doc.group.name,
          groupColor: doc.group.color,
          groupArchived: doc.group.archivedAt !== null,
          membership,
        });
        map.set(membership.personId, list);
      }
    }
    return map;
  }

  /** Names of the running groups this person is a current member of (as of each group's today). */
  function activeGroupNames(views: readonly PersonMembershipView[]): string[] {
    const now = ctx.now();
    const names = new Set<string>();
    for (const view of views) {
      const doc = ctx.store.group(view.groupId);
      if (!doc || view.groupArchived) continue;
      if (isActiveOn(view.membership, todayIn(doc.group.timeZone, now))) names.add(view.groupName);
    }
    return [...names].sort(byName);
  }

  return {
    'people.list': async () => {
      const memberships = membershipsByPerson();
      const summaries: PersonSummary[] = ctx.store.index().people.map((person) => {
        const groupNames = activeGroupNames(memberships.get(person.id) ?? []);
        return { person, activeGroupCount: groupNames.length, groupNames };
      });
      return clone(summaries.sort((a, b) => byName(a.person.name, b.person.name) || a.person.email.localeCompare(b.person.email)));
    },

    'people.get': async ({ id }) => {
      const person = requirePerson(ctx, id);
      const memberships = (membershipsByPerson().get(id) ?? []).sort(
        (a, b) => byName(a.groupName, b.groupName) || b.membership.joinedOn.localeCompare(a.membership.joinedOn),
      );
      return clone({ person, memberships });
    },

    'people.create': async (values) => {
      const id = ctx.newId();
      const index = await ctx.store.updateIndex((draft) => {
        ensureEmailFree(draft, values.email, null);
        const at = nowIso(ctx);
        draft.people.push({ id, ...personFields(values), createdAt: at, updatedAt: at });
      });
      return clone(index.people.find((p) => p.id === id) as Person);
    },

    'people.update': async ({ id, values }) => {
      requirePerson(ctx, id);
      const index = await ctx.store.updateIndex((draft) => {
        ensureEmailFree(draft, values.email, id);
        const i = draft.people.findIndex((p) => p.id === id);
        const current = draft.people[i];
        if (!current) throw notFound('That person');
        draft.people[i] = { ...current, ...personFields(values), updatedAt: nowIso(ctx) };
      });
      return clone(index.people.find((p) => p.id === id) as Person);
    },

    // A person's memberships are the group's history; removing them first is a deliberate step.
    'people.delete': async ({ id }) => {
      const person = requirePerson(ctx, id);
      const ensureInNoGroup = (): void => {
        const groups = [...new Set((membershipsByPerson().get(id) ?? []).map((m) => m.groupName))].sort(byName);
        if (groups.length > 0) {
          throw conflict(
            `${person.name} is still recorded in ${groups.length === 1 ? 'the group' : 'these groups'}: ${groups.join(', ')}. ` +
              'Remove them from every group before deleting them.',
          );
        }
      };
      ensureInNoGroup();
      await ctx.store.updateIndex((draft) => {
        // Checked again in the store's queue: an add to a group may have been queued first.
        ensureInNoGroup();
        draft.people = draft.people.filter((p) => p.id !== id);
      });
      return { deleted: true as const };
    },
  };
}
