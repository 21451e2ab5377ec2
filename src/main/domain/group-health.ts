import {
  MAX_RECOMMENDED_MEMBERS,
  type AnonymisedMember,
  type Group,
  type Membership,
  type Norm,
  type NormAgreement,
  type Person,
} from '../../shared/entities';
import { isGoalOverdue } from '../../shared/goals';
import { todayIn } from '../../shared/calendar/days';
import { isActiveOn, isUpcomingOn } from '../../shared/calendar/periods';
import { agreementState } from './norms';

/** The parts of a group's record the domain reads (the store's GroupDoc fits it). */
export interface GroupRecord {
  group: Group;
  memberships: Membership[];
  norms: Norm[];
  normsRevision: number;
  normAgreements: NormAgreement[];
  anonymisedMembers: AnonymisedMember[];
}

export type PeopleById = ReadonlyMap<string, Person>;

export interface MemberFact {
  membership: Membership;
  person: Person;
}

type NotAgreed = MemberFact & { stale: boolean };

/** What a group looks like today, in its own time zone: the facts warnings are made of. */
export interface GroupHealth {
  today: string;
  active: MemberFact[];
  /** Members whose joining day is still ahead. */
  upcoming: MemberFact[];
  withoutGoal: MemberFact[];
  /** Active members whose open goal is past its target date. */
  overdue: MemberFact[];
  /** Active members with no agreement to the current norms; `stale` when they agreed to an older version. */
  notAgreed: NotAgreed[];
  /** The same for members who have not joined yet: contracting often comes first. */
  upcomingNotAgreed: NotAgreed[];
  tooLarge: boolean;
}

const byPersonName = (a: MemberFact, b: MemberFact): number =>
  a.person.name.localeCompare(b.person.name, 'en', { sensitivity: 'base' });

export function groupHealth(record: GroupRecord, people: PeopleById, now: Date): GroupHealth {
  const today = todayIn(record.group.timeZone, now);
  const facts = (keep: (m: Membership) => boolean): MemberFact[] => {
    const out: MemberFact[] = [];
    for (const membership of record.memberships) {
      if (!keep(membership)) continue;
      // No person: a former member kept anonymously (never current), or a damaged record verify reports.
      const person = people.get(membership.personId);
      if (person) out.push({ membership, person });
    }
    return out.sort(byPersonName);
  };
  const active = facts((m) => isActiveOn(m, today));
  const upcoming = facts((m) => isUpcomingOn(m, today));

  const notAgreedAmong = (members: MemberFact[]): NotAgreed[] =>
    record.norms.length === 0
      ? []
      : members.flatMap((m) => {
          const state = agreementState(record.normAgreements, m.person.id, record.normsRevision);
          return state.state === 'current' ? [] : [{ ...m, stale: state.state === 'stale' }];
        });

  return {
    today,
    active,
    upcoming,
    withoutGoal: active.filter((m) => m.membership.goal === null),
    overdue: active.filter((m) => m.membership.goal !== null && isGoalOverdue(m.membership.goal, today)),
    notAgreed: notAgreedAmong(active),
    upcomingNotAgreed: notAgreedAmong(upcoming),
    tooLarge: active.length > MAX_RECOMMENDED_MEMBERS,
  };
}

export const peopleById = (people: readonly Person[]): Map<string, Person> =>
  new Map(people.map((p) => [p.id, p]));
