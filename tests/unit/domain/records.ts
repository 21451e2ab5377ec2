import type { Group, Membership, Person } from '../../../src/shared/entities';
import type { GroupRecord } from '../../../src/main/domain/group-health';
import { sampleGroup, samplePerson } from '../../support/sample-records';

// Small builders for domain tests: plain values, no store involved.

export const person = (id: string, name: string): Person =>
  samplePerson(id, { name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com` });

export const group = (id: string, name: string, overrides: Partial<Group> = {}): Group =>
  sampleGroup(id, { name, startDate: '2026-01-10', plannedEnd: { type: 'duration', months: 6 }, ...overrides });

const goal = {
  text: 'I want to get better at delegating',
  targetDate: '',
  status: 'in-progress' as const,
  setAt: '2026-01-10T00:00:00.000Z',
  updatedAt: '2026-01-10T00:00:00.000Z',
};

export const membership = (personId: string, overrides: Partial<Membership> = {}): Membership => ({
  id: `m-${personId}-${overrides.joinedOn ?? '2026-01-10'}`,
  personId,
  joinedOn: '2026-01-10',
  leftOn: null,
  goal,
  ...overrides,
});

export const record = (g: Group, memberships: Membership[], overrides: Partial<GroupRecord> = {}): GroupRecord => ({
  group: g,
  memberships,
  norms: [{ id: 'n1', text: 'What is said here stays here.' }],
  normsRevision: 1,
  normAgreements: memberships.map((m) => ({ personId: m.personId, agreedOn: '2026-01-10', revision: 1 })),
  anonymisedMembers: [],
  ...overrides,
});
