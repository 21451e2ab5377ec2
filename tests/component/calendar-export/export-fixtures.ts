import type { ExportPreview, ExportSelection, PersonExportPreview } from '../../../src/shared/calendar-export';
import { ids, makeGroup, makeSummary } from '../support/fixtures';

// An Export view's answers: two groups, Alex in both (never invited), Sam in
// the first (one change since their last invitation). "Today" is fixed.

export const TODAY = '2027-01-04';

export const groups = [
  makeSummary(),
  makeSummary({ group: makeGroup({ id: ids.founders, name: 'Founders circle' }) }),
];

export function makePerson(overrides: Partial<PersonExportPreview> = {}): PersonExportPreview {
  return {
    personId: ids.alex,
    name: 'Alex Morgan',
    email: 'alex@example.com',
    timeZone: 'America/New_York',
    groups: ['New leaders circle', 'Founders circle'],
    counts: { meetings: 2, pairSessions: 1, oneToOnes: 0, cancelled: 1 },
    events: [
      { uid: 'meeting-1', kind: 'meeting', summary: 'New leaders circle: meeting 1', when: 'Tue 12 Jan 2027, 13:00–14:30', cancelled: false },
      { uid: 'meeting-2', kind: 'meeting', summary: 'Founders circle: meeting 1', when: 'Wed 13 Jan 2027, 09:00–10:00', cancelled: true },
      { uid: 'pair-session-1', kind: 'pair-session', summary: 'Pair session with Sam Lee', when: 'Mon 18 Jan 2027, 12:00–13:00', cancelled: false },
    ],
    invitationsNeeded: 3,
    neverInvited: true,
    ...overrides,
  };
}

export const sam = makePerson({
  personId: ids.sam,
  name: 'Sam Lee',
  email: 'sam@example.com',
  timeZone: 'Europe/London',
  groups: ['New leaders circle'],
  counts: { meetings: 1, pairSessions: 1, oneToOnes: 1, cancelled: 0 },
  events: [
    { uid: 'meeting-1', kind: 'meeting', summary: 'New leaders circle: meeting 1', when: 'Tue 12 Jan 2027, 18:00–19:30', cancelled: false },
    { uid: 'pair-session-1', kind: 'pair-session', summary: 'Pair session with Alex Morgan', when: 'Mon 18 Jan 2027, 17:00–18:00', cancelled: false },
    { uid: 'one-to-one-1', kind: 'one-to-one', summary: '1:1 with Jo', when: 'Thu 21 Jan 2027, 10:00–10:30', cancelled: false },
  ],
  invitationsNeeded: 1,
  neverInvited: false,
});

/** The preview as main would answer it: only members of the chosen groups. */
export function previewFor(selection: ExportSelection, overrides: Partial<ExportPreview> = {}): ExportPreview {
  const chosen = (id: string) => selection.groupIds === null || selection.groupIds.includes(id);
  const people = [makePerson(), sam].filter((p) => (p.personId === ids.sam ? chosen(ids.leaders) : chosen(ids.leaders) || chosen(ids.founders)));
  return {
    from: selection.from ?? TODAY,
    to: selection.to,
    coachTimeZone: 'Europe/London',
    coachEmail: 'jo@example.com',
    people,
    groups: groups.filter((g) => chosen(g.group.id)).map((g) => ({ groupId: g.group.id, name: g.group.name, meetings: 1 })),
    coachEvents: 4,
    peopleWithChanges: people.filter((p) => p.invitationsNeeded > 0).length,
    lastExportAt: null,
    ...overrides,
  };
}
