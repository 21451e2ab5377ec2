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
      { code: 'no-members', message: 'No active members yet. Add people to get this group started.' },
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
    expect(detail.members.map((m) => [m.person.name, m.active])).toEqual([
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
});
