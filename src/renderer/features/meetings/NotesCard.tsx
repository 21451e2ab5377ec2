import { Plus } from 'lucide-react';
import { useState } from 'react';
import type { MeetingPage } from '../../../shared/meeting-views';
import { useApiQuery } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { LockedNotes } from '../notes/LockedNotes';
import { NewNoteDialog, type NewNotePrefill } from '../notes/NewNoteDialog';
import { useNoteLabels } from '../notes/note-labels';
import { NoteRow } from '../notes/NoteListItem';
import '../notes/notes.css';

/**
 * This meeting's confidential notes: the minutes and observations, and notes
 * on single members. While the notes are locked it says how many there are
 * and offers the one unlock prompt, never any text.
 */
export function NotesCard({ page }: { page: MeetingPage }) {
  const list = useApiQuery('notes.list', { meetingId: page.meeting.id });
  const labels = useNoteLabels();
  const [prefill, setPrefill] = useState<NewNotePrefill | null>(null);
  const base = { groupId: page.group.id, meetingId: page.meeting.id, date: page.inGroupZone.date };
  const unlocked = list.data?.vault === 'unlocked';
  return (
    <Card
      title="Notes for this meeting"
      description="Private and encrypted: only your passphrase opens them."
      actions={
        unlocked ? (
          <>
            <Button size="sm" onClick={() => setPrefill({ ...base, kind: 'member' })}>
              Note on a member
            </Button>
            <Button size="sm" variant="primary" onClick={() => setPrefill({ ...base, kind: 'meeting' })}>
              <Plus size={14} aria-hidden="true" />
              New meeting notes
            </Button>
          </>
        ) : undefined
      }
    >
      <QueryBoundary query={list} loadingLabel="Loading the notes…">
        {(data) =>
          data.vault !== 'unlocked' ? (
            <LockedNotes list={data} where=" on this meeting" />
          ) : data.notes.length === 0 ? (
            <p className="notes-muted">No notes on this meeting yet.</p>
          ) : (
            <ul className="note-list" aria-label="Notes on this meeting">
              {data.notes.map((note) => (
                <NoteRow key={note.id} note={note} people={note.personIds.map(labels.personName)} />
              ))}
            </ul>
          )
        }
      </QueryBoundary>
      <NewNoteDialog open={prefill !== null} onOpenChange={(open) => (open ? undefined : setPrefill(null))} prefill={prefill ?? {}} />
    </Card>
  );
}
