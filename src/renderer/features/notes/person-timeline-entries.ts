import type { NoteListItem } from '../../../shared/contract/notes';
import type { PersonMeeting } from '../../../shared/meeting-views';
import type { PersonMembershipView } from '../../../shared/views';

// What the person page's timeline lists, in the order the coach reads it:
// newest day first; on one day, the notes (they are often about that day's
// meeting), then the meetings, then joining or leaving a group. Within each,
// the order the answer came in (notes and meetings are already newest first
// from main), and group events by their key, so nothing depends on chance.

export type TimelineEntry =
  | { kind: 'note'; date: string; key: string; note: NoteListItem }
  | { kind: 'meeting'; date: string; key: string; meeting: PersonMeeting }
  | { kind: 'joined' | 'left'; date: string; key: string; groupName: string };

const RANK: Record<TimelineEntry['kind'], number> = { note: 0, meeting: 1, joined: 2, left: 2 };

export function timelineEntries(
  notes: readonly NoteListItem[],
  meetings: readonly PersonMeeting[],
  memberships: readonly PersonMembershipView[],
): TimelineEntry[] {
  const entries: { entry: TimelineEntry; order: number }[] = [];
  notes.forEach((note, order) => entries.push({ entry: { kind: 'note', date: note.date, key: `note:${note.id}`, note }, order }));
  meetings.forEach((meeting, order) =>
    entries.push({ entry: { kind: 'meeting', date: meeting.date, key: `meeting:${meeting.meetingId}`, meeting }, order }),
  );
  for (const m of memberships) {
    const { id, joinedOn, leftOn } = m.membership;
    entries.push({ entry: { kind: 'joined', date: joinedOn, key: `${id}:joined`, groupName: m.groupName }, order: 0 });
    if (leftOn) entries.push({ entry: { kind: 'left', date: leftOn, key: `${id}:left`, groupName: m.groupName }, order: 0 });
  }
  entries.sort(
    (a, b) =>
      (a.entry.date === b.entry.date ? 0 : a.entry.date < b.entry.date ? 1 : -1) ||
      RANK[a.entry.kind] - RANK[b.entry.kind] ||
      a.order - b.order ||
      (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0),
  );
  return entries.map((e) => e.entry);
}
