import type { NoteKind, NoteLinks } from '../../../shared/notes';

/** What a note's links must agree with: the coach's groups, their meetings and members, and the people list. */
export interface LinkWorld {
  /** The people who exist. */
  personIds: ReadonlySet<string>;
  /** Each group's meetings and everyone who was ever a member. */
  groups: ReadonlyMap<string, { meetingIds: ReadonlySet<string>; memberIds: ReadonlySet<string> }>;
}

/**
 * Where each kind of note belongs, in words for the form. A meeting note sits
 * on a meeting; a 1:1 note or a note on a member is about one person; a pair
 * check-in is about the two (or three) who met. Returns field → problem, empty
 * when the links hold.
 */
export function noteLinkProblems(kind: NoteKind, links: NoteLinks, world: LinkWorld): Record<string, string> {
  const problems: Record<string, string> = {};
  const group = links.groupId === null ? null : world.groups.get(links.groupId);
  if (links.groupId !== null && !group) problems.groupId = 'That group could not be found. It may have been deleted.';
  if (links.meetingId !== null) {
    if (links.groupId === null) problems.meetingId = 'Choose the group the meeting belongs to.';
    else if (group && !group.meetingIds.has(links.meetingId)) problems.meetingId = 'That meeting is not one of this group’s.';
  }
  const unknown = links.personIds.filter((id) => !world.personIds.has(id) && !(group?.memberIds.has(id) ?? false));
  if (unknown.length > 0) problems.personIds = 'Someone chosen could not be found. They may have been deleted.';
  else if (group && links.personIds.some((id) => !group.memberIds.has(id))) problems.personIds = 'Choose people who are or were members of this group.';

  if (kind === 'meeting' && links.meetingId === null && !problems.meetingId) problems.meetingId = 'Choose the meeting these notes are about.';
  if ((kind === 'one-to-one' || kind === 'member') && links.personIds.length !== 1 && !problems.personIds) {
    problems.personIds = kind === 'one-to-one' ? 'Choose the member you met.' : 'Choose the member this note is about.';
  }
  if (kind === 'pair-check-in' && (links.personIds.length < 2 || links.personIds.length > 3) && !problems.personIds) {
    problems.personIds = 'Choose the two (or three) members who met.';
  }
  if (kind === 'pair-check-in' && links.groupId === null && !problems.groupId) problems.groupId = 'Choose the group the pair belongs to.';
  return problems;
}
