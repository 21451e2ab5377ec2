import type { Membership } from '../../shared/entities';
import { plannedEndDate } from '../../shared/calendar/days';
import {
  joiningDateProblem,
  leavingDateProblem,
  overlapMessage,
  overlappingMembership,
  planRejoin,
} from '../domain/membership';
import type { GroupDoc } from '../store/documents';
import { clone, groupToday, nowIso, requireGroup, requirePerson, type ServiceContext } from './context';
import { conflict, invalidInput, notFound } from './errors';
import type { Handlers } from './handlers';
import { replanAfterMembersChanged } from './between-plan';
import { refusedPeople, type PersonRefusal } from './refusals';

type MembershipMethods =
  | 'memberships.add'
  | 'memberships.addMany'
  | 'memberships.leave'
  | 'memberships.updateDates'
  | 'memberships.rejoin'
  | 'memberships.remove'
  | 'goals.set'
  | 'goals.clear';

function membershipIn(draft: GroupDoc, membershipId: string): Membership {
  const membership = draft.memberships.find((m) => m.id === membershipId);
  if (!membership) throw notFound('That membership');
  return membership;
}

const isAnonymised = (draft: GroupDoc, personId: string): boolean =>
  draft.anonymisedMembers.some((a) => a.personId === personId);

/** A former member kept anonymously is history: it can be removed, never rewritten. */
function ensureNotAnonymised(draft: GroupDoc, membership: Membership): void {
  if (isAnonymised(draft, membership.personId)) {
    throw conflict('This former member’s record was deleted; their history in the group is kept as it was.');
  }
}

const groupPlannedEnd = (draft: GroupDoc): string => plannedEndDate(draft.group.startDate, draft.group.plannedEnd);

export function membershipServices(ctx: ServiceContext): Handlers<MembershipMethods> {
  const findPerson = (personId: string) => ctx.store.index().people.find((p) => p.id === personId);
  const personName = (personId: string): string => findPerson(personId)?.name ?? 'This person';

  /**
   * Runs a change on one group's file and answers with what it changed: the
   * memberships whose ids `mutate` returns, as stored (the page that shows them
   * is the renderer's to reload, and only if it is on screen).
   */
  async function changeAll(groupId: string, mutate: (draft: GroupDoc) => string[]): Promise<Membership[]> {
    requireGroup(ctx, groupId);
    let changed: string[] = [];
    const doc = await ctx.store.updateGroup(groupId, (draft) => {
      changed = mutate(draft);
      replanAfterMembersChanged(draft, { today: groupToday(ctx, draft), nowIso: nowIso(ctx), newId: ctx.newId });
    });
    return clone(changed.map((id) => doc.memberships.find((m) => m.id === id) as Membership));
  }

  async function change(groupId: string, mutate: (draft: GroupDoc) => string): Promise<Membership> {
    const [membership] = await changeAll(groupId, (draft) => [mutate(draft)]);
    return membership as Membership;
  }

  function ensureNoOverlap(draft: GroupDoc, candidate: Membership, field: string): void {
    const clash = overlappingMembership(draft.memberships, candidate);
    if (!clash) return;
    const message = overlapMessage(personName(candidate.personId), clash);
    throw conflict(message, { [field]: message });
  }

  /**
   * The one way members are added, for one person or several: the date is
   * checked against the group's planned end, then each person on their own.
   * Nothing is added unless everyone can join, and each refusal names its
   * person (by position in `personIds`).
   */
  function addMembers(draft: GroupDoc, personIds: readonly string[], joinedOn: string): { refusals: PersonRefusal[]; added: Membership[] } {
    const lateStart = joiningDateProblem(joinedOn, groupPlannedEnd(draft));
    if (lateStart) throw invalidInput(lateStart, { joinedOn: lateStart });
    const refusals: PersonRefusal[] = [];
    const added: Membership[] = [];
    personIds.forEach((personId, index) => {
      // Looked up here, in the store's queue: a delete of this person may have been queued first.
      const person = findPerson(personId);
      if (!person) {
        refusals.push({ index, personId, reason: 'missing', message: 'That person could not be found. They may have been deleted.' });
        return;
      }
      const membership: Membership = { id: ctx.newId(), personId, joinedOn, leftOn: null, goal: null };
      const clash = overlappingMembership(draft.memberships, membership);
      if (clash) {
        refusals.push({ index, personId, reason: 'membership', message: overlapMessage(person.name, clash) });
        return;
      }
      added.push(membership);
    });
    if (refusals.length === 0) draft.memberships.push(...added);
    return { refusals, added: refusals.length === 0 ? added : [] };
  }

  return {
    'memberships.add': async ({ groupId, personId, joinedOn }) => {
      requirePerson(ctx, personId);
      return change(groupId, (draft) => {
        const { refusals, added } = addMembers(draft, [personId], joinedOn);
        const [refusal] = refusals;
        if (!refusal) return (added[0] as Membership).id;
        if (refusal.reason === 'missing') throw notFound('That person');
        throw conflict(refusal.message, { personId: refusal.message });
      });
    },

    'memberships.addMany': async ({ groupId, personIds, joinedOn }) =>
      changeAll(groupId, (draft) => {
        const { refusals, added } = addMembers(draft, personIds, joinedOn);
        if (refusals.length > 0) throw refusedPeople(refusals, personIds.length, 'be added');
        return added.map((m) => m.id);
      }),

    // Leaving keeps the membership, its goal and dates: the group's history stays true.
    'memberships.leave': async ({ groupId, membershipId, leftOn }) =>
      change(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        ensureNotAnonymised(draft, membership);
        const problem = leavingDateProblem(membership.joinedOn, leftOn);
        if (problem) throw invalidInput(problem, { leftOn: problem });
        ensureNoOverlap(draft, { ...membership, leftOn }, 'leftOn');
        membership.leftOn = leftOn;
        return membershipId;
      }),

    // A typo in a joining or leaving day is corrected under the rules that adding and leaving follow.
    'memberships.updateDates': async ({ groupId, membershipId, joinedOn, leftOn }) =>
      change(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        ensureNotAnonymised(draft, membership);
        const fields: Record<string, string> = {};
        const lateStart = joiningDateProblem(joinedOn, groupPlannedEnd(draft));
        if (lateStart) fields.joinedOn = lateStart;
        const shortStay = leftOn === null ? null : leavingDateProblem(joinedOn, leftOn);
        if (shortStay) fields.leftOn = shortStay;
        const first = lateStart ?? shortStay;
        if (first) throw invalidInput(first, fields);
        ensureNoOverlap(draft, { ...membership, joinedOn, leftOn }, 'joinedOn');
        membership.joinedOn = joinedOn;
        membership.leftOn = leftOn;
        return membershipId;
      }),

    'memberships.rejoin': async ({ groupId, membershipId }) => {
      const today = groupToday(ctx, requireGroup(ctx, groupId));
      return change(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        ensureNotAnonymised(draft, membership);
        const name = personName(membership.personId);
        const plan = planRejoin(membership, today);
        if (plan.kind === 'still-member') throw conflict(`${name} has not left this group.`);
        if (plan.kind === 'cancel-leaving') {
          ensureNoOverlap(draft, { ...membership, leftOn: null }, 'personId');
          membership.leftOn = null;
          return membershipId;
        }
        const lateStart = joiningDateProblem(plan.joinedOn, groupPlannedEnd(draft));
        if (lateStart) throw conflict(lateStart);
        const next: Membership = {
          id: ctx.newId(),
          personId: membership.personId,
          joinedOn: plan.joinedOn,
          leftOn: null,
          // Coming back usually means picking the same goal up again; the coach can change it.
          goal: membership.goal ? { ...membership.goal } : null,
        };
        ensureNoOverlap(draft, next, 'personId');
        draft.memberships.push(next);
        return next.id;
      });
    },

    // For a membership added by mistake: unlike leaving, nothing of it is kept.
    'memberships.remove': async ({ groupId, membershipId }) => {
      requireGroup(ctx, groupId);
      // Found in the store's queue, as it is when it goes: the answer names whose membership it was.
      const taken: Membership[] = [];
      await ctx.store.updateGroup(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        taken.push(membership);
        draft.memberships = draft.memberships.filter((m) => m.id !== membershipId);
        replanAfterMembersChanged(draft, { today: groupToday(ctx, draft), nowIso: nowIso(ctx), newId: ctx.newId });
        const stillInGroup = draft.memberships.some((m) => m.personId === membership.personId);
        if (!stillInGroup) {
          draft.normAgreements = draft.normAgreements.filter((a) => a.personId !== membership.personId);
          draft.anonymisedMembers = draft.anonymisedMembers.filter((a) => a.personId !== membership.personId);
        }
      });
      return clone({ removed: taken[0] as Membership });
    },

    'goals.set': async ({ groupId, membershipId, goal }) =>
      change(groupId, (draft) => {
        const membership = membershipIn(draft, membershipId);
        ensureNotAnonymised(draft, membership);
        const at = nowIso(ctx);
        membership.goal = {
          text: goal.text,
          targetDate: goal.targetDate,
          status: goal.status,
          setAt: membership.goal?.setAt ?? at,
          updatedAt: at,
        };
        return membershipId;
      }),

    // Allowed for former members too: clearing a goal is how its words leave the history.
    'goals.clear': async ({ groupId, membershipId }) =>
      change(groupId, (draft) => {
        membershipIn(draft, membershipId).goal = null;
        return membershipId;
      }),
  };
}
