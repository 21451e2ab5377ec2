import type { Group, Membership, Norm, NormAgreement, Person, Settings } from '../../../src/shared/entities';
import type { GroupDetail, GroupSummary, MemberView } from '../../../src/shared/views';
import { sampleGroup, samplePerson } from '../../support/sample-records';

// Hand-built views as main would return them, so each test states exactly the
// group it is about. Ids are valid UUIDs because the forms echo them back.

const AT = '2027-01-10T09:00:00.000Z';

let counter = 0;
export function nextId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export const settings: Settings = { coachName: 'Sam Coach', coachTimeZone: 'Europe/Lisbon', coachEmail: '' };

export function group(values: Partial<Group> = {}): Group {
  return sampleGroup(nextId(), { name: 'New managers', startDate: '2027-02-01', createdAt: AT, updatedAt: AT, ...values });
}

export function person(name: string): Person {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return samplePerson(nextId(), { name, email: `${slug}@example.com`, createdAt: AT, updatedAt: AT });
}

export function member(
  p: Person,
  options: {
    joinedOn?: string;
    leftOn?: string | null;
    active?: boolean;
    upcoming?: boolean;
    goalOverdue?: boolean;
    goal?: Membership['goal'];
    agreement?: NormAgreement | null;
    staleAgreement?: NormAgreement | null;
  } = {},
): MemberView {
  return {
    membership: {
      id: nextId(),
      personId: p.id,
      joinedOn: options.joinedOn ?? '2027-02-01',
      leftOn: options.leftOn ?? null,
      goal: options.goal ?? null,
    },
    person: p,
    name: p.name,
    active: options.active ?? true,
    upcoming: options.upcoming ?? false,
    goalOverdue: options.goalOverdue ?? false,
    agreement: options.agreement ?? null,
    staleAgreement: options.staleAgreement ?? null,
  };
}

export const defaultNorms = (): Norm[] => [
  { id: nextId(), text: 'Confidentiality: what is said in the group stays in the group unless we agree otherwise.' },
  { id: nextId(), text: 'Listen respectfully and do not talk over anyone.' },
  { id: nextId(), text: 'Speak from “I”, not on behalf of others.' },
];

/** A member kept anonymously after their person was deleted. */
export function formerMember(name = 'Former member', options: { joinedOn?: string; leftOn?: string } = {}): MemberView {
  return {
    membership: { id: nextId(), personId: nextId(), joinedOn: options.joinedOn ?? '2026-10-01', leftOn: options.leftOn ?? '2027-01-01', goal: null },
    person: null,
    name,
    active: false,
    upcoming: false,
    goalOverdue: false,
    agreement: null,
    staleAgreement: null,
  };
}

export function detail(g: Group, members: MemberView[], norms: Norm[] = defaultNorms(), revision = 2): GroupDetail {
  const active = members.filter((m) => m.active);
  const upcoming = members.filter((m) => m.upcoming);
  return {
    group: g,
    activeMemberCount: active.length,
    upcomingMemberCount: upcoming.length,
    nextJoinDate: upcoming.map((m) => m.membership.joinedOn).sort()[0] ?? null,
    plannedEndDate: '2028-02-01',
    warnings: [],
    members,
    norms,
    normsRevision: revision,
    notAgreed: [...active, ...upcoming].flatMap((m) => (m.agreement === null && m.person ? [m.person] : [])),
  };
}

export function summaryOf(d: GroupDetail): GroupSummary {
  return {
    group: d.group,
    activeMemberCount: d.activeMemberCount,
    upcomingMemberCount: d.upcomingMemberCount,
    nextJoinDate: d.nextJoinDate,
    plannedEndDate: d.plannedEndDate,
    warnings: d.warnings,
  };
}

// What the commands answer, as main does: the records they changed, never the page.

/** memberships.addMany: one new membership per person chosen. */
export const addedMemberships = ({ personIds, joinedOn }: { personIds: string[]; joinedOn: string }): Membership[] =>
  personIds.map((personId) => ({ id: nextId(), personId, joinedOn, leftOn: null, goal: null }));

/** norms.recordAgreements: one agreement per person, to the page's current revision. */
export const recordedAgreements =
  (d: GroupDetail) =>
  ({ personIds, agreedOn }: { personIds: string[]; agreedOn: string }): NormAgreement[] =>
    personIds.map((personId) => ({ personId, agreedOn, revision: d.normsRevision }));

/** A change to one member's membership (goals, dates): the membership as it then is. */
export const changedMembership =
  (d: GroupDetail, index = 0) =>
  (change: Partial<Membership> = {}): Membership => ({ ...d.members[index]!.membership, ...change });
