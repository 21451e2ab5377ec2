import {
  MAX_RECOMMENDED_MEMBERS,
  type Group,
  type Membership,
  type Norm,
  type NormAgreement,
  type Person,
} from '../../shared/entities';
import { todayIn } from './dates';
import { activeMemberships } from './membership';
import { agreementState } from './norms';

/** The parts of a group's record the domain reads (the store's GroupDoc fits it). */
export interface GroupRecord {
  group: Group;
  memberships: Membership[];
  norms: Norm[];
  normsRevision: number;
  normAgreements: NormAgreement[];
}

export type PeopleById = ReadonlyMap<string, Person>;

export interface MemberFact {
  membership: Membership;
  person: Person;
}

/** What a group looks like today, in its own time zone: the facts warnings are made of. */
export interface GroupHealth {
  today: string;
  active: MemberFact[];
  withoutGoal: MemberFact[];
  /** Active members with no agreement to the current norms; `stale` when they agreed to an older version. */
  notAgreed: (MemberFact & { stale: boolean })[];
  tooLarge: boolean;
}

const byPersonName = (a: MemberFact, b: MemberFact): number =>
  a.person.name.localeCompare(b.person.name, 'en', { sensitivity: 'base' });

export function groupHealth(record: GroupRecord, people: PeopleById, now: Date): GroupHealth {
  const today = todayIn(record.group.timeZone, now);
  const active: MemberFact[] = [];
  for (const membership of activeMemberships(record.memberships, today)) {
    const person = people.get(membership.personId);
    // A membership whose person is gone is a damaged record; verify reports it, views skip it.
    if (person) active.push({ membership, person });
  }
  active.sort(byPersonName);

  const withoutGoal = active.filter((m) => m.membership.goal === null);
  const notAgreed =
    record.norms.length === 0
      ? []
      : active.flatMap((m) => {
          const state = agreementState(record.normAgreements, m.person.id, record.normsRevision);
          return state.state === 'current' ? [] : [{ ...m, stale: state.state === 'stale' }];
        });

  return { today, active, withoutGoal, notAgreed, tooLarge: active.length > MAX_RECOMMENDED_MEMBERS };
}

export const peopleById = (people: readonly Person[]): Map<string, Person> =>
  new Map(people.map((p) => [p.id, p]));
