import type { OneToOne } from '../../shared/between';
import { planOccurrence } from '../../shared/calendar/recurrence';
import { localTimeAt } from '../../shared/calendar/zoned';
import type { OneToOneClash, OneToOneView } from '../../shared/contract/one-to-ones';
import { formerMemberNames } from '../domain/anonymise';
import { conflictsFor } from '../domain/meetings/conflicts';
import { whenLabel } from '../domain/meetings/calendar-clashes';
import type { GroupDoc } from '../store/documents';
import { coachConflictIndex, conflictOptions } from './coach-calendar';
import { clone, currentPeople, nowIso, requireGroup, type ServiceContext } from './context';
import { invalidInput, notFound } from './errors';
import type { Handlers } from './handlers';
import { dueEntries, memberRows } from './one-to-ones-due';

type OneToOneMethod = 'oneToOnes.forGroup' | 'oneToOnes.due' | 'oneToOnes.byMember' | 'oneToOnes.conflicts' | 'oneToOnes.schedule' | 'oneToOnes.update' | 'oneToOnes.setStatus';

const coachZone = (ctx: ServiceContext): string => ctx.store.index().settings.coachTimeZone;

/** The UTC span of a local time on the coach's clock; a time the clocks skip or repeat is refused with what to do. */
function spanOf(ctx: ServiceContext, date: string, time: string, minutes: number): { start: string; end: string; timeZone: string } {
  const timeZone = coachZone(ctx);
  const planned = planOccurrence(date, time, timeZone, minutes);
  if (planned.status !== 'ok') throw invalidInput(planned.message, { time: planned.message });
  return { start: planned.start, end: planned.end, timeZone };
}

export function oneToOneServices(ctx: ServiceContext): Handlers<OneToOneMethod> {
  const nameIn = (doc: Readonly<GroupDoc>) => {
    const people = currentPeople(ctx);
    const former = formerMemberNames(doc.anonymisedMembers);
    return (personId: string): string => people.get(personId)?.name ?? former.get(personId) ?? 'Former member';
  };

  function viewOf(doc: Readonly<GroupDoc>, o: OneToOne): OneToOneView {
    const memberTimeZone = currentPeople(ctx).get(o.personId)?.timeZone ?? o.timeZone;
    const local = localTimeAt(o.start, memberTimeZone);
    return { ...clone(o), groupId: doc.group.id, personName: nameIn(doc)(o.personId), memberTimeZone, memberLocal: { date: local.date, time: local.time } };
  }

  /**
   * Clashes with the coach's meetings, busy times and other 1:1s, named on the
   * coach's clock. The coach's one index holds them all, as meeting planning
   * reads it, so each clash is found once; the 1:1 being edited is left out of
   * its own check by its id.
   */
  function clashesOf(span: { start: string; end: string }, exceptId: string | null): OneToOneClash[] {
    const zone = coachZone(ctx);
    const options = conflictOptions(ctx);
    const groups = new Map(ctx.store.groups().map((d) => [d.group.id, d]));
    const candidate = { ...(exceptId === null ? {} : { id: exceptId }), groupId: '', start: span.start, end: span.end };
    const found = conflictsFor(candidate, coachConflictIndex(ctx), options);
    const said = (kind: 'overlap' | 'too-close', minutes: number, what: string): string =>
      kind === 'overlap'
        ? `Overlaps ${what} by ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`
        : `Leaves only ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} beside ${what}; you asked for at least ${options.bufferMinutes} minutes between.`;
    const whatOf = (other: (typeof found)[number]['with']): string => {
      const when = whenLabel(other.start, other.end, zone);
      if (other.kind === 'busy') return `your busy time “${other.label}” (${when})`;
      const doc = groups.get(other.groupId);
      if (other.kind === 'meeting') return `the ${doc?.group.name ?? 'group'} meeting (${when})`;
      return `your 1:1 with ${doc ? nameIn(doc)(other.personId) : 'a member'} (${when})`;
    };
    // Meetings and busy times first, then 1:1s, as the coach has always read them.
    const order = (kind: string): number => (kind === 'one-to-one' ? 1 : 0);
    return [...found]
      .sort((a, b) => order(a.with.kind) - order(b.with.kind))
      .map((c) => ({ kind: c.kind, text: said(c.kind, c.minutes, whatOf(c.with)) }));
  }

  function oneToOneIn(doc: Readonly<GroupDoc>, id: string): OneToOne {
    const found = doc.oneToOnes.find((o) => o.id === id);
    if (!found) throw notFound('That 1:1');
    return found as OneToOne;
  }

  async function changeOne(groupId: string, id: string, mutate: (o: OneToOne) => void): Promise<OneToOneView> {
    requireGroup(ctx, groupId);
    const doc = await ctx.store.updateGroup(groupId, (draft) => {
      const o = oneToOneIn(draft, id);
      mutate(o);
      o.updatedAt = nowIso(ctx);
    });
    return viewOf(doc, oneToOneIn(doc, id));
  }

  return {
    'oneToOnes.forGroup': ({ groupId }) => {
      const doc = requireGroup(ctx, groupId);
      return Promise.resolve([...doc.oneToOnes].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1)).map((o) => viewOf(doc, o)));
    },

    'oneToOnes.due': () => dueEntries(ctx),

    'oneToOnes.byMember': ({ groupId }) => Promise.resolve(memberRows(ctx, requireGroup(ctx, groupId))),

    'oneToOnes.conflicts': ({ id, date, time, minutes }) => Promise.resolve(clashesOf(spanOf(ctx, date, time, minutes), id)),

    'oneToOnes.schedule': async ({ groupId, personId, date, time, minutes, where }) => {
      const doc = requireGroup(ctx, groupId);
      if (!doc.memberships.some((m) => m.personId === personId && (m.leftOn === null || m.leftOn > date))) {
        throw invalidInput('Choose a member of this group on that day.', { personId: 'Choose a member of this group on that day.' });
      }
      const span = spanOf(ctx, date, time, minutes);
      const id = ctx.newId();
      const at = nowIso(ctx);
      const saved = await ctx.store.updateGroup(groupId, (draft) => {
        draft.oneToOnes.push({ id, personId, date, startTime: time, timeZone: span.timeZone, minutes, start: span.start, end: span.end, where, status: 'planned', roundId: null, sequence: 0, createdAt: at, updatedAt: at });
      });
      return viewOf(saved, oneToOneIn(saved, id));
    },

    'oneToOnes.update': ({ groupId, id, date, time, minutes, where }) => {
      const span = spanOf(ctx, date, time, minutes);
      return changeOne(groupId, id, (o) => {
        // SEQUENCE rises only for what a calendar shows: the time, the length and the place.
        const seen = o.start !== span.start || o.end !== span.end || o.where !== where;
        o.date = date;
        o.startTime = time;
        o.timeZone = span.timeZone;
        o.minutes = minutes;
        o.start = span.start;
        o.end = span.end;
        o.where = where;
        if (seen) o.sequence += 1;
      });
    },

    'oneToOnes.setStatus': ({ groupId, id, status }) =>
      changeOne(groupId, id, (o) => {
        // Held or planned is the same event to a calendar; cancelling (or bringing back) is a change it must see.
        if ((o.status === 'cancelled') !== (status === 'cancelled')) o.sequence += 1;
        o.status = status;
      }),
  };
}
