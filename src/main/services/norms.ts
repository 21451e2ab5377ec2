import type { Norm } from '../../shared/entities';
import { isActiveOn } from '../domain/membership';
import { moveItem } from '../domain/norms';
import type { GroupDoc } from '../store/documents';
import { groupDetail, groupToday, requireGroup, requirePerson, sameText, type ServiceContext } from './context';
import { ServiceError, conflict, invalidInput, notFound } from './errors';
import type { Handlers } from './handlers';

type NormMethods =
  | 'norms.add'
  | 'norms.update'
  | 'norms.remove'
  | 'norms.move'
  | 'norms.recordAgreement'
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
  async function change(groupId: string, mutate: (draft: GroupDoc) => void) {
    requireGroup(ctx, groupId);
    const doc = await ctx.store.updateGroup(groupId, mutate);
    return groupDetail(ctx, doc);
  }

  return {
    'norms.add': async ({ groupId, text }) =>
      change(groupId, (draft) => {
        ensureTextFree(draft.norms, text, null);
        draft.norms.push({ id: ctx.newId(), text });
        bump(draft);
      }),

    'norms.update': async ({ groupId, normId, text }) =>
      change(groupId, (draft) => {
        const norm = draft.norms[normIndex(draft, normId)] as Norm;
        if (norm.text === text) return;
        ensureTextFree(draft.norms, text, normId);
        norm.text = text;
        bump(draft);
      }),

    'norms.remove': async ({ groupId, normId }) =>
      change(groupId, (draft) => {
        normIndex(draft, normId);
        draft.norms = draft.norms.filter((n) => n.id !== normId);
        bump(draft);
      }),

    'norms.move': async ({ groupId, normId, direction }) =>
      change(groupId, (draft) => {
        const moved = moveItem(draft.norms, normIndex(draft, normId), direction);
        if (!moved) return; // Already first or last: nothing changes, so no new revision.
        draft.norms = moved;
        bump(draft);
      }),

    'norms.recordAgreement': async ({ groupId, personId, agreedOn }) => {
      const person = requirePerson(ctx, personId);
      const today = groupToday(ctx, requireGroup(ctx, groupId));
      return change(groupId, (draft) => {
        if (!draft.memberships.some((m) => m.personId === personId && isActiveOn(m, today))) {
          throw conflict(`${person.name} is not a current member of this group, so cannot agree to its norms.`);
        }
        if (draft.norms.length === 0) {
          throw conflict('This group has no norms yet. Add the norms the group agreed before recording agreement.');
        }
        if (agreedOn > today) {
          const message = `The agreement date cannot be in the future (today is ${today} in the group's time zone).`;
          throw invalidInput(message, { agreedOn: message });
        }
        draft.normAgreements = [
          ...draft.normAgreements.filter((a) => a.personId !== personId),
          { personId, agreedOn, revision: draft.normsRevision },
        ];
      });
    },

    'norms.withdrawAgreement': async ({ groupId, personId }) => {
      const person = requirePerson(ctx, personId);
      return change(groupId, (draft) => {
        if (!draft.normAgreements.some((a) => a.personId === personId)) {
          throw new ServiceError('not_found', `${person.name} has no recorded agreement to withdraw.`);
        }
        draft.normAgreements = draft.normAgreements.filter((a) => a.personId !== personId);
      });
    },
  };
}
