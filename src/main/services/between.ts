import type { PairingRound } from '../../shared/between';
import type { SwapPreview } from '../../shared/contract/between';
import { swapMembers, type RoundPlan } from '../domain/between';
import { hasBegun, historyOf, roundMembers } from '../domain/between/round-gaps';
import { formerMemberNames } from '../domain/anonymise';
import type { GroupDoc } from '../store/documents';
import { membersOf, planAhead, rulesOf, teamsOf, type PlanContext } from './between-plan';
import { betweenView } from './between-view';
import { clone, currentPeople, groupToday, nowIso, requireGroup, requirePerson, type ServiceContext } from './context';
import { personBetweenHistory } from './between-person';
import { conflict, invalidInput, notFound } from './errors';
import type { Handlers } from './handlers';

type BetweenMethod =
  | 'between.view'
  | 'between.personHistory'
  | 'between.updateSettings'
  | 'between.plan'
  | 'between.previewSwap'
  | 'between.swap'
  | 'between.setAbsent'
  | 'between.recordSession';

function roundIn(doc: Readonly<GroupDoc>, roundId: string): PairingRound {
  const round = doc.pairingRounds.find((r) => r.id === roundId);
  if (!round) throw notFound('That pairing round');
  return round as PairingRound;
}

export function betweenServices(ctx: ServiceContext): Handlers<BetweenMethod> {
  const nameOfIn = (doc: Readonly<GroupDoc>) => {
    const people = currentPeople(ctx);
    const former = formerMemberNames(doc.anonymisedMembers);
    return (personId: string): string => people.get(personId)?.name ?? former.get(personId) ?? 'Former member';
  };
  const planContext = (doc: Readonly<GroupDoc>): PlanContext => ({ today: groupToday(ctx, doc), nowIso: nowIso(ctx), newId: ctx.newId, nameOf: nameOfIn(doc) });

  /** The swap priced against the history before the round; refused for a round already begun. */
  function previewSwap(doc: Readonly<GroupDoc>, roundId: string, a: string, b: string): { preview: SwapPreview; plan: RoundPlan } {
    const round = roundIn(doc, roundId);
    if (hasBegun(round, groupToday(ctx, doc))) throw conflict('This round has begun: its pairs are history now and cannot be swapped.');
    const placed = [...round.sessions.flatMap((s) => s.personIds), ...(round.withCoach ? [round.withCoach] : [])];
    for (const [field, id] of [['a', a], ['b', b]] as const) {
      if (!placed.includes(id)) throw invalidInput('Choose someone who is in this round.', { [field]: 'Choose someone who is in this round.' });
    }
    const history = historyOf(doc.pairingRounds.filter((r) => r.from < round.from));
    const members = roundMembers(membersOf(doc), round, round.absent, teamsOf(doc));
    const current: RoundPlan = { groups: round.sessions.map((s) => [...s.personIds]), withCoach: round.withCoach, cost: { rotation: 0, repeats: 0, sameTeam: 0, order: 0 }, reasons: [] };
    const swapped = swapMembers(current, a, b, members, history, rulesOf(doc));
    return {
      preview: {
        introducedRepeats: swapped.introducedRepeats.map((r) => ({ personIds: [r.personIds[0], r.personIds[1]], timesMet: r.timesMet, lastRoundsAgo: r.lastRoundsAgo })),
        brokenNeverPair: swapped.brokenNeverPair.map(([x, y]) => [x, y]),
      },
      plan: swapped.plan,
    };
  }

  return {
    'between.view': ({ groupId }) => {
      const doc = requireGroup(ctx, groupId);
      return Promise.resolve(clone(betweenView(doc, groupToday(ctx, doc), nameOfIn(doc))));
    },

    'between.personHistory': ({ id }) => {
      requirePerson(ctx, id);
      return Promise.resolve(clone(personBetweenHistory(ctx, id, nameOfIn)));
    },

    'between.updateSettings': async ({ groupId, settings }) => {
      const doc = requireGroup(ctx, groupId);
      const memberIds = new Set(doc.memberships.map((m) => m.personId));
      settings.pairing.neverPair.forEach((pair, i) => {
        if (!pair.every((id) => memberIds.has(id))) throw invalidInput('Both people must be members of this group.', { [`pairing.neverPair.${i}`]: 'Both people must be members of this group.' });
      });
      const saved = await ctx.store.updateGroup(groupId, (draft) => {
        draft.between = {
          pairing: { ...settings.pairing, neverPair: settings.pairing.neverPair.map(([a, b]) => (a < b ? [a, b] : [b, a])) },
          teams: settings.teams.filter((t) => t.team !== '' && memberIds.has(t.personId)),
          oneToOneCadence: settings.oneToOneCadence,
        };
        // The rounds ahead follow the new rules at once; the coach's hand swaps stay.
        planAhead(draft, planContext(doc), { replaceHandEdited: false });
      });
      return clone(saved.between);
    },

    'between.plan': async ({ groupId, replaceHandEdited }) => {
      const doc = requireGroup(ctx, groupId);
      let outcome = { planned: 0, kept: 0, problems: [] as string[] };
      await ctx.store.updateGroup(groupId, (draft) => {
        outcome = planAhead(draft, planContext(doc), { replaceHandEdited });
      });
      return outcome;
    },

    'between.previewSwap': ({ groupId, roundId, a, b }) => Promise.resolve(clone(previewSwap(requireGroup(ctx, groupId), roundId, a, b).preview)),

    'between.swap': async ({ groupId, roundId, a, b }) => {
      const doc = requireGroup(ctx, groupId);
      const { preview, plan } = previewSwap(doc, roundId, a, b);
      await ctx.store.updateGroup(groupId, (draft) => {
        const round = draft.pairingRounds.find((r) => r.id === roundId)!;
        const old = round.sessions;
        round.sessions = plan.groups.map((g) => old.find((s) => s.personIds.length === g.length && s.personIds.every((id) => g.includes(id))) ?? { id: ctx.newId(), personIds: g, status: 'planned', agreedTime: null, where: '', updatedAt: nowIso(ctx) });
        round.withCoach = plan.withCoach;
        round.handEdited = true;
        round.updatedAt = nowIso(ctx);
      });
      return clone(preview);
    },

    'between.setAbsent': async ({ groupId, roundId, personId, absent }) => {
      const doc = requireGroup(ctx, groupId);
      const round = roundIn(doc, roundId);
      if (hasBegun(round, groupToday(ctx, doc))) throw conflict('This round has begun: its pairs are history now. Mark the session skipped instead.');
      if (!doc.memberships.some((m) => m.personId === personId)) throw invalidInput('Choose a member of this group.', { personId: 'Choose a member of this group.' });
      let outcome = { planned: 0, kept: 0, problems: [] as string[] };
      await ctx.store.updateGroup(groupId, (draft) => {
        const target = draft.pairingRounds.find((r) => r.id === roundId)!;
        target.absent = absent ? [...new Set([...target.absent, personId])].sort() : target.absent.filter((id) => id !== personId);
        // This round and every plan after it change; the coach's other hand swaps stay.
        target.handEdited = false;
        outcome = planAhead(draft, planContext(doc), { replaceHandEdited: false, from: target.from });
      });
      return outcome;
    },

    'between.recordSession': async ({ groupId, roundId, sessionId, status, agreedTime, where }) => {
      const doc = requireGroup(ctx, groupId);
      const round = roundIn(doc, roundId);
      if (!round.sessions.some((s) => s.id === sessionId)) throw notFound('That pair session');
      if (status !== 'planned' && round.from > groupToday(ctx, doc)) {
        throw invalidInput('This round has not begun yet: a session can be marked held or skipped once its round starts.', { status: 'This round has not begun yet.' });
      }
      const saved = await ctx.store.updateGroup(groupId, (draft) => {
        const session = draft.pairingRounds.find((r) => r.id === roundId)!.sessions.find((s) => s.id === sessionId)!;
        session.status = status;
        session.agreedTime = agreedTime;
        session.where = where;
        session.updatedAt = nowIso(ctx);
      });
      return clone(saved.pairingRounds.find((r) => r.id === roundId)!.sessions.find((s) => s.id === sessionId)!);
    },
  };
}
