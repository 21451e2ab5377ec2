import { describe, expect, it } from 'vitest';
import { attentionItems } from '../../../src/main/domain/attention';
import { peopleById } from '../../../src/main/domain/group-health';
import { group, membership, person, record } from './records';

const now = new Date('2026-03-15T10:00:00.000Z');
const ada = person('p1', 'Ada Lovelace');
const bo = person('p2', 'Bo Chen');
const cy = person('p3', 'Cy Twombly');
const people = peopleById([ada, bo, cy]);

describe('attentionItems', () => {
  it('is empty for a healthy group', () => {
    expect(attentionItems([record(group('g1', 'Circle'), [membership('p1'), membership('p2')])], people, now)).toEqual([]);
  });

  it('names a group without members, counting people who left as absent', () => {
    const items = attentionItems(
      [record(group('g1', 'Empty Circle'), []), record(group('g2', 'Past Circle'), [membership('p1', { leftOn: '2026-03-01' })])],
      people,
      now,
    );
    expect(items.map((i) => [i.kind, i.groupName])).toEqual([
      ['group-without-members', 'Empty Circle'],
      ['group-without-members', 'Past Circle'],
    ]);
    expect(items[0]?.message).toBe('Empty Circle has no members yet. Add people to get it started.');
  });

  it('raises nothing for a group whose members all start later: it is not empty, and nothing is due yet', () => {
    const starting = record(group('g1', 'April Circle', { startDate: '2026-04-01' }), [
      membership('p1', { joinedOn: '2026-04-01', goal: null }),
      membership('p2', { joinedOn: '2026-04-01' }),
    ], { normAgreements: [] });
    expect(attentionItems([starting], people, now)).toEqual([]);
  });

  it('lists each active member whose open goal is past its target date', () => {
    const due = (targetDate: string, status: 'in-progress' | 'achieved' | 'not-started' | 'dropped') => ({
      text: 'I want to get better at delegating',
      targetDate,
      status,
      setAt: '2026-01-10T00:00:00.000Z',
      updatedAt: '2026-01-10T00:00:00.000Z',
    });
    const r = record(group('g1', 'Circle'), [
      membership('p1', { goal: due('2026-03-14', 'in-progress') }),
      membership('p2', { goal: due('2026-03-14', 'achieved') }),
      membership('p3', { goal: due('2026-03-15', 'not-started') }),
    ]);
    expect(attentionItems([r], people, now)).toEqual([
      expect.objectContaining({
        kind: 'goal-overdue',
        personId: 'p1',
        message: 'Ada Lovelace’s goal in Circle was due on 14 Mar 2026 and is still open.',
      }),
    ]);
  });

  it('lists each active member without a goal and each who has not agreed, saying when agreement is stale', () => {
    const r = record(group('g1', 'Circle'), [membership('p1', { goal: null }), membership('p2'), membership('p3')], {
      normsRevision: 2,
      normAgreements: [
        { personId: 'p2', agreedOn: '2026-01-10', revision: 1 },
        { personId: 'p1', agreedOn: '2026-02-10', revision: 2 },
      ],
    });
    const items = attentionItems([r], people, now);
    expect(items).toEqual([
      expect.objectContaining({ kind: 'member-without-goal', personId: 'p1', message: 'Ada Lovelace has no goal in Circle yet.' }),
      expect.objectContaining({
        kind: 'norms-not-agreed',
        personId: 'p2',
        message: expect.stringContaining('earlier version of the norms in Circle'),
      }),
      expect.objectContaining({
        kind: 'norms-not-agreed',
        personId: 'p3',
        message: 'Cy Twombly has not agreed to the norms in Circle yet.',
      }),
    ]);
  });

  it('warns about more than 8 active members and ignores archived groups', () => {
    const many = Array.from({ length: 9 }, (_, i) => person(`x${i}`, `Member ${i}`));
    const big = record(group('g1', 'Big Circle'), many.map((p) => membership(p.id)));
    const archived = record(group('g2', 'Old', { archivedAt: '2026-02-01T00:00:00.000Z' }), []);
    const items = attentionItems([big, archived], peopleById(many), now);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'group-too-large',
        message: 'Big Circle has 9 active members, more than the recommended 8. Consider splitting it.',
      }),
    ]);
  });

  it('reads "today" in each group\'s own zone', () => {
    // 11:30 UTC on 15 March is already 00:30 on 16 March in Auckland (NZDT, UTC+13).
    const lateEvening = new Date('2026-03-15T11:30:00.000Z');
    const r = record(group('g1', 'Kiwi Circle', { timeZone: 'Pacific/Auckland' }), [membership('p1', { joinedOn: '2026-03-16' })]);
    expect(attentionItems([r], people, lateEvening)).toEqual([]);
    // Still 15 March in London: Ada has not joined yet, so there is nothing to chase about her.
    const london = record(group('g2', 'London Circle'), [membership('p1', { joinedOn: '2026-03-16', goal: null })]);
    expect(attentionItems([london], people, lateEvening)).toEqual([]);
    const kiwiWithoutGoal = record(group('g1', 'Kiwi Circle', { timeZone: 'Pacific/Auckland' }), [
      membership('p1', { joinedOn: '2026-03-16', goal: null }),
    ]);
    expect(attentionItems([kiwiWithoutGoal], people, lateEvening).map((i) => i.kind)).toEqual(['member-without-goal']);
  });
});
