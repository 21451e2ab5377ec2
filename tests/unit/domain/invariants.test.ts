import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../src/main/domain/invariants';
import { group, membership, person, record } from './records';

const ada = person('00000000-0000-4000-8000-000000000001', 'Ada Lovelace');
const index = { people: [ada] };
const anon = '00000000-0000-4000-8000-0000000000a1';

describe('checkInvariants and former members kept anonymously', () => {
  it('accepts memberships and agreements of a former member listed in the group', () => {
    const doc = record(group('g1', 'Circle'), [membership(ada.id), membership(anon, { leftOn: '2026-02-01' })], {
      anonymisedMembers: [{ personId: anon, anonymisedAt: '2026-03-15T10:00:00.000Z' }],
    });
    expect(checkInvariants(index, [{ file: 'groups/g1.json', doc }])).toEqual([]);
  });

  it('still reports a membership or agreement pointing at a missing person', () => {
    const missing = '00000000-0000-4000-8000-0000000000ff';
    const doc = record(group('g1', 'Circle'), [membership(ada.id), membership(missing)], {
      anonymisedMembers: [{ personId: anon, anonymisedAt: '2026-03-15T10:00:00.000Z' }],
    });
    const messages = checkInvariants(index, [{ file: 'groups/g1.json', doc }]).map((p) => p.message);
    expect(messages).toEqual([
      `Former member ${anon} has no membership in this group.`,
      `Membership m-${missing}-2026-01-10 refers to person ${missing}, who is not in the people list.`,
    ]);
  });

  it('reports a former member who is also a person, or listed twice', () => {
    const entry = { personId: ada.id, anonymisedAt: '2026-03-15T10:00:00.000Z' };
    const doc = record(group('g1', 'Circle'), [membership(ada.id)], { anonymisedMembers: [entry, entry] });
    expect(checkInvariants(index, [{ file: 'groups/g1.json', doc }]).map((p) => p.message)).toEqual([
      `Former member ${ada.id} is listed more than once.`,
      `Former member ${ada.id} is also a person in the people list.`,
    ]);
  });

  it('reports a period that ends before it starts, but not one that ends on its first day (older data)', () => {
    const doc = record(group('g1', 'Circle'), [
      membership(ada.id, { id: 'inverted', joinedOn: '2026-02-01', leftOn: '2026-01-01' }),
      membership(ada.id, { id: 'same-day', joinedOn: '2026-03-01', leftOn: '2026-03-01' }),
    ], { normAgreements: [] });
    expect(checkInvariants(index, [{ file: 'groups/g1.json', doc }]).map((p) => p.message)).toEqual([
      'Membership inverted ends (2026-01-01) before it starts (2026-02-01).',
    ]);
  });
});
