import { afterEach, describe, expect, it } from 'vitest';
import { sampleGroupInput } from '../../support/sample-records';
import { addMeetings } from '../../support/meetings-in-store';
import { joinAs, openHarness, refusalOf, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// Pairing rounds through the same dispatch the window uses, on a real store:
// planning a year, rounds begun staying as they were, odd groups both ways,
// hand swaps and the repeats they bring, absences, sessions recorded, and
// all of it still there after a restart. "Now" is 15 March 2026.

let h: ServiceHarness;
afterEach(async () => {
  await h?.close();
  await removeTempDirs();
});

const MONTHLY = ['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09', '2026-07-14'];

async function circle(size: number): Promise<{ groupId: string; people: string[] }> {
  h = await openHarness();
  const group = await h.ok('groups.create', sampleGroupInput({ name: 'Circle', startDate: '2026-01-05' }));
  for (let i = 0; i < size; i++) await joinAs(h, group.id, `Member ${String.fromCharCode(65 + i)}`, '2026-01-05');
  await addMeetings(h.store, group.id, MONTHLY.map((date) => ({ date, time: '18:00' })));
  const view = await h.ok('between.view', { groupId: group.id });
  return { groupId: group.id, people: view.members.map((m) => m.personId) };
}

const pairsOf = (groups: string[][]) => groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => [a, b].sort().join('+'))));

describe('between meetings: pairing rounds', () => {
  it('plans the current gap and every gap ahead, and an even group meets everyone once before anyone twice', async () => {
    const { groupId } = await circle(6);
    const outcome = await h.ok('between.plan', { groupId, replaceHandEdited: false });
    // 10 March to 14 April is under way; three more gaps lie ahead (to 14 July); the two before it are past.
    expect(outcome).toEqual({ planned: 4, kept: 0, problems: [] });
    const view = await h.ok('between.view', { groupId });
    expect(view.rounds.map((r) => [r.from, r.to, r.state])).toEqual([
      ['2026-03-10', '2026-04-14', 'under-way'],
      ['2026-04-14', '2026-05-12', 'planned'],
      ['2026-05-12', '2026-06-09', 'planned'],
      ['2026-06-09', '2026-07-14', 'planned'],
    ]);
    const all = pairsOf(view.rounds.flatMap((r) => r.sessions.map((s) => s.personIds)));
    expect(new Set(all).size).toBe(all.length);
    expect(view.rounds.every((r) => r.repeats === 0 && r.explanation.length > 0)).toBe(true);
    expect(view.rounds[0]!.explanation[0]).toMatch(/have not been paired yet/);
    expect(view.unplannedGaps).toBe(0);
  });

  it('pairs an odd member with the coach when the group chooses that, and rotates who it is', async () => {
    const { groupId, people } = await circle(5);
    const settings = (await h.ok('between.view', { groupId })).settings;
    await h.ok('between.updateSettings', { groupId, settings: { ...settings, pairing: { ...settings.pairing, oddMember: 'with-coach' } } });
    const view = await h.ok('between.view', { groupId });
    expect(view.rounds.length).toBeGreaterThanOrEqual(4);
    const withCoach = view.rounds.map((r) => r.withCoach);
    expect(withCoach.every((id) => id !== null && people.includes(id))).toBe(true);
    expect(new Set(withCoach.slice(0, 4)).size).toBe(4);
    expect(view.rounds.every((r) => r.sessions.every((s) => s.personIds.length === 2))).toBe(true);
  });

  it('makes one triad for an odd group by default', async () => {
    const { groupId } = await circle(7);
    await h.ok('between.plan', { groupId, replaceHandEdited: false });
    const view = await h.ok('between.view', { groupId });
    for (const round of view.rounds) {
      expect(round.sessions.map((s) => s.personIds.length).sort()).toEqual([2, 2, 3]);
      expect(round.withCoach).toBeNull();
    }
  });

  it('never makes a pair the coach ruled out', async () => {
    const { groupId, people } = await circle(4);
    const settings = (await h.ok('between.view', { groupId })).settings;
    const [a, b] = [people[0]!, people[1]!];
    await h.ok('between.updateSettings', { groupId, settings: { ...settings, pairing: { ...settings.pairing, neverPair: [[a, b]] } } });
    const view = await h.ok('between.view', { groupId });
    expect(view.rounds.length).toBeGreaterThan(0);
    for (const round of view.rounds) expect(round.sessions.some((s) => s.personIds.includes(a) && s.personIds.includes(b))).toBe(false);
    const refused = await refusalOf(h.call('between.updateSettings', { groupId, settings: { ...settings, pairing: { ...settings.pairing, neverPair: [[a, a]] } } }));
    expect(refused).toMatch(/two different members/);
  });

  it('shows the repeats a hand swap brings before it is made, and keeps the swap when the future is planned again', async () => {
    const { groupId } = await circle(4);
    await h.ok('between.plan', { groupId, replaceHandEdited: false });
    let view = await h.ok('between.view', { groupId });
    const [, next] = view.rounds as [typeof view.rounds[0], typeof view.rounds[0]];
    const [first, second] = next.sessions as [typeof next.sessions[0], typeof next.sessions[0]];
    const a = first.personIds[0]!;
    const b = second.personIds[0]!;
    const preview = await h.ok('between.previewSwap', { groupId, roundId: next.id, a, b });
    // The round under way paired everyone once; in four members any new pairing repeats one of them.
    expect(preview.introducedRepeats.length).toBeGreaterThan(0);
    expect(preview.introducedRepeats.every((r) => r.timesMet >= 1 && r.lastRoundsAgo >= 1)).toBe(true);
    expect(await h.ok('between.swap', { groupId, roundId: next.id, a, b })).toEqual(preview);
    await h.ok('between.plan', { groupId, replaceHandEdited: false });
    view = await h.ok('between.view', { groupId });
    const swapped = view.rounds.find((r) => r.id === next.id)!;
    expect(swapped.handEdited).toBe(true);
    expect(swapped.explanation[0]).toBe('You changed this round by hand.');
    expect(swapped.sessions.some((s) => s.personIds.includes(a) && s.personIds.includes(first.personIds[1]!))).toBe(false);
    // The round under way is history: no swaps.
    const underWay = view.rounds[0]!;
    expect(await refusalOf(h.call('between.previewSwap', { groupId, roundId: underWay.id, a: underWay.sessions[0]!.personIds[0]!, b: underWay.sessions[1]!.personIds[0]! }))).toMatch(/has begun/);
  });

  it('plans a round again without a member who will be away, and the rounds after it too', async () => {
    const { groupId } = await circle(6);
    await h.ok('between.plan', { groupId, replaceHandEdited: false });
    const before = await h.ok('between.view', { groupId });
    const round = before.rounds[1]!;
    const away = round.sessions[0]!.personIds[0]!;
    await h.ok('between.setAbsent', { groupId, roundId: round.id, personId: away, absent: true });
    const after = await h.ok('between.view', { groupId });
    const changed = after.rounds.find((r) => r.id === round.id)!;
    expect(changed.absent).toEqual([away]);
    expect(changed.sessions.flatMap((s) => s.personIds)).not.toContain(away);
    expect(changed.sessions.map((s) => s.personIds.length).sort()).toEqual([2, 3]);
    expect(after.rounds[0]).toEqual(before.rounds[0]);
  });

  it('records how a pair session went, and finds it all after a restart', async () => {
    const { groupId } = await circle(4);
    await h.ok('between.plan', { groupId, replaceHandEdited: false });
    const view = await h.ok('between.view', { groupId });
    const current = view.rounds[0]!;
    const session = current.sessions[0]!;
    const saved = await h.ok('between.recordSession', {
      groupId, roundId: current.id, sessionId: session.id, status: 'held',
      agreedTime: { date: '2026-03-20', time: '08:30', timeZone: 'Europe/London' }, where: 'https://meet.example.com/pair',
    });
    expect(saved).toMatchObject({ status: 'held', where: 'https://meet.example.com/pair' });
    // A round ahead cannot be held yet.
    const ahead = view.rounds[1]!;
    expect(await refusalOf(h.call('between.recordSession', { groupId, roundId: ahead.id, sessionId: ahead.sessions[0]!.id, status: 'held', agreedTime: null, where: '' }))).toMatch(/not begun yet/);
    await h.reopen();
    const again = await h.ok('between.view', { groupId });
    expect(again.rounds[0]!.sessions[0]).toEqual(saved);
    expect(again.matrix.find((r) => r.personId === session.personIds[0])!.met.filter((n) => n === 1)).toHaveLength(1);
  });

  it('re-plans the future when a member leaves, never the round under way', async () => {
    const { groupId, people } = await circle(6);
    await h.ok('between.plan', { groupId, replaceHandEdited: false });
    const before = await h.ok('between.view', { groupId });
    const leaver = people[5]!;
    const group = await h.ok('groups.get', { id: groupId });
    const membership = group.members.find((m) => m.membership.personId === leaver)!.membership;
    // No call to plan: leaving is enough.
    await h.ok('memberships.leave', { groupId, membershipId: membership.id, leftOn: '2026-04-20' });
    const after = await h.ok('between.view', { groupId });
    expect(after.rounds[0]).toEqual(before.rounds[0]);
    // Leaving on 20 April, they are in no round that ends later: the one from 14 April is planned again too.
    for (const round of after.rounds.slice(1)) {
      expect(round.sessions.flatMap((s) => s.personIds)).not.toContain(leaver);
      expect(round.sessions.map((s) => s.personIds.length).sort()).toEqual([2, 3]);
    }
  });
});

describe('the dashboard and the rounds', () => {
  it('asks after pairs of the round under way who have not met, once the next meeting is a week away', async () => {
    const { groupId } = await circle(5);
    await h.ok('between.plan', { groupId, replaceHandEdited: false });
    const pairsNotMet = async () => (await h.ok('dashboard.get', {})).attention.filter((a) => a.kind === 'pairs-not-met');
    // 15 March: the next meeting (14 April) is a month away.
    expect(await pairsNotMet()).toEqual([]);
    h.clock.set('2026-04-08T10:00:00.000Z');
    const [item] = await pairsNotMet();
    expect(item).toMatchObject({ groupId, meetingDate: '2026-04-14' });
    expect(item!.message).toMatch(/^2 pairs of Circle have not met yet, and the next meeting is on .*14 Apr.*: Member [A-E] & Member [A-E]/);
    const round = (await h.ok('between.view', { groupId })).rounds.find((r) => r.state === 'under-way')!;
    for (const s of round.sessions) await h.ok('between.recordSession', { groupId, roundId: round.id, sessionId: s.id, status: 'held', agreedTime: null, where: '' });
    expect(await pairsNotMet()).toEqual([]);
  });
});

describe('a person’s side of between meetings', () => {
  it('lists their pair sessions with partners and how they went, and their 1:1s, newest first', async () => {
    const { groupId, people } = await circle(5);
    const settings = (await h.ok('between.view', { groupId })).settings;
    await h.ok('between.updateSettings', { groupId, settings: { ...settings, pairing: { ...settings.pairing, oddMember: 'with-coach' } } });
    const view = await h.ok('between.view', { groupId });
    const current = view.rounds[0]!;
    const session = current.sessions[0]!;
    await h.ok('between.recordSession', { groupId, roundId: current.id, sessionId: session.id, status: 'held', agreedTime: null, where: '' });
    const [me, partner] = session.personIds as [string, string];
    await h.ok('oneToOnes.schedule', { groupId, personId: me, date: '2026-03-20', time: '09:00', minutes: 45, where: '' });
    const history = await h.ok('between.personHistory', { id: me });
    expect(history.pairSessions.length).toBe(view.rounds.length);
    expect(history.pairSessions.map((s) => s.from)).toEqual([...view.rounds.map((r) => r.from)].reverse());
    const held = history.pairSessions.at(-1)!;
    expect(held).toMatchObject({ groupName: 'Circle', from: '2026-03-10', withCoach: false, status: 'held' });
    expect(held.partners).toEqual([view.members.find((m) => m.personId === partner)!.name]);
    // Each of the five meets the coach in one of the rounds; the others name their partners.
    const coach = history.pairSessions.filter((s) => s.withCoach);
    expect(coach.every((s) => s.partners.length === 0)).toBe(true);
    expect(history.oneToOnes).toEqual([expect.objectContaining({ groupId, date: '2026-03-20', startTime: '09:00', status: 'planned' })]);
    expect(people).toContain(me);
    expect(await refusalOf(h.call('between.personHistory', { id: '00000000-0000-4000-8000-00000000dead' }))).toMatch(/person/i);
  });
});

describe('a round with the coach as a 1:1', () => {
  it('counts the odd member’s hour with the coach as their 1:1 in the who-is-due list', async () => {
    const { groupId } = await circle(5);
    const settings = (await h.ok('between.view', { groupId })).settings;
    await h.ok('between.updateSettings', { groupId, settings: { ...settings, pairing: { ...settings.pairing, oddMember: 'with-coach' } } });
    const round = (await h.ok('between.view', { groupId })).rounds.find((r) => r.state === 'under-way')!;
    const due = (await h.ok('oneToOnes.due', {})).filter((d) => d.groupId === groupId);
    const withCoach = due.find((d) => d.personId === round.withCoach)!;
    // Under way, the round covers their 1:1 for this gap; the four in pairs are still owed theirs.
    expect(withCoach.state).toBe('scheduled');
    expect(due.filter((d) => d.personId !== round.withCoach).every((d) => d.state !== 'scheduled')).toBe(true);
  });
});
