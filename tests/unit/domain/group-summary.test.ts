import { describe, expect, it } from 'vitest';
import { peopleById } from '../../../src/main/domain/group-health';
import { buildGroupDetail, buildGroupSummary } from '../../../src/main/domain/group-summary';
import { group, membership, person, record } from './records';

const now = new Date('2026-03-15T10:00:00.000Z');
const people = peopleById([person('p1', 'Zoe Adams'), person('p2', 'Amir Khan'), person('p3', 'Mei Lin')]);

describe('buildGroupSummary', () => {
  it('counts active members, works out the planned end and collects warnings', () => {
    const r = record(group('g1', 'Circle'), [membership('p1', { goal: null }), membership('p2'), membership('p3', { leftOn: '2026-02-01' })], {
      normAgreements: [{ personId: 'p2', agreedOn: '2026-01-10', revision: 1 }],
    });
    const summary = buildGroupSummary(r, people, now);
    expect(summary.activeMemberCount).toBe(2);
    expect(summary.plannedEndDate).toBe('2026-07-10');
    expect(summary.warnings).toEqual([
      { code: 'members-without-goal', count: 1, message: '1 member has no goal yet.' },
      { code: 'norms-not-agreed', count: 1, message: '1 member has not agreed to the current norms.' },
    ]);
  });

  it('warns about an empty group', () => {
    expect(buildGroupSummary(record(group('g1', 'Circle'), []), people, now).warnings).toEqual([
      { code: 'no-members', message: 'No members yet. Add people to get this group started.' },
    ]);
  });

  it('counts members who start later apart from active ones, with the first joining day, and does not call the group empty', () => {
    const r = record(group('g1', 'April Circle', { startDate: '2026-04-01' }), [
      membership('p1', { joinedOn: '2026-04-01', goal: null }),
      membership('p2', { joinedOn: '2026-05-01', goal: null }),
      membership('p3', { joinedOn: '2026-04-01' }),
    ], { normAgreements: [] });
    const summary = buildGroupSummary(r, people, now);
    expect(summary).toMatchObject({ activeMemberCount: 0, upcomingMemberCount: 3, nextJoinDate: '2026-04-01', warnings: [] });
    const running = buildGroupSummary(record(group('g2', 'Circle'), [membership('p1'), membership('p2', { joinedOn: '2026-06-01' })]), people, now);
    expect(running).toMatchObject({ activeMemberCount: 1, upcomingMemberCount: 1, nextJoinDate: '2026-06-01' });
    expect(buildGroupSummary(record(group('g3', 'Circle'), [membership('p1')]), people, now).nextJoinDate).toBeNull();
  });

  it('warns about goals past their target date that are still open', () => {
    const overdue = { text: 'I want to get better at delegating', targetDate: '2026-03-01', status: 'in-progress' as const, setAt: '2026-01-10T00:00:00.000Z', updatedAt: '2026-01-10T00:00:00.000Z' };
    const r = record(group('g1', 'Circle'), [membership('p1', { goal: overdue }), membership('p2', { goal: { ...overdue, status: 'achieved' } })]);
    expect(buildGroupSummary(r, people, now).warnings).toEqual([
      { code: 'goals-overdue', count: 1, message: '1 goal is past the target date and still open.' },
    ]);
    const detail = buildGroupDetail(r, people, now);
    expect(detail.members.map((m) => [m.name, m.goalOverdue])).toEqual([
      ['Amir Khan', false],
      ['Zoe Adams', true],
    ]);
  });
});

describe('buildGroupDetail', () => {
  it('lists current members first by name, then past ones, with their agreement state', () => {
    const r = record(
      group('g1', 'Circle'),
      [membership('p1'), membership('p3', { leftOn: '2026-02-01' }), membership('p2')],
      {
        normsRevision: 2,
        normAgreements: [
          { personId: 'p1', agreedOn: '2026-02-10', revision: 2 },
          { personId: 'p2', agreedOn: '2026-01-10', revision: 1 },
        ],
      },
    );
    const detail = buildGroupDetail(r, people, now);
    expect(detail.members.map((m) => [m.name, m.active])).toEqual([
      ['Amir Khan', true],
      ['Zoe Adams', true],
      ['Mei Lin', false],
    ]);
    expect(detail.members[0]?.agreement).toBeNull();
    expect(detail.members[0]?.staleAgreement?.revision).toBe(1);
    expect(detail.members[1]?.agreement?.revision).toBe(2);
    expect(detail.notAgreed.map((p) => p.name)).toEqual(['Amir Khan']);
    expect(detail.normsRevision).toBe(2);
  });

  it('lists members about to join with the current ones, and counts them among those who have not agreed: contracting comes first', () => {
    const r = record(group('g1', 'Circle'), [membership('p1', { joinedOn: '2026-04-01' }), membership('p3', { leftOn: '2026-02-01' }), membership('p2')], {
      normAgreements: [{ personId: 'p2', agreedOn: '2026-01-10', revision: 1 }],
    });
    const detail = buildGroupDetail(r, people, now);
    expect(detail.members.map((m) => [m.name, m.active, m.upcoming])).toEqual([
      ['Amir Khan', true, false],
      ['Zoe Adams', false, true],
      ['Mei Lin', false, false],
    ]);
    expect(detail.notAgreed.map((p) => p.name)).toEqual(['Zoe Adams']);
    // The summary's warnings stay about today: nobody who has joined is missing an agreement.
    expect(detail.warnings).toEqual([]);
  });

  it('shows former members kept anonymously as "Former member", numbered when there are several, after the named ones', () => {
    const r = record(
      group('g1', 'Circle'),
      [membership('p1'), membership('anon-1', { leftOn: '2026-02-01' }), membership('anon-2', { leftOn: '2026-03-01' }), membership('ghost', { leftOn: '2026-02-01' })],
      {
        anonymisedMembers: [
          { personId: 'anon-2', anonymisedAt: '2026-03-01T10:00:00.000Z' },
          { personId: 'anon-1', anonymisedAt: '2026-03-02T10:00:00.000Z' },
        ],
      },
    );
    const detail = buildGroupDetail(r, people, now);
    // The reference to a person who is neither in the list nor kept as a former member is damage: not shown.
    expect(detail.members.map((m) => [m.name, m.person?.name ?? null, m.active])).toEqual([
      ['Zoe Adams', 'Zoe Adams', true],
      ['Former member 1', null, false],
      ['Former member 2', null, false],
    ]);
    expect(detail.members[1]?.agreement?.personId).toBe('anon-2');
  });
});
