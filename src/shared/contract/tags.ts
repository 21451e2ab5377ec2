// What a query's answer shows and what a command can change, in one small
// vocabulary both sides of the contract share. A query declares the tags it
// reads; a command declares the tags it changes; after a command the renderer
// refreshes exactly the cached queries with a tag in common. So a command never
// has to know which queries exist (a new view that reads groups is right
// without touching any command), and no component decides what to refresh.
//
// Tags name what the coach sees, not files: one group file holds the group's
// record, its members and its norms, but a person's page shows only the first
// two, so a change to the norms must not refresh it.

export const TAG_KINDS = [
  /** The coach's own settings (name, time zone, and so "today" on the dashboard). */
  'settings',
  /** What main tells the window about the data folder: repairs done at start, a failing backup. */
  'notices',
  /** The list of backups. */
  'backups',
  /** One person's own details (name, email, zone ...), wherever they are shown. id: the person. */
  'person',
  /** One group's own record (name, colour, dates, zone, archived). id: the group. */
  'group',
  /** One group's memberships, with their dates and goals, as the group sees them. id: the group. */
  'members',
  /** One person's memberships in every group, as their page and the people list see them. id: the person. */
  'memberships',
  /** One group's norms, their revision and the agreements to them. id: the group. */
  'norms',
  /** One group's series, meetings' times, places and status, and how its meetings run. id: the group. */
  'meetings',
  /** What happened at one group's meetings: agendas, attendance, check-ins, next steps. id: the group. */
  'meeting-records',
  /** The coach's own calendar: buffer between meetings and imported busy times. */
  'coach-calendar',
  /** Whether the notes' vault is set up and unlocked, and its idle time. */
  'vault',
  /** Confidential notes: their list and metadata, and one note's content. id: the note. */
  'notes',
  /** The coach's note templates. */
  'note-templates',
  /** One group's pairing rounds, pair sessions and rules for them. id: the group. */
  'between',
  /** The coach's 1:1s with one group's members. id: the group. */
  'one-to-ones',
  /** What calendar exports and invitations have sent (the export ledger). */
  'calendar-export',
] as const;

export type TagKind = (typeof TAG_KINDS)[number];

/** One kind of data, for one record (id) or for all of them (no id). */
export interface Tag {
  readonly kind: TagKind;
  readonly id?: string;
}

const make =
  (kind: TagKind) =>
  (id?: string): Tag =>
    id === undefined ? { kind } : { kind, id };

/** Tag makers: `tags.group(id)` for one group, `tags.group()` for every group. */
export const tags = {
  settings: (): Tag => ({ kind: 'settings' }),
  notices: (): Tag => ({ kind: 'notices' }),
  backups: (): Tag => ({ kind: 'backups' }),
  person: make('person'),
  group: make('group'),
  members: make('members'),
  memberships: make('memberships'),
  norms: make('norms'),
  meetings: make('meetings'),
  meetingRecords: make('meeting-records'),
  coachCalendar: (): Tag => ({ kind: 'coach-calendar' }),
  vault: (): Tag => ({ kind: 'vault' }),
  notes: make('notes'),
  noteTemplates: (): Tag => ({ kind: 'note-templates' }),
  between: make('between'),
  oneToOnes: make('one-to-ones'),
  calendarExport: (): Tag => ({ kind: 'calendar-export' }),
};

/** Everything a group's file holds, for commands that create or remove a whole group. */
export const wholeGroup = (groupId: string): Tag[] => [
  tags.group(groupId),
  tags.members(groupId),
  tags.norms(groupId),
  tags.meetings(groupId),
  tags.meetingRecords(groupId),
];

/** Every kind of data, for all records: what a restore changes, or what a view reads before it has an answer. */
export const EVERYTHING: readonly Tag[] = TAG_KINDS.map((kind) => ({ kind }));

/** Same kind, and the same record or one side meaning every record of that kind. */
export function tagsMeet(a: Tag, b: Tag): boolean {
  return a.kind === b.kind && (a.id === undefined || b.id === undefined || a.id === b.id);
}

/** True when a command that changed `changed` can have changed a view that reads `read`. */
export function changesReach(changed: readonly Tag[], read: readonly Tag[]): boolean {
  return changed.some((c) => read.some((r) => tagsMeet(c, r)));
}
