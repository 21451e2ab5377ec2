import { describe, expect, it } from 'vitest';
import { anonymiseMember, formerMemberNames } from '../../../src/main/domain/anonymise';
import { group, membership, record } from './records';

const options = { personId: 'p1', anonymousId: 'anon', today: '2026-03-15', at: '2026-03-15T10:00:00.000Z' };

describe('anonymiseMember', () => {
  it('keeps past memberships, goals and the agreement under the anonymous id, and lists the former member', () => {
    const r = record(group('g1', 'Circle'), [
      membership('p1', { joinedOn: '2026-01-10', leftOn: '2026-02-01' }),
      membership('p2'),
    ]);
    expect(anonymiseMember(r, options)).toBe(true);
    expect(r.memberships.map((m) => [m.personId, m.joinedOn, m.leftOn, m.goal?.text ?? null])).toEqual([
      ['anon', '2026-01-10', '2026-02-01', 'I want to get better at delegating'],
      ['p2', '2026-01-10', null, 'I want to get better at delegating'],
    ]);
    expect(r.normAgreements.map((a) => a.personId)).toEqual(['anon', 'p2']);
    expect(r.anonymisedMembers).toEqual([{ personId: 'anon', anonymisedAt: '2026-03-15T10:00:00.000Z' }]);
  });

  it('ends a membership still running today, including one with a leaving date ahead', () => {
    const r = record(group('g1', 'Circle'), [
      membership('p1', { id: 'open', joinedOn: '2026-01-10' }),
      membership('p1', { id: 'leaving', joinedOn: '2025-01-10', leftOn: '2025-06-01' }),
    ]);
    anonymiseMember(r, options);
    expect(r.memberships.map((m) => [m.id, m.leftOn])).toEqual([
      ['open', '2026-03-15'],
      ['leaving', '2025-06-01'],
    ]);
    const ahead = record(group('g1', 'Circle'), [membership('p1', { joinedOn: '2026-01-10', leftOn: '2026-06-01' })]);
    anonymiseMember(ahead, options);
    expect(ahead.memberships[0]?.leftOn).toBe('2026-03-15');
  });

  it('drops a membership that has not begun by today, and with nothing left keeps no trace at all', () => {
    const r = record(group('g1', 'Circle'), [membership('p1', { joinedOn: '2026-03-15' }), membership('p2')]);
    expect(anonymiseMember(r, options)).toBe(false);
    expect(r.memberships.map((m) => m.personId)).toEqual(['p2']);
    expect(r.normAgreements.map((a) => a.personId)).toEqual(['p2']);
    expect(r.anonymisedMembers).toEqual([]);
  });

  it('leaves other people and groups without the person untouched', () => {
    const r = record(group('g1', 'Circle'), [membership('p2'), membership('p3')]);
    const before = structuredClone(r);
    expect(anonymiseMember(r, options)).toBe(false);
    expect(r).toEqual(before);
  });
});

describe('formerMemberNames', () => {
  it('says "Former member" for one and numbers several in the order they were kept', () => {
    expect([...formerMemberNames([{ personId: 'a', anonymisedAt: '2026-01-01T00:00:00.000Z' }])]).toEqual([['a', 'Former member']]);
    expect([
      ...formerMemberNames([
        { personId: 'b', anonymisedAt: '2026-01-01T00:00:00.000Z' },
        { personId: 'a', anonymisedAt: '2026-02-01T00:00:00.000Z' },
      ]),
    ]).toEqual([
      ['b', 'Former member 1'],
      ['a', 'Former member 2'],
    ]);
  });
});
