import { describe, expect, it } from 'vitest';
import { describeMember, oneToOnesByMember } from '../../../../src/main/domain/between/one-to-ones-by-member';
import type { DueInput } from '../../../../src/main/domain/between/one-to-ones-due';

// Every current member of one group and where they stand, "today" being
// 15 Feb 2027: monthly meetings on the 10th, so the current gap runs 11 Feb to 10 Mar.

type OneToOne = DueInput['oneToOnes'][number];
const TODAY = '2027-02-15';
const monthly: DueInput['groups'][number]['meetings'] = ['2027-01-10', '2027-02-10', '2027-03-10', '2027-04-10'].map((date, i) => ({ id: `m${i}`, date, status: i < 2 ? 'held' : 'planned' }));
const groups: DueInput['groups'] = [
  { groupId: 'ga', cadence: { type: 'between-meetings' }, archived: false, meetings: monthly },
  { groupId: 'gb', cadence: { type: 'every-weeks', weeks: 4 }, archived: false, meetings: monthly },
  { groupId: 'gd', cadence: { type: 'none' }, archived: false, meetings: monthly },
  // Its last meeting has passed: nothing more falls due.
  { groupId: 'ge', cadence: { type: 'between-meetings' }, archived: false, meetings: monthly.slice(0, 2) },
];
const join = (groupId: string, personId: string, joinedOn = '2027-01-01', leftOn: string | null = null): DueInput['members'][number] => ({ personId, groupId, joinedOn, leftOn });
let n = 0;
const oto = (groupId: string, personId: string, date: string, status: OneToOne['status'] = 'held'): OneToOne => ({ id: `o${(n += 1)}`, personId, groupId, date, status });
const input: DueInput = {
  today: TODAY,
  groups,
  members: [
    ...['up', 'due', 'late', 'caught', 'stale'].map((p) => join('ga', p)),
    join('ga', 'new', '2027-02-12'),
    join('ga', 'gone', '2027-01-01', '2027-02-14'),
    join('gb', 'rolling'),
    join('gb', 'soon'),
    join('gd', 'optedout'),
    join('ge', 'done'),
    join('ge', 'never', '2027-02-11'),
  ],
  oneToOnes: [
    oto('ga', 'up', '2027-02-12'),
    oto('ga', 'due', '2027-02-01'),
    oto('ga', 'caught', '2027-01-05'),
    oto('ga', 'caught', '2027-02-20', 'planned'),
    oto('ga', 'stale', '2027-02-01'),
    oto('ga', 'stale', '2027-02-12', 'planned'),
    // The same member's 1:1 in another group counts there only.
    oto('gb', 'late', '2027-02-12'),
    oto('gb', 'rolling', '2027-02-10'),
    oto('gb', 'soon', '2027-01-20'),
    oto('gd', 'optedout', '2027-02-03'),
    oto('gd', 'optedout', '2027-03-01', 'planned'),
    oto('ge', 'done', '2027-02-05'),
  ],
  signals: [],
};

const byPerson = (groupId: string) => new Map(oneToOnesByMember(input, groupId).map((e) => [e.personId, e]));

describe('oneToOnesByMember', () => {
  it('lists every current member, those up to date included, and no one who has left', () => {
    expect([...byPerson('ga').keys()]).toEqual(['up', 'due', 'late', 'caught', 'stale', 'new']);
    expect(oneToOnesByMember(input, 'unknown')).toEqual([]);
  });

  it('tells up to date from due by the gap between meetings, and says how overdue', () => {
    const ga = byPerson('ga');
    expect(ga.get('up')?.status).toEqual({ kind: 'up-to-date', nextDueOn: '2027-04-10' });
    expect(ga.get('due')?.status).toEqual({ kind: 'due', dueOn: '2027-03-10' });
    expect(ga.get('late')).toEqual({ personId: 'late', lastHeldOn: null, nextPlanned: null, unrecordedOn: [], status: { kind: 'overdue', dueOn: '2027-01-10', days: 36 } });
    expect(ga.get('new')?.status).toEqual({ kind: 'no-one-to-one-yet', dueOn: '2027-03-10' });
  });

  it('counts a member due from the first day of the gap, the day after the meeting', () => {
    const status = (today: string) => oneToOnesByMember({ ...input, today }, 'ga').find((e) => e.personId === 'due')?.status;
    expect(status('2027-02-10')).toEqual({ kind: 'up-to-date', nextDueOn: '2027-03-10' });
    expect(status('2027-02-11')).toEqual({ kind: 'due', dueOn: '2027-03-10' });
  });

  it('counts a planned 1:1 that takes care of what is due, catching up included', () => {
    const caught = byPerson('ga').get('caught')!;
    expect(caught.status).toEqual({ kind: 'scheduled', dueOn: '2027-02-10', daysOverdue: 5 });
    expect(caught.nextPlanned).toMatchObject({ date: '2027-02-20' });
    expect(caught.lastHeldOn).toBe('2027-01-05');
  });

  it('keeps a planned 1:1 whose day passed apart: neither held nor ahead', () => {
    const stale = byPerson('ga').get('stale')!;
    expect(stale).toMatchObject({ lastHeldOn: '2027-02-01', nextPlanned: null, unrecordedOn: ['2027-02-12'], status: { kind: 'due', dueOn: '2027-03-10' } });
  });

  it('on a rolling cadence, is up to date until the last week before the due date', () => {
    const gb = byPerson('gb');
    expect(gb.get('rolling')?.status).toEqual({ kind: 'up-to-date', nextDueOn: '2027-03-10' });
    expect(gb.get('soon')?.status).toEqual({ kind: 'due', dueOn: '2027-02-17' });
  });

  it('still shows the last and next 1:1 of a group that opted out', () => {
    expect(byPerson('gd').get('optedout')).toMatchObject({ lastHeldOn: '2027-02-03', nextPlanned: { date: '2027-03-01' }, status: { kind: 'not-planned' } });
  });

  it('after the last meeting nothing more falls due', () => {
    const ge = byPerson('ge');
    expect(ge.get('done')?.status).toEqual({ kind: 'up-to-date', nextDueOn: null });
    expect(ge.get('never')?.status).toEqual({ kind: 'no-one-to-one-yet', dueOn: null });
  });
});

describe('describeMember', () => {
  const say = (groupId: string, personId: string) => describeMember(byPerson(groupId).get(personId)!);

  it('says where each member stands in plain words', () => {
    expect(say('ga', 'up')).toBe('Up to date: the next is due by 10 Apr 2027.');
    expect(say('ga', 'due')).toBe('Due by 10 Mar 2027.');
    expect(say('ga', 'late')).toBe('Overdue by 36 days: the 1:1 was due 10 Jan 2027.');
    expect(say('ga', 'caught')).toBe('Planned for 20 Feb 2027 to catch up on the one due 10 Feb 2027.');
    expect(say('ga', 'new')).toBe('No 1:1 yet: the first is due by 10 Mar 2027.');
    expect(say('gd', 'optedout')).toBe('1:1s are not planned for this group.');
    expect(say('ge', 'done')).toBe('Up to date: nothing more falls due while they are a member.');
  });

  it('asks for a passed 1:1 to be recorded rather than calling it scheduled or overdue', () => {
    expect(say('ga', 'stale')).toBe('Due by 10 Mar 2027. 1:1 on 12 Feb 2027 not recorded: mark it held or cancelled.');
  });

  it('speaks of one day in the singular', () => {
    expect(describeMember({ status: { kind: 'overdue', dueOn: '2027-02-14', days: 1 }, nextPlanned: null, unrecordedOn: [] })).toBe('Overdue by 1 day: the 1:1 was due 14 Feb 2027.');
  });
});
