import type { Input, MethodName, Output } from '../shared/api';
import type { BetweenSettings } from '../shared/between';
import { addDaysToDate } from '../shared/calendar/days';

// The demo's pairing rounds, made by the real planner through the services as
// the coach would have made them: at each meeting so far the clock is set to
// that day and the rounds are planned (the round then begun becomes history),
// and at "today" the rest of each programme is planned. The founders (five)
// pair their odd member with the coach; Women in Tech (seven) make a triad;
// Northwind, an internal group, keeps a manager and their report apart and
// prefers partners from other teams; the managers' circle lost Daniel a month
// ago, so no round after that pairs him.

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

export interface DemoRoundGroup {
  key: string;
  groupId: string;
  /** Days of the meetings that take place, in order. */
  meetingDays: string[];
}

/** What each group decides, in terms of the demo's people keys. */
function rulesFor(key: string, settings: BetweenSettings, personIds: ReadonlyMap<string, string>): BetweenSettings {
  const id = (person: string) => personIds.get(person)!;
  if (key === 'founders') return { ...settings, pairing: { ...settings.pairing, oddMember: 'with-coach' } };
  if (key === 'northwind') {
    const teams: [string, string][] = [['jonas', 'Operations'], ['marco', 'Operations'], ['ingrid', 'Operations'], ['lena', 'Support functions'], ['sophie', 'Support functions'], ['piotr', 'Support functions']];
    return {
      ...settings,
      // Piotr reports to Jonas: a peer pair would not be one.
      pairing: { ...settings.pairing, neverPair: [[id('jonas'), id('piotr')]], preferDifferentTeams: true },
      teams: teams.map(([person, team]) => ({ personId: id(person), team })),
    };
  }
  return settings;
}

export async function createDemoRounds(
  call: Call,
  groups: readonly DemoRoundGroup[],
  personIds: ReadonlyMap<string, string>,
  setDay: (day: string) => void,
  today: string,
): Promise<{ rounds: number; sessions: number }> {
  for (const group of groups) {
    const { settings } = await call('between.view', { groupId: group.groupId });
    await call('between.updateSettings', { groupId: group.groupId, settings: rulesFor(group.key, settings, personIds) });
    for (const day of group.meetingDays.filter((d) => d < today)) {
      setDay(day);
      await call('between.plan', { groupId: group.groupId, replaceHandEdited: false });
    }
  }
  setDay(today);
  let rounds = 0;
  let sessions = 0;
  for (const group of groups) {
    await call('between.plan', { groupId: group.groupId, replaceHandEdited: false });
    const view = await call('between.view', { groupId: group.groupId });
    rounds += view.rounds.length;
    for (const round of view.rounds) {
      sessions += round.sessions.length;
      if (round.state === 'planned') continue;
      for (const [i, session] of round.sessions.entries()) {
        // Most pairs met; now and then one did not, and in the round under way the first pair has fixed a time.
        const status = round.state === 'held' ? ((sessions + i) % 5 === 4 ? 'skipped' : 'held') : 'planned';
        const agreed = round.state === 'under-way' && i === 0;
        if (status === 'planned' && !agreed) continue;
        await call('between.recordSession', {
          groupId: group.groupId,
          roundId: round.id,
          sessionId: session.id,
          status,
          agreedTime: agreed || status === 'held' ? { date: agreed ? today : addDaysToDate(round.from, 7), time: '08:00', timeZone: 'Europe/London' } : null,
          where: agreed ? 'https://meet.example.com/pair-session' : '',
        });
      }
    }
  }
  return { rounds, sessions };
}

/**
 * The coach's 1:1s of the demo, through the services: in each running group,
 * one per member in each of the last two gaps between meetings (held, or now
 * and then cancelled), and for every other member one planned before the next
 * meeting, so the "who is due" list has both kinds.
 */
export async function createDemoOneToOnes(call: Call, groups: readonly DemoRoundGroup[], today: string): Promise<number> {
  let made = 0;
  for (const group of groups) {
    const past = group.meetingDays.filter((d) => d < today);
    const next = group.meetingDays.find((d) => d > today);
    const detail = await call('groups.get', { id: group.groupId });
    const members = detail.members.filter((m) => m.person !== null && m.active).map((m) => m.membership);
    for (const [g, day] of past.slice(-3, -1).entries()) {
      for (const [i, m] of members.entries()) {
        const date = addDaysToDate(day, 3 + (i % 5));
        if (date >= today || m.joinedOn > date || (m.leftOn !== null && m.leftOn <= date)) continue;
        const made1 = await call('oneToOnes.schedule', { groupId: group.groupId, personId: m.personId, date, time: `${String(8 + (i % 4)).padStart(2, '0')}:30`, minutes: 45, where: 'https://meet.example.com/coach' });
        await call('oneToOnes.setStatus', { groupId: group.groupId, id: made1.id, status: (i + g) % 6 === 5 ? 'cancelled' : 'held' });
        made += 1;
      }
    }
    if (!next) continue;
    for (const [i, m] of members.entries()) {
      const date = addDaysToDate(today, 2 + i);
      if (i % 2 === 1 || date >= next) continue;
      await call('oneToOnes.schedule', { groupId: group.groupId, personId: m.personId, date, time: '12:00', minutes: 30, where: '' });
      made += 1;
    }
  }
  return made;
}
