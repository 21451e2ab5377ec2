import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate } from '../../../../src/shared/calendar/days';
import { isActiveOn } from '../../../../src/shared/calendar/periods';
import { compareByNeed, describeDue, whoIsDue, type DueInput, type DueItem } from '../../../../src/main/domain/between/one-to-ones-due';

type OneToOne = DueInput['oneToOnes'][number];
type Signal = DueInput['signals'][number];

const TODAY = '2027-02-15';
// Monthly meetings on the 10th: the current gap in ga runs 11 Feb to 10 Mar.
const monthly: DueInput['groups'][number]['meetings'] = [
  { id: 'm1', date: '2027-01-10', status: 'held' },
  { id: 'm2', date: '2027-02-10', status: 'held' },
  { id: 'm3', date: '2027-03-10', status: 'planned' },
  { id: 'm4', date: '2027-04-10', status: 'planned' },
];
const groups: DueInput['groups'] = [
  { groupId: 'ga', cadence: { type: 'between-meetings' }, archived: false, meetings: monthly },
  { groupId: 'gb', cadence: { type: 'every-weeks', weeks: 4 }, archived: false, meetings: monthly },
  { groupId: 'gc', cadence: { type: 'between-meetings' }, archived: true, meetings: monthly },
  { groupId: 'gd', cadence: { type: 'none' }, archived: false, meetings: monthly },
];
const join = (groupId: string, personId: string, joinedOn = '2027-01-01', leftOn: string | null = null): DueInput['members'][number] => ({ personId, groupId, joinedOn, leftOn });
const members: DueInput['members'] = [
  ...['p0', 'p1', 'p2', 'p3', 'p4', 'p6', 'p7'].map((p) => join('ga', p)),
  join('ga', 'p5', '2027-02-12'),
  ...['p1', 'p8', 'p9', 'p10', 'p16'].map((p) => join('gb', p)),
  join('gb', 'p11', '2027-01-01', '2027-02-14'),
  join('gb', 'p12', '2027-02-20'),
  join('gc', 'p13'),
  join('gd', 'p14'),
];
let n = 0;
const oto = (groupId: string, personId: string, date: string, status: OneToOne['status'] = 'held'): OneToOne => ({ id: `o${(n += 1)}`, personId, groupId, date, status });
const oneToOnes: OneToOne[] = [
  oto('ga', 'p2', '2027-01-05'),
  oto('ga', 'p2', '2027-02-01', 'planned'), // its day passed without being marked held: counts for nothing
  ...['p0', 'p3', 'p4', 'p6'].map((p) => oto('ga', p, '2027-02-01')),
  oto('ga', 'p6', '2027-02-14', 'cancelled'),
  oto('ga', 'p7', '2027-02-12'),
  oto('gb', 'p1', '2027-02-01'),
  oto('gb', 'p8', '2027-01-01'),
  oto('gb', 'p8', '2027-02-20', 'planned'),
  oto('gb', 'p9', '2027-02-10'),
  oto('gb', 'p9', '2027-03-05', 'planned'),
  oto('gb', 'p10', '2027-01-20'),
  oto('gb', 'p10', '2027-02-16', 'planned'),
  oto('gb', 'p16', '2027-02-10'),
  oto('gb', 'p11', '2026-12-01'),
];
const signal = (groupId: string, personId: string, goalStuck: boolean, missedLastMeeting: boolean): Signal => ({ personId, groupId, goalStuck, missedLastMeeting });
const signals: Signal[] = [
  signal('ga', 'p1', true, false),
  signal('ga', 'p3', true, false),
  signal('ga', 'p4', false, false),
  signal('ga', 'p4', false, true),
  signal('gb', 'p11', true, true),
  signal('gc', 'p13', true, true),
];
const input: DueInput = { today: TODAY, groups, members, oneToOnes, signals };

/** mulberry32, so every shuffle is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled<T>(rows: readonly T[], random: () => number): T[] {
  const copy = [...rows];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
const shuffleInput = (source: DueInput, seed: number): DueInput => {
  const random = seeded(seed);
  return {
    today: source.today,
    groups: shuffled(source.groups, random).map((g) => ({ ...g, meetings: shuffled(g.meetings, random) })),
    members: shuffled(source.members, random),
    oneToOnes: shuffled(source.oneToOnes, random),
    signals: shuffled(source.signals, random),
  };
};
const find = (items: DueItem[], groupId: string, personId: string): DueItem | undefined => items.find((i) => i.groupId === groupId && i.personId === personId);

describe('whoIsDue: the order by need', () => {
  const expected: [string, string, DueItem['state'], string, string[]][] = [
    ['ga', 'p1', 'overdue', '2027-01-10', ['overdue', 'goal-stuck', 'no-one-to-one-yet']],
    ['ga', 'p2', 'overdue', '2027-02-10', ['overdue']],
    ['ga', 'p3', 'due', '2027-03-10', ['goal-stuck']],
    ['ga', 'p4', 'due', '2027-03-10', ['missed-last-meeting']],
    ['ga', 'p5', 'due', '2027-03-10', ['no-one-to-one-yet']],
    ['gb', 'p1', 'due', '2027-03-01', []],
    ['ga', 'p0', 'due', '2027-03-10', []],
    ['ga', 'p6', 'due', '2027-03-10', []],
    ['gb', 'p16', 'due', '2027-03-10', []],
    ['ga', 'p7', 'due', '2027-04-10', []],
    ['gb', 'p8', 'scheduled', '2027-01-29', ['overdue']],
    ['gb', 'p10', 'scheduled', '2027-02-17', []],
    ['gb', 'p9', 'scheduled', '2027-03-10', []],
  ];

  it('puts overdue, goal stuck, missed the last meeting, no 1:1 yet, then the rest by due date, scheduled last', () => {
    const items = whoIsDue(input);
    expect(items.map((i) => [i.groupId, i.personId, i.state, i.dueOn, i.reasons.map((r) => r.kind)])).toEqual(expected);
  });

  it('gives the same list however the input is ordered', () => {
    const items = whoIsDue(input);
    for (let seed = 1; seed <= 30; seed += 1) expect(whoIsDue(shuffleInput(input, seed))).toEqual(items);
  });

  it('leaves out archived groups, groups that opted out, and members not in the group today', () => {
    const items = whoIsDue(input);
    expect(items.filter((i) => ['gc', 'gd'].includes(i.groupId))).toEqual([]);
    expect(items.filter((i) => ['p11', 'p12'].includes(i.personId))).toEqual([]);
  });

  it('reports the overdue days and the gaps or periods missed in the cadence they belong to', () => {
    const items = whoIsDue(input);
    expect(find(items, 'ga', 'p1')).toMatchObject({ daysOverdue: 36, lastHeldOn: null, nextPlanned: null });
    expect(find(items, 'ga', 'p1')?.reasons[0]).toEqual({ kind: 'overdue', days: 36, missed: 2, cadence: { type: 'between-meetings' } });
    expect(find(items, 'gb', 'p8')?.reasons[0]).toEqual({ kind: 'overdue', days: 17, missed: 1, cadence: { type: 'every-weeks', weeks: 4 } });
    expect(find(items, 'ga', 'p3')).toMatchObject({ daysOverdue: 0, lastHeldOn: '2027-02-01' });
  });

  it('breaks ties by due date, then group id, then person id', () => {
    const a: DueItem = { personId: 'zed', groupId: 'ga', state: 'due', dueOn: '2027-03-10', daysOverdue: 0, lastHeldOn: '2027-02-01', nextPlanned: null, unrecordedOn: [], reasons: [] };
    const b: DueItem = { ...a, personId: 'amy', groupId: 'gb' };
    const c: DueItem = { ...a, personId: 'amy' };
    const d: DueItem = { ...a, dueOn: '2027-03-09', groupId: 'gz' };
    expect([a, b, c, d].sort(compareByNeed)).toEqual([d, c, a, b]);
  });
});

describe('whoIsDue: 1:1s and membership', () => {
  it('a member in two groups appears once per group, each by its own cadence', () => {
    const items = whoIsDue(input);
    expect(items.filter((i) => i.personId === 'p1').map((i) => [i.groupId, i.dueOn])).toEqual([['ga', '2027-01-10'], ['gb', '2027-03-01']]);
  });

  it('scheduled only when the planned 1:1 falls in the due period; otherwise it is shown as the next one', () => {
    const later = { ...input, oneToOnes: [...oneToOnes, oto('ga', 'p6', '2027-03-11', 'planned'), oto('ga', 'p0', '2027-03-10', 'planned')] };
    const items = whoIsDue(later);
    expect(find(items, 'ga', 'p6')).toMatchObject({ state: 'due', nextPlanned: { date: '2027-03-11' } });
    expect(find(items, 'ga', 'p0')).toMatchObject({ state: 'scheduled', nextPlanned: { date: '2027-03-10' } });
  });

  it('an overdue member is scheduled by a 1:1 planned up to the next due date, not later', () => {
    const catchUp = (date: string): DueItem | undefined => find(whoIsDue({ ...input, oneToOnes: [...oneToOnes, oto('ga', 'p2', date, 'planned')] }), 'ga', 'p2');
    expect(catchUp('2027-03-10')).toMatchObject({ state: 'scheduled', daysOverdue: 5 });
    expect(catchUp('2027-03-11')).toMatchObject({ state: 'overdue', nextPlanned: { date: '2027-03-11' } });
    expect(catchUp(TODAY)).toMatchObject({ state: 'scheduled' });
  });

  it('treats a 1:1 by its date: held today counts as held, "held" after today is still ahead', () => {
    const today = whoIsDue({ ...input, oneToOnes: [...oneToOnes, oto('ga', 'p2', TODAY)] });
    expect(find(today, 'ga', 'p2')).toMatchObject({ state: 'due', dueOn: '2027-04-10', lastHeldOn: TODAY, nextPlanned: null });
    const ahead = whoIsDue({ ...input, oneToOnes: [...oneToOnes, oto('ga', 'p2', '2027-02-20')] });
    expect(find(ahead, 'ga', 'p2')).toMatchObject({ state: 'scheduled', lastHeldOn: '2027-01-05', nextPlanned: { date: '2027-02-20' } });
  });

  it('counts only 1:1s from the joining day on: a rejoining member starts afresh', () => {
    const rejoined = { ...input, members: [...members, join('gb', 'p11', '2027-02-10')] };
    expect(find(whoIsDue(rejoined), 'gb', 'p11')).toMatchObject({ state: 'due', dueOn: '2027-03-10', lastHeldOn: null, reasons: [{ kind: 'goal-stuck' }, { kind: 'missed-last-meeting' }, { kind: 'no-one-to-one-yet' }] });
  });

  it('a member who joined on today is listed; one who leaves today is not', () => {
    const edge = { ...input, members: [join('gb', 'new', TODAY), join('gb', 'gone', '2027-01-01', TODAY)] };
    expect(whoIsDue(edge).map((i) => [i.personId, i.dueOn])).toEqual([['new', '2027-03-15']]);
  });

  it('returns nothing when nothing is due', () => {
    expect(whoIsDue({ ...input, groups: [{ ...groups[0]!, meetings: [] }] })).toEqual([]);
    expect(whoIsDue({ today: TODAY, groups: [], members: [], oneToOnes: [], signals: [] })).toEqual([]);
  });
});

const DAY0 = '2027-01-01';
const status = fc.constantFrom('planned' as const, 'held' as const, 'cancelled' as const);
const oneToOneStatus = fc.constantFrom<OneToOne['status']>('held', 'held', 'planned', 'planned', 'cancelled');
const groupIds = ['g1', 'g2', 'g3'];
const personIds = ['a', 'b', 'c', 'd'];
// Every date is drawn around today; without bias, so joining days spread out instead of crowding next to today.
const inputArb: fc.Arbitrary<DueInput> = fc.integer({ min: 0, max: 400 }).chain((offset) => {
  const today = addDaysToDate(DAY0, offset);
  const around = (before: number, after: number): fc.Arbitrary<string> => fc.noBias(fc.integer({ min: -before, max: after })).map((d) => addDaysToDate(today, d));
  const group = (groupId: string): fc.Arbitrary<DueInput['groups'][number]> =>
    fc.record({
      groupId: fc.constant(groupId),
      cadence: fc.oneof(
        { weight: 2, arbitrary: fc.constant({ type: 'between-meetings' as const }) },
        { weight: 1, arbitrary: fc.constant({ type: 'none' as const }) },
        { weight: 2, arbitrary: fc.integer({ min: 1, max: 6 }).map((weeks) => ({ type: 'every-weeks' as const, weeks })) },
      ),
      // Mostly live, so most runs list someone.
      archived: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      meetings: fc.array(fc.record({ id: fc.uuid(), date: around(90, 60), status }), { maxLength: 8 }),
    });
  const member = fc
    .tuple(fc.constantFrom(...groupIds), fc.constantFrom(...personIds), around(120, 5), fc.option(fc.integer({ min: 1, max: 150 })))
    .map(([groupId, personId, joinedOn, stay]) => ({ groupId, personId, joinedOn, leftOn: stay === null ? null : addDaysToDate(joinedOn, stay) }));
  return fc.record({
    today: fc.constant(today),
    groups: fc.tuple(...groupIds.map(group)),
    members: fc.array(member, { minLength: 1, maxLength: 15 }),
    oneToOnes: fc.array(fc.record({ id: fc.uuid(), personId: fc.constantFrom(...personIds), groupId: fc.constantFrom(...groupIds), date: around(60, 30), status: oneToOneStatus }), { minLength: 20, maxLength: 40 }),
    signals: fc.array(fc.record({ personId: fc.constantFrom(...personIds), groupId: fc.constantFrom(...groupIds), goalStuck: fc.boolean(), missedLastMeeting: fc.boolean() }), { maxLength: 8 }),
  });
});

describe('whoIsDue: properties', () => {
  it('never depends on the input order and never lists a member not in a live group today', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), (due, seed) => {
        const items = whoIsDue(due);
        expect(whoIsDue(shuffleInput(due, seed))).toEqual(items);
        expect([...items].sort(compareByNeed)).toEqual(items);
        expect(new Set(items.map((i) => `${i.groupId}/${i.personId}`)).size).toBe(items.length);
        for (const item of items) {
          const group = due.groups.find((g) => g.groupId === item.groupId)!;
          expect(group.archived || group.cadence.type === 'none').toBe(false);
          expect(due.members.some((m) => m.groupId === item.groupId && m.personId === item.personId && isActiveOn(m, due.today))).toBe(true);
          expect(item.state === 'overdue').toBe(item.daysOverdue > 0 && item.state !== 'scheduled');
          expect(item.lastHeldOn === null || item.lastHeldOn <= due.today).toBe(true);
          expect(item.nextPlanned === null || item.nextPlanned.date >= due.today).toBe(true);
        }
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});

describe('describeDue', () => {
  const items = whoIsDue({ ...input, oneToOnes: [...oneToOnes, oto('ga', 'p6', '2027-03-20', 'planned')] });
  const say = (groupId: string, personId: string): string => describeDue(find(items, groupId, personId)!, (p) => `Person ${p}`, (g) => `Group ${g}`);

  it('says how overdue, since when and what was missed, with the reasons after', () => {
    expect(say('ga', 'p1')).toBe('Person p1 (Group ga): 1:1 overdue by 36 days (due 10 Jan 2027, 2 meetings passed without one). Goal stuck at the last check-in. No 1:1 yet.');
    expect(say('ga', 'p2')).toBe(
      'Person p2 (Group ga): 1:1 overdue by 5 days (due 10 Feb 2027, 1 meeting passed without one). 1:1 on 1 Feb 2027 not recorded: mark it held or cancelled. Last 1:1 on 5 Jan 2027.',
    );
  });

  it('names the planned 1:1 first when it covers what is due, as the catching up when it was overdue', () => {
    expect(say('gb', 'p8')).toBe('Person p8 (Group gb): 1:1 planned for 20 Feb 2027 to catch up on the one due 29 Jan 2027 (1 period of 4 weeks missed). Last 1:1 on 1 Jan 2027.');
    expect(say('gb', 'p10')).toBe('Person p10 (Group gb): 1:1 planned for 16 Feb 2027, due by 17 Feb 2027. Last 1:1 on 20 Jan 2027.');
  });

  it('says when a 1:1 is due, and mentions a planned one that comes too late', () => {
    expect(say('ga', 'p4')).toBe('Person p4 (Group ga): 1:1 due by 10 Mar 2027. Missed the last meeting. Last 1:1 on 1 Feb 2027.');
    expect(say('ga', 'p5')).toBe('Person p5 (Group ga): 1:1 due by 10 Mar 2027. No 1:1 yet.');
    expect(say('ga', 'p6')).toBe('Person p6 (Group ga): 1:1 due by 10 Mar 2027; next one planned for 20 Mar 2027. Last 1:1 on 1 Feb 2027.');
  });

  it('asks to record planned 1:1s whose day passed, the latest named when there are several', () => {
    const item = find(whoIsDue({ ...input, oneToOnes: [...oneToOnes, oto('ga', 'p2', '2027-02-12', 'planned')] }), 'ga', 'p2')!;
    expect(item.unrecordedOn).toEqual(['2027-02-01', '2027-02-12']);
    expect(describeDue(item, () => 'Bo', () => 'Leads')).toContain('2 past 1:1s not recorded, the latest on 12 Feb 2027: mark them held or cancelled.');
    // Before joining, or cancelled, or today's: none of them waits to be recorded.
    const others = whoIsDue({ ...input, oneToOnes: [oto('ga', 'p5', '2027-02-11', 'planned'), oto('ga', 'p3', '2027-02-12', 'cancelled'), oto('ga', 'p4', TODAY, 'planned')] });
    for (const p of ['p3', 'p4', 'p5']) expect(find(others, 'ga', p)?.unrecordedOn).toEqual([]);
  });

  it('speaks of one day and one week in the singular', () => {
    const item: DueItem = { personId: 'x', groupId: 'g', state: 'overdue', dueOn: '2027-02-14', daysOverdue: 1, lastHeldOn: '2027-02-07', nextPlanned: null, unrecordedOn: [], reasons: [{ kind: 'overdue', days: 1, missed: 3, cadence: { type: 'every-weeks', weeks: 1 } }] };
    expect(describeDue(item, () => 'Ana', () => 'Leads')).toBe('Ana (Leads): 1:1 overdue by 1 day (due 14 Feb 2027, 3 periods of 1 week missed). Last 1:1 on 7 Feb 2027.');
  });
});
