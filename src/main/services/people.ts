import type { Person, PersonValues } from '../../shared/entities';
import type { PersonMembershipView, PersonSummary } from '../../shared/views';
import { anonymiseMember } from '../domain/anonymise';
import { todayIn } from '../../shared/calendar/days';
import { isCurrentOrUpcomingOn } from '../../shared/calendar/periods';
import type { IndexDoc } from '../store/documents';
import { clone, nowIso, requirePerson, sameText, type ServiceContext } from './context';
import { conflict, notFound } from './errors';
import type { Handlers } from './handlers';

type PeopleMethods =
  | 'people.list'
  | 'people.get'
  | 'people.create'
  | 'people.update'
  | 'people.delete'
  | 'people.deleteKeepingHistory';

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

/** Emails tell people apart (an import matches on them), so two people never share one. */
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

  function ensureInNoGroup(id: string, because?: string): void {
    const person = ctx.store.index().people.find((p) => p.id === id);
    const groups = [...new Set((membershipsByPerson().get(id) ?? []).map((m) => m.groupName))].sort(byName);
    if (!person || groups.length === 0) return;
    throw conflict(
      because
        ? `${person.name} ${because}`
        : `${person.name} is recorded in ${groups.length === 1 ? 'the group' : 'these groups'}: ${groups.join(', ')}. ` +
            'Delete them with the groups’ history kept anonymously, or remove them from those groups first.',
    );
  }

  /**
   * Names of the running groups this person is in or about to join (as of each
   * group's today): someone joining next month already belongs with that group.
   */
  function activeGroupNames(views: readonly PersonMembershipView[]): string[] {
    const now = ctx.now();
    const names = new Set<string>();
    for (const view of views) {
      const doc = ctx.store.group(view.groupId);
      if (!doc || view.groupArchived) continue;
      if (isCurrentOrUpcomingOn(view.membership, todayIn(doc.group.timeZone, now))) names.add(view.groupName);
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

    // A person's memberships are the group's history: a plain delete never takes it with them.
    'people.delete': async ({ id }) => {
      requirePerson(ctx, id);
      ensureInNoGroup(id);
      await ctx.store.updateIndex((draft) => {
        // Checked again in the store's queue: an add to a group may have been queued first.
        ensureInNoGroup(id);
        draft.people = draft.people.filter((p) => p.id !== id);
      });
      return { deleted: true as const };
    },

    /**
     * Deletes the person's record (name, email, phone, organisation, role, zone)
     * and keeps each group's history true with them as a former member there.
     * The groups are rewritten first and the person removed last, so a crash
     * part-way leaves the person in place with some groups already anonymised:
     * every file stays consistent, and deleting again finishes the job.
     */
    'people.deleteKeepingHistory': async ({ id }) => {
      requirePerson(ctx, id);
      const groupIds = [...new Set((membershipsByPerson().get(id) ?? []).map((m) => m.groupId))];
      let groupsKept = 0;
      const rewritten: string[] = [];
      for (const groupId of groupIds) {
        const doc = ctx.store.group(groupId);
        if (!doc) continue;
        rewritten.push(groupId);
        const today = todayIn(doc.group.timeZone, ctx.now());
        let kept = false;
        await ctx.store.updateGroup(groupId, (draft) => {
          kept = anonymiseMember(draft, { personId: id, anonymousId: ctx.newId(), today, at: nowIso(ctx) });
        });
        if (kept) groupsKept += 1;
      }
      await ctx.store.updateIndex((draft) => {
        // An add to a group queued while the groups were rewritten would leave a membership behind.
        ensureInNoGroup(id, 'was added to a group while being deleted. Try deleting them again.');
        draft.people = draft.people.filter((p) => p.id !== id);
      });
      return { deleted: true as const, groupsKept, groupIds: rewritten };
    },
  };
}
