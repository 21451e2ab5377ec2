import type { NormsRevision } from '../../shared/api';
import type { Norm, NormAgreement } from '../../shared/entities';
import { todayIn } from '../../shared/calendar/days';
import { isCurrentOrUpcomingOn } from '../../shared/calendar/periods';
import { earliestAgreementDay, earlyAgreementProblem, futureAgreementProblem, moveItem } from '../domain/norms';
import type { GroupDoc } from '../store/documents';
import { clone, groupToday, requireGroup, requirePerson, sameText, type ServiceContext } from './context';
import { ServiceError, conflict, invalidInput, notFound } from './errors';
import type { Handlers } from './handlers';
import { refusedPeople, type PersonRefusal } from './refusals';

type NormMethods =
  | 'norms.add'
  | 'norms.update'
  | 'norms.remove'
  | 'norms.move'
  | 'norms.recordAgreement'
  | 'norms.recordAgreements'
  | 'norms.withdrawAgreement';

function normIndex(draft: GroupDoc, normId: string): number {
  const index = draft.norms.findIndex((n) => n.id === normId);
  if (index === -1) throw notFound('That norm');
  return index;
}

function ensureTextFree(norms: readonly Norm[], text: string, exceptId: string | null): void {
  if (norms.some((n) => n.id !== exceptId && sameText(n.text, text))) {
    const message = 'The group already has this norm.';
    throw conflict(message, { text: message });
  }
}

/**
 * Any change to the wording, set or order of norms is a new revision: earlier
 * agreements then count as agreements to an older version, and the group page
 * shows who needs to agree again.
 */
const bump = (draft: GroupDoc): void => {
  draft.normsRevision += 1;
};

export function normServices(ctx: ServiceContext): Handlers<NormMethods> {
  /** Runs a change on one group's file and answers with what it makes of the stored result. */
  async function change<T>(groupId: string, mutate: (draft: GroupDoc) => void, answer: (doc: Readonly<GroupDoc>) => T): Promise<T> {
    requireGroup(ctx, groupId);
    const doc = await ctx.store.updateGroup(groupId, mutate);
    return clone(answer(doc));
  }

  /** Every edit of the norms answers with the set as stored, and its revision. */
  const editNorms = (groupId: string, mutate: (draft: GroupDoc) => void): Promise<NormsRevision> =>
    change(groupId, mutate, (doc) => ({ normsRevision: doc.normsRevision, norms: [...doc.norms] }));

  /** Recording agreements answers with them, as stored. */
  const agreementsOf = (personIds: readonly string[]) => (doc: Readonly<GroupDoc>) =>
    personIds.map((id) => doc.normAgreements.find((a) => a.personId === id) as NormAgreement);

  /**
   * The one way agreements are recorded, for one member or several who agreed
   * at the same meeting. Members about to join count: a group often contracts
   * before its first meeting. A date in the future is a problem with the date;
   * anything else is a reason about one person (by position in `personIds`).
   * Nothing is recorded unless everyone can be.
   */
  function recordAgreements(draft: GroupDoc, personIds: readonly string[], agreedOn: string, today: string): PersonRefusal[] {
    if (draft.norms.length === 0) {
      throw conflict('This group has no norms yet. Add the norms the group agreed before recording agreement.');
    }
    const future = futureAgreementProblem(agreedOn, today);
    if (future) throw invalidInput(future, { agreedOn: future });
    const groupSetUpOn = todayIn(draft.group.timeZone, new Date(draft.group.createdAt));
    const refusals: PersonRefusal[] = [];
    personIds.forEach((personId, index) => {
      const person = ctx.store.index().people.find((p) => p.id === personId);
      if (!person) {
        refusals.push({ index, personId, reason: 'missing', message: 'That person could not be found. They may have been deleted.' });
        return;
      }
      const periods = draft.memberships.filter((m) => m.personId === personId);
      if (!periods.some((m) => isCurrentOrUpcomingOn(m, today))) {
        refusals.push({
          index,
          personId,
          reason: 'membership',
          message: `${person.name} is not a member of this group now or about to join it, so cannot agree to its norms.`,
        });
        return;
      }
      const joinedOn = periods.map((m) => m.joinedOn).sort()[0]!;
      const earliest = earliestAgreementDay({ groupStart: draft.group.startDate, groupSetUpOn, joinedOn });
      const tooEarly = earlyAgreementProblem(agreedOn, person.name, earliest);
      if (tooEarly) refusals.push({ index, personId, reason: 'date', message: tooEarly });
    });
    if (refusals.length > 0) return refusals;
    const agreed = new Set(personIds);
    draft.normAgreements = [
      ...draft.normAgreements.filter((a) => !agreed.has(a.personId)),
      ...personIds.map((personId) => ({ personId, agreedOn, revision: draft.normsRevision })),
    ];
    return [];
  }

  return {
    'norms.add': async ({ groupId, text }) =>
      editNorms(groupId, (draft) => {
        ensureTextFree(draft.norms, text, null);
        draft.norms.push({ id: ctx.newId(), text });
        bump(draft);
      }),

    'norms.update': async ({ groupId, normId, text }) =>
      editNorms(groupId, (draft) => {
        const norm = draft.norms[normIndex(draft, normId)] as Norm;
        if (norm.text === text) return;
        ensureTextFree(draft.norms, text, normId);
        norm.text = text;
        bump(draft);
      }),

    'norms.remove': async ({ groupId, normId }) =>
      editNorms(groupId, (draft) => {
        normIndex(draft, normId);
        draft.norms = draft.norms.filter((n) => n.id !== normId);
        bump(draft);
      }),

    'norms.move': async ({ groupId, normId, direction }) =>
      editNorms(groupId, (draft) => {
        const moved = moveItem(draft.norms, normIndex(draft, normId), direction);
        if (!moved) return; // Already first or last: nothing changes, so no new revision.
        draft.norms = moved;
        bump(draft);
      }),

    'norms.recordAgreement': async ({ groupId, personId, agreedOn }) => {
      requirePerson(ctx, personId);
      const today = groupToday(ctx, requireGroup(ctx, groupId));
      return change(groupId, (draft) => {
        const [refusal] = recordAgreements(draft, [personId], agreedOn, today);
        if (!refusal) return;
        if (refusal.reason === 'missing') throw notFound('That person');
        // With one person, a date that is too early for them is the date's problem: it belongs beside the date.
        throw conflict(refusal.message, refusal.reason === 'date' ? { agreedOn: refusal.message } : undefined);
      }, (doc) => agreementsOf([personId])(doc)[0] as NormAgreement);
    },

    'norms.recordAgreements': async ({ groupId, personIds, agreedOn }) => {
      const today = groupToday(ctx, requireGroup(ctx, groupId));
      return change(groupId, (draft) => {
        const refusals = recordAgreements(draft, personIds, agreedOn, today);
        if (refusals.length > 0) throw refusedPeople(refusals, personIds.length, 'have their agreement recorded');
      }, agreementsOf(personIds));
    },

    'norms.withdrawAgreement': async ({ groupId, personId }) => {
      const person = requirePerson(ctx, personId);
      const taken: NormAgreement[] = [];
      return change(
        groupId,
        (draft) => {
          const agreement = draft.normAgreements.find((a) => a.personId === personId);
          if (!agreement) throw new ServiceError('not_found', `${person.name} has no recorded agreement to withdraw.`);
          taken.push(agreement);
          draft.normAgreements = draft.normAgreements.filter((a) => a.personId !== personId);
        },
        () => ({ withdrawn: taken[0] as NormAgreement }),
      );
    },
  };
}
