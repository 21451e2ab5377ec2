import type { Person } from '../../shared/entities';
import { matchKey } from '../../shared/text';
import type { GroupRecord } from './group-health';
import { formerMemberNames } from './anonymise';
import { checkGroupMeetings, type MeetingsOfGroup } from './meeting-invariants';
import { checkPairingRounds, type RoundsOfGroup } from './between/round-invariants';
import { endsBeforeItStarts, periodsOverlap } from '../../shared/calendar/periods';

// The rules a data folder must keep that a file's schema cannot express alone:
// references between files and uniqueness across records. One home, so the
// services, recovery at start, `cli verify` and the tests all judge data alike.

/** The parts of the index the invariants read (the store's IndexDoc fits it). */
export interface IndexRecord {
  people: readonly Person[];
}

/** A problem found in the data folder, tied to the file it is in. */
export interface Problem {
  file: string;
  message: string;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) repeated.add(k);
    seen.add(k);
  }
  return [...repeated];
}

/**
 * Checks what a schema cannot: that records point at records that exist and
 * that nothing that must be unique is repeated. Takes documents that already
 * passed their schemas; returns problems in words a coach can act on.
 */
export function checkInvariants(
  index: IndexRecord | null,
  groups: readonly { file: string; doc: GroupRecord & Partial<Pick<MeetingsOfGroup, 'meetingSeries' | 'meetings'>> & Partial<Pick<RoundsOfGroup, 'pairingRounds' | 'oneToOnes'>> }[],
): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, message: string) => problems.push({ file, message });

  if (index) {
    for (const id of duplicates(index.people, (p) => p.id)) add('index.json', `Person id ${id} is used more than once.`);
    for (const email of duplicates(index.people, (p) => matchKey(p.email))) {
      add('index.json', `The email ${email} belongs to more than one person.`);
    }
  }
  const people = new Map(index?.people.map((p) => [p.id, p]) ?? []);

  for (const id of duplicates(groups, (g) => g.doc.group.id)) add('groups/', `Group id ${id} is used by more than one file.`);
  const running = groups.filter((g) => g.doc.group.archivedAt === null);
  for (const name of duplicates(running, (g) => matchKey(g.doc.group.name))) {
    add('groups/', `More than one active group is called "${name}".`);
  }

  for (const { file, doc } of groups) {
    const where = `${file} (${doc.group.name})`;
    for (const id of duplicates(doc.memberships, (m) => m.id)) add(where, `Membership id ${id} is used more than once.`);
    for (const id of duplicates(doc.norms, (n) => n.id)) add(where, `Norm id ${id} is used more than once.`);
    for (const id of duplicates(doc.normAgreements, (a) => a.personId)) {
      add(where, `Person ${id} has more than one norm agreement.`);
    }
    // A former member kept anonymously is referred to by the group's own id for them, which no person has.
    const anonymised = new Set(doc.anonymisedMembers.map((a) => a.personId));
    const formerNames = formerMemberNames(doc.anonymisedMembers);
    for (const id of duplicates(doc.anonymisedMembers, (a) => a.personId)) {
      add(where, `Former member ${id} is listed more than once.`);
    }
    for (const id of anonymised) {
      if (people.has(id)) add(where, `Former member ${id} is also a person in the people list.`);
      if (!doc.memberships.some((m) => m.personId === id)) {
        add(where, `Former member ${id} has no membership in this group.`);
      }
    }
    for (const m of doc.memberships) {
      if (index && !people.has(m.personId) && !anonymised.has(m.personId)) {
        add(where, `Membership ${m.id} refers to person ${m.personId}, who is not in the people list.`);
      }
      if (endsBeforeItStarts(m)) {
        add(where, `Membership ${m.id} ends (${m.leftOn}) before it starts (${m.joinedOn}).`);
      }
    }
    doc.memberships.forEach((a, i) => {
      for (const b of doc.memberships.slice(i + 1)) {
        if (a.personId === b.personId && periodsOverlap(a, b)) {
          const name = people.get(a.personId)?.name ?? formerNames.get(a.personId) ?? a.personId;
          add(where, `${name} has two memberships at the same time (${a.id} and ${b.id}).`);
        }
      }
    });
    for (const agreement of doc.normAgreements) {
      if (!doc.memberships.some((m) => m.personId === agreement.personId)) {
        add(where, `A norm agreement refers to person ${agreement.personId}, who is not a member of this group.`);
      }
      if (agreement.revision > doc.normsRevision) {
        add(where, `A norm agreement is for revision ${agreement.revision}, but the norms are only at revision ${doc.normsRevision}.`);
      }
    }
    if (doc.meetings) {
      problems.push(...checkGroupMeetings({ file, name: doc.group.name, memberships: doc.memberships, meetingSeries: doc.meetingSeries ?? [], meetings: doc.meetings }));
    }
    if (doc.pairingRounds) {
      problems.push(...checkPairingRounds({ file, name: doc.group.name, memberships: doc.memberships, pairingRounds: doc.pairingRounds, oneToOnes: doc.oneToOnes ?? [] }));
    }
  }
  const meetingIds = groups.flatMap((g) => [...new Set((g.doc.meetings ?? []).map((m) => m.id))]);
  for (const id of duplicates(meetingIds, (m) => m)) add('groups/', `Meeting id ${id} is used by more than one group.`);
  return problems;
}
