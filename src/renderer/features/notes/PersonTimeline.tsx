import { Flag, LogOut, Plus } from 'lucide-react';
import { useState } from 'react';
import type { NoteListItem } from '../../../shared/contract/notes';
import type { PersonMembershipView } from '../../../shared/views';
import { formatDay } from '../../app/dates';
import { useApiQuery } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { LockedNotes } from './LockedNotes';
import { NewNoteDialog, type NewNotePrefill } from './NewNoteDialog';
import { useNoteLabels } from './note-labels';
import { NoteRow } from './NoteListItem';
import './notes.css';

type Entry =
  | { kind: 'note'; date: string; note: NoteListItem }
  | { kind: 'joined' | 'left'; date: string; groupName: string; key: string };

/** Newest first; on one day, notes before the group events they may be about. */
function timeline(notes: NoteListItem[], memberships: PersonMembershipView[]): Entry[] {
  const entries: Entry[] = notes.map((note) => ({ kind: 'note', date: note.date, note }));
  for (const m of memberships) {
    entries.push({ kind: 'joined', date: m.membership.joinedOn, groupName: m.groupName, key: `${m.membership.id}:joined` });
    if (m.membership.leftOn) entries.push({ kind: 'left', date: m.membership.leftOn, groupName: m.groupName, key: `${m.membership.id}:left` });
  }
  return entries.sort((a, b) => (a.date === b.date ? (a.kind === 'note' ? -1 : 1) : a.date < b.date ? 1 : -1));
}

/**
 * A person's history with the coach, newest first: their notes (1:1s, pair
 * check-ins, notes on them, meeting notes naming them) between the days they
 * joined and left their groups. Locked, it counts the notes and offers the unlock prompt.
 */
export function PersonTimeline({ personId, memberships }: { personId: string; memberships: PersonMembershipView[] }) {
  const list = useApiQuery('notes.list', { personId });
  const labels = useNoteLabels();
  const [prefill, setPrefill] = useState<NewNotePrefill | null>(null);
  const unlocked = list.data?.vault === 'unlocked';
  const groupId = memberships.find((m) => !m.membership.leftOn && !m.groupArchived)?.groupId;
  return (
    <Card
      title="Timeline and notes"
      className="person-timeline"
      actions={
        unlocked ? (
          <>
            <Button size="sm" onClick={() => setPrefill({ kind: 'one-to-one', personIds: [personId], groupId })}>
              New 1:1 note
            </Button>
            <Button size="sm" variant="primary" onClick={() => setPrefill({ kind: 'member', personIds: [personId], groupId })}>
              <Plus size={14} aria-hidden="true" />
              New note
            </Button>
          </>
        ) : undefined
      }
    >
      <QueryBoundary query={list} loadingLabel="Loading the timeline…">
        {(data) => {
          if (data.vault !== 'unlocked') return <LockedNotes list={data} where=" about this person" />;
          const entries = timeline(data.notes, memberships);
          if (entries.length === 0) return <p className="notes-muted">Nothing here yet: notes about this person will appear here.</p>;
          return (
            <ul className="note-list" aria-label="Timeline">
              {entries.map((entry) =>
                entry.kind === 'note' ? (
                  <NoteRow key={entry.note.id} note={entry.note} groupName={labels.groupName(entry.note.groupId)} />
                ) : (
                  <li key={entry.key} className="note-row note-row--event">
                    {entry.kind === 'joined' ? <Flag size={16} aria-hidden="true" className="note-row__icon" /> : <LogOut size={16} aria-hidden="true" className="note-row__icon" />}
                    <div className="note-row__text">
                      <p className="note-row__about">
                        <time dateTime={entry.date}>{formatDay(entry.date)}</time> · {entry.kind === 'joined' ? 'Joined' : 'Left'} {entry.groupName}
                      </p>
                    </div>
                  </li>
                ),
              )}
            </ul>
          );
        }}
      </QueryBoundary>
      <NewNoteDialog open={prefill !== null} onOpenChange={(open) => (open ? undefined : setPrefill(null))} prefill={prefill ?? {}} />
    </Card>
  );
}
