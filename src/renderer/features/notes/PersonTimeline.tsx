import { Flag, LogOut, Plus } from 'lucide-react';
import { useState } from 'react';
import type { NotesList } from '../../../shared/contract/notes';
import type { PersonMeetingHistory } from '../../../shared/meeting-views';
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
import { timelineEntries, type TimelineEntry } from './person-timeline-entries';
import { TimelineMeetingRow } from './TimelineMeetingRow';
import './notes.css';

function GroupEventRow({ entry }: { entry: Extract<TimelineEntry, { kind: 'joined' | 'left' }> }) {
  return (
    <li className="note-row note-row--event">
      {entry.kind === 'joined' ? <Flag size={16} aria-hidden="true" className="note-row__icon" /> : <LogOut size={16} aria-hidden="true" className="note-row__icon" />}
      <div className="note-row__text">
        <p className="note-row__about">
          <time dateTime={entry.date}>{formatDay(entry.date)}</time> · {entry.kind === 'joined' ? 'Joined' : 'Left'} {entry.groupName}
        </p>
      </div>
    </li>
  );
}

function Timeline({ list, history, memberships }: { list: NotesList; history: PersonMeetingHistory; memberships: PersonMembershipView[] }) {
  const labels = useNoteLabels();
  const unlocked = list.vault === 'unlocked';
  // Locked, the notes are only counted (in the prompt above); the meetings and group days carry no confidential text.
  const entries = timelineEntries(unlocked ? list.notes : [], history.meetings, memberships);
  return (
    <div className="stack">
      {unlocked ? null : <LockedNotes list={list} where=" about this person" />}
      {entries.length === 0 ? (
        <p className="notes-muted">Nothing here yet: their meetings and notes about them will appear here.</p>
      ) : (
        <ul className="note-list" aria-label="Timeline">
          {entries.map((entry) =>
            entry.kind === 'note' ? (
              <NoteRow key={entry.key} note={entry.note} groupName={labels.groupName(entry.note.groupId)} />
            ) : entry.kind === 'meeting' ? (
              <TimelineMeetingRow key={entry.key} meeting={entry.meeting} />
            ) : (
              <GroupEventRow key={entry.key} entry={entry} />
            ),
          )}
        </ul>
      )}
    </div>
  );
}

/**
 * A person's history with the coach, newest first: the meetings of their
 * groups while they were in them (with their attendance and hot-seat turns),
 * their notes (1:1s, pair check-ins, notes on them, meeting notes naming them)
 * and the days they joined and left. Locked, the notes are counted with the
 * unlock prompt, and the meetings and group days still show.
 */
export function PersonTimeline({ personId, memberships }: { personId: string; memberships: PersonMembershipView[] }) {
  const list = useApiQuery('notes.list', { personId });
  const history = useApiQuery('meetings.personHistory', { id: personId });
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
        {(notes) => (
          <QueryBoundary query={history} loadingLabel="Loading the timeline…" errorTitle="Their meetings could not be loaded">
            {(meetings) => <Timeline list={notes} history={meetings} memberships={memberships} />}
          </QueryBoundary>
        )}
      </QueryBoundary>
      <NewNoteDialog open={prefill !== null} onOpenChange={(open) => (open ? undefined : setPrefill(null))} prefill={prefill ?? {}} />
    </Card>
  );
}
