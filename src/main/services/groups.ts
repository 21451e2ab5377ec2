import type { Group, GroupValues } from '../../shared/entities';
import type { GroupSummary } from '../../shared/views';
import { dayLabel, plannedEndDate } from '../../shared/calendar/days';
import { buildGroupSummary } from '../domain/group-summary';
import { DEFAULT_NORMS } from '../domain/norms';
import { CURRENT_SCHEMA_VERSION, type GroupDoc, noMeetingsYet } from '../store/documents';
import { clone, currentPeople, groupDetail, nowIso, requireGroup, sameText, type ServiceContext } from './context';
import { conflict, invalidInput } from './errors';
import type { Handlers } from './handlers';
import { SerialQueue } from '../store/serial-queue';

type GroupMethods =
  | 'groups.list'
  | 'groups.get'
  | 'groups.create'
  | 'groups.update'
  | 'groups.archive'
  | 'groups.restore'
  | 'groups.delete';

/** Copies exactly the editable fields, so nothing else can ride along into the file. */
const groupFields = (v: GroupValues): Omit<Group, 'id' | 'archivedAt' | 'createdAt' | 'updatedAt'> => ({
  name: v.name,
  purpose: v.purpose,
  kind: v.kind,
  facilitation: v.facilitation,
  startDate: v.startDate,
  plannedEnd: v.plannedEnd,
  timeZone: v.timeZone,
  meetingMinutes: v.meetingMinutes,
  mode: v.mode,
  color: v.color,
});

/** Two running groups with one name would be confusing in every list; archived ones may share it. */
function ensureNameFree(
  ctx: ServiceContext,
  name: string,
  exceptId: string | null,
  explain = (taken: string) => `You already have an active group called "${taken}". Choose another name.`,
): void {
  const clash = ctx.store
    .groups()
    .find((d) => d.group.archivedAt === null && d.group.id !== exceptId && sameText(d.group.name, name));
  if (clash) {
    const message = explain(clash.group.name);
    throw conflict(message, { name: message });
  }
}

/**
 * Nobody may join after a group's planned end, so moving the end before a
 * member's joining day is refused (on the field that moved it) rather than
 * leaving a membership the rules would never have allowed.
 */
function ensureEndAfterJoins(ctx: ServiceContext, doc: Readonly<GroupDoc>, values: GroupValues): void {
  const end = plannedEndDate(values.startDate, values.plannedEnd);
  const late = doc.memberships.filter((m) => m.joinedOn > end).sort((a, b) => b.joinedOn.localeCompare(a.joinedOn))[0];
  if (!late) return;
  const name = ctx.store.index().people.find((p) => p.id === late.personId)?.name ?? 'A former member';
  const message = `${name} joins on ${dayLabel(late.joinedOn)}, after this planned end (${dayLabel(end)}). End the group later, or change their joining date first.`;
  const field = values.plannedEnd.type === 'date' ? 'values.plannedEnd.endDate' : 'values.plannedEnd.months';
  throw invalidInput(message, { [field]: message });
}

const byName = (a: GroupSummary, b: GroupSummary): number =>
  a.group.name.localeCompare(b.group.name, 'en', { sensitivity: 'base' });

export function groupServices(ctx: ServiceContext): Handlers<GroupMethods> {
  // Name uniqueness spans several files, so the store cannot check it in one
  // write: changes that can claim a name run one at a time instead.
  const naming = new SerialQueue();

  return {
    'groups.list': async ({ includeArchived }) => {
      const people = currentPeople(ctx);
      const now = ctx.now();
      return clone(
        ctx.store
          .groups()
          .filter((d) => includeArchived || d.group.archivedAt === null)
          .map((d) => buildGroupSummary(d, people, now))
          .sort(byName),
      );
    },

    'groups.get': async ({ id }) => groupDetail(ctx, requireGroup(ctx, id)),

    'groups.create': (values) =>
      naming.run(async () => {
        ensureNameFree(ctx, values.name, null);
        const at = nowIso(ctx);
        const doc: GroupDoc = {
          schemaVersion: CURRENT_SCHEMA_VERSION,
          group: { id: ctx.newId(), ...groupFields(values), archivedAt: null, createdAt: at, updatedAt: at },
          memberships: [],
          norms: DEFAULT_NORMS.map((text) => ({ id: ctx.newId(), text })),
          normsRevision: 1,
          normAgreements: [],
          anonymisedMembers: [],
    ...noMeetingsYet(),
        };
        const created = await ctx.store.createGroup(doc);
        return clone(created.group);
      }),

    'groups.update': ({ id, values }) =>
      naming.run(async () => {
        const current = requireGroup(ctx, id);
        if (current.group.archivedAt === null) ensureNameFree(ctx, values.name, id);
        ensureEndAfterJoins(ctx, current, values);
        const doc = await ctx.store.updateGroup(id, (draft) => {
          draft.group = { ...draft.group, ...groupFields(values), updatedAt: nowIso(ctx) };
        });
        return clone(doc.group);
      }),

    'groups.archive': async ({ id }) => {
      const current = requireGroup(ctx, id);
      if (current.group.archivedAt !== null) return clone(current.group);
      const doc = await ctx.store.updateGroup(id, (draft) => {
        const at = nowIso(ctx);
        draft.group.archivedAt = at;
        draft.group.updatedAt = at;
      });
      return clone(doc.group);
    },

    'groups.restore': ({ id }) =>
      naming.run(async () => {
        const current = requireGroup(ctx, id);
        if (current.group.archivedAt === null) return clone(current.group);
        ensureNameFree(
          ctx,
          current.group.name,
          id,
          (taken) => `An active group is already called "${taken}". Rename one of them, then restore this group.`,
        );
        const doc = await ctx.store.updateGroup(id, (draft) => {
          draft.group.archivedAt = null;
          draft.group.updatedAt = nowIso(ctx);
        });
        return clone(doc.group);
      }),

    // Deleting removes the group's whole history, so the coach types its name to confirm.
    'groups.delete': async ({ id, confirmName }) => {
      const current = requireGroup(ctx, id);
      if (confirmName !== current.group.name) {
        const message = `To delete this group, type its name exactly as shown: ${current.group.name}`;
        throw invalidInput(message, { confirmName: message });
      }
      await ctx.store.deleteGroup(id);
      return { deleted: true as const };
    },
  };
}
