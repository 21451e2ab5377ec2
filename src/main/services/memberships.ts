import type { Membership } from '../../shared/entities';
import { leavingDateProblem, overlappingMembership, planRejoin } from '../domain/membership';
import type { GroupDoc } from '../store/documents';
import { groupDetail, groupToday, nowIso, requireGroup, requirePerson, type ServiceContext } from './context';
import { conflict, invalidInput, notFound } from './errors';
import type { Handlers } from './handlers';

type MembershipMethods =
  | 'memberships.add'
  | 'memberships.leave'
  | 'memberships.rejoin'
  | 'memberships.remove'
  | 'goals.set'
  | 'goals.clear';

function membershipIn(draft: GroupDoc, membershipId: string): Membership {
  const membership = draft.memberships.find((m) => m.id === membershipId);
  if (!membership) throw notFound('That membership');
  return membership;
}

function ensureNoOverlap(draft: GroupDoc, candidate: Parameters<typeof overlappingMembership>[1], name: string): void {
  const clash = overlappingMembership(draft.memberships, candidate);
  if (!clash) return;
  const message =
    clash.leftOn === null
      ? `${name} is already a member of this group (since ${clash.joinedOn}).`
      : `${name} was a member of this group from ${clash.joinedOn} until ${clash.leftOn}; the dates would overlap.`;
  throw conflict(message, { personId: message });
}

export function membershipServices(ctx: ServiceContext): Handlers<MembershipMethods> {
  const personName = (personId: string): string =>
    ctx.store.index().people.find((p) => p.id === personId)?.name ?? 'This person';

  /** Runs a change on one group's file and answers with the refreshed group page. */
  async function change(groupId: string, mutate: (draft: GroupDoc) => void) {
    requireGroup(ctx, groupId);
    const doc = await ctx.store.updateGroup(groupId, mutate);
    return groupDetail(ctx, doc);
  }

  return {
    'memberships.add': async ({ groupId, personId, joinedOn }) => {
      const person = requirePerson(ctx, personId);
      return change(groupId, (draft) => {
        // Checked again here, in the store's queue: a delete of this person may have been queued first.
        requirePerson(ctx, personId);
        const membership: Membership = { id: ctx.newId(), personId, joinedOn, leftOn: null, goal: null };
        ensureNoOverlap(draft, membership, person.name);
        draft.memberships.push(membership);
      });
    },

    // Leaving keeps the membership, its goal and dates: the group's history stays true.
    'memberships.leave': async ({ groupId, membershipId, leftOn }) =>
      change(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        const problem = leavingDateProblem(membership.joinedOn, leftOn);
        if (problem) throw invalidInput(problem, { leftOn: problem });
        ensureNoOverlap(draft, { ...membership, leftOn }, personName(membership.personId));
        membership.leftOn = leftOn;
      }),

    'memberships.rejoin': async ({ groupId, membershipId }) => {
      const today = groupToday(ctx, requireGroup(ctx, groupId));
      return change(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        const name = personName(membership.personId);
        const plan = planRejoin(membership, today);
        if (plan.kind === 'still-member') throw conflict(`${name} has not left this group.`);
        if (plan.kind === 'cancel-leaving') {
          ensureNoOverlap(draft, { ...membership, leftOn: null }, name);
          membership.leftOn = null;
          return;
        }
        const next: Membership = {
          id: ctx.newId(),
          personId: membership.personId,
          joinedOn: plan.joinedOn,
          leftOn: null,
          // Coming back usually means picking the same goal up again; the coach can change it.
          goal: membership.goal ? { ...membership.goal } : null,
        };
        ensureNoOverlap(draft, next, name);
        draft.memberships.push(next);
      });
    },

    // For a membership added by mistake: unlike leaving, nothing of it is kept.
    'memberships.remove': async ({ groupId, membershipId }) =>
      change(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        draft.memberships = draft.memberships.filter((m) => m.id !== membershipId);
        const stillInGroup = draft.memberships.some((m) => m.personId === membership.personId);
        if (!stillInGroup) {
          draft.normAgreements = draft.normAgreements.filter((a) => a.personId !== membership.personId);
        }
      }),

    'goals.set': async ({ groupId, membershipId, goal }) =>
      change(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        const at = nowIso(ctx);
        membership.goal = {
          text: goal.text,
          targetDate: goal.targetDate,
          status: goal.status,
          setAt: membership.goal?.setAt ?? at,
          updatedAt: at,
        };
      }),

    'goals.clear': async ({ groupId, membershipId }) =>
      change(groupId, (draft) => {
        membershipIn(draft, membershipId).goal = null;
      }),
  };
}
