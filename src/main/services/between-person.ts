import type { PersonBetweenHistory } from '../../shared/contract/between';
import type { GroupDoc } from '../store/documents';
import { groupToday, type ServiceContext } from './context';

// A person's side of between meetings, across every group they were in: the
// pair sessions of the rounds that placed them (with whom, and how it went)
// and their 1:1s with the coach. Newest first, like the rest of their page.

export function personBetweenHistory(
  ctx: ServiceContext,
  personId: string,
  nameOfIn: (doc: Readonly<GroupDoc>) => (personId: string) => string,
): PersonBetweenHistory {
  const history: PersonBetweenHistory = { pairSessions: [], oneToOnes: [] };
  for (const doc of ctx.store.groups()) {
    if (!doc.memberships.some((m) => m.personId === personId)) continue;
    const nameOf = nameOfIn(doc);
    const today = groupToday(ctx, doc);
    const group = { groupId: doc.group.id, groupName: doc.group.name };
    for (const round of doc.pairingRounds) {
      const period = { ...group, roundId: round.id, from: round.from, to: round.to, begun: round.from <= today };
      if (round.withCoach === personId) {
        history.pairSessions.push({ ...period, partners: [], partnerIds: [], withCoach: true, status: round.to <= today ? 'held' : 'planned' });
        continue;
      }
      const session = round.sessions.find((s) => s.personIds.includes(personId));
      if (!session) continue;
      const partnerIds = session.personIds.filter((p) => p !== personId);
      history.pairSessions.push({ ...period, partners: partnerIds.map(nameOf), partnerIds, withCoach: false, status: session.status });
    }
    for (const o of doc.oneToOnes) {
      if (o.personId !== personId) continue;
      history.oneToOnes.push({ ...group, id: o.id, date: o.date, startTime: o.startTime, timeZone: o.timeZone, minutes: o.minutes, status: o.status });
    }
  }
  history.pairSessions.sort((a, b) => (a.from === b.from ? (a.roundId < b.roundId ? -1 : 1) : a.from < b.from ? 1 : -1));
  history.oneToOnes.sort((a, b) => (a.date === b.date ? (a.startTime === b.startTime ? (a.id < b.id ? -1 : 1) : a.startTime < b.startTime ? 1 : -1) : a.date < b.date ? 1 : -1));
  return history;
}
