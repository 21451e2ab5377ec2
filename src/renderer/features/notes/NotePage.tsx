import { History, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { NoteView } from '../../../shared/contract/notes';
import { NOTE_KIND_LABELS, type NoteContent } from '../../../shared/notes';
import { ApiCallError } from '../../api';
import { formatDay } from '../../app/dates';
import { usePageTitle } from '../../app/page-title';
import { useApiMutation, useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryBoundary';
import { Loading } from '../../ui/Spinner';
import { useToast } from '../../ui/useToast';
import { UnlockPrompt } from '../vault/UnlockPrompt';
import { NoteEditor } from './NoteEditor';
import { NoteNextStep } from './NoteNextStep';
import { useNoteLabels } from './note-labels';
import type { Autosave } from './use-note-autosave';
import { VersionHistory } from './VersionHistory';
import './notes.css';

/** One note open in the editor (route /notes/:noteId). */
export function NotePage() {
  const { noteId = '' } = useParams();
  const note = useApiQuery('notes.get', { id: noteId });
  // Bumped when the note's text is replaced from outside the editor (a version brought back), so the editor starts afresh.
  const [generation, setGeneration] = useState(0);
  usePageTitle(note.data ? note.data.content.title || NOTE_KIND_LABELS[note.data.meta.kind] : 'Note');

  let body;
  if (note.isPending) body = <Loading label="Opening the note…" />;
  else if (note.isError && note.error instanceof ApiCallError && note.error.code === 'forbidden') {
    body = (
      <>
        <PageHeader title="A locked note" back={{ to: routes.notes(), label: 'Notes' }} />
        <UnlockPrompt context="This note is locked." />
      </>
    );
  } else if (note.isError) body = <QueryError error={note.error} title="This note could not be opened" onRetry={() => void note.refetch()} />;
  else body = <NoteScreen key={`${noteId}:${generation}`} view={note.data} onReplaced={() => setGeneration((g) => g + 1)} />;
  return <div className="notes-page">{body}</div>;
}

function NoteScreen({ view, onReplaced }: { view: NoteView; onReplaced: () => void }) {
  const { meta } = view;
  const labels = useNoteLabels();
  const templates = useApiQuery('notes.templates', {});
  const remove = useApiMutation('notes.remove');
  // Its refresh reloads this note before the editor starts again from it.
  const restore = useApiMutation('notes.save');
  const navigate = useNavigate();
  const { toast } = useToast();
  const autosave = useRef<Autosave | null>(null);
  const [history, setHistory] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [stepText, setStepText] = useState<string | null>(null);

  const template = templates.data?.find((t) => t.id === meta.templateId);
  const prompts = Object.fromEntries((template?.fields ?? []).map((f) => [f.label, f.prompt]));
  const groupName = labels.groupName(meta.groupId);
  const linkedMeeting = meta.groupId && meta.meetingId ? { groupId: meta.groupId, meetingId: meta.meetingId } : null;

  async function bringBack(content: NoteContent) {
    await autosave.current?.flush();
    const base = autosave.current?.revision() ?? meta.revision;
    await restore.mutateAsync({ id: meta.id, baseRevision: base, content });
    autosave.current?.discard();
    onReplaced();
    toast({ title: 'Version brought back', description: 'The text you replaced is kept in the history.', tone: 'success' });
  }

  return (
    <>
      <PageHeader
        title={view.content.title || NOTE_KIND_LABELS[meta.kind]}
        back={{ to: routes.notes(), label: 'Notes' }}
        subtitle={
          <span className="note-page__about">
            {NOTE_KIND_LABELS[meta.kind]} · {formatDay(meta.date)}
            {linkedMeeting ? (
              <>
                {' · '}
                <Link to={routes.meeting(linkedMeeting.groupId, linkedMeeting.meetingId)}>{groupName} meeting</Link>
              </>
            ) : meta.groupId ? (
              <>
                {' · '}
                <Link to={routes.group(meta.groupId)}>{groupName}</Link>
              </>
            ) : null}
            {meta.personIds.map((id) => (
              <span key={id}>
                {' · '}
                <Link to={routes.person(id)}>{labels.personName(id)}</Link>
              </span>
            ))}
          </span>
        }
        actions={
          <>
            <Button onClick={() => setHistory(true)}>
              <History size={16} aria-hidden="true" />
              Earlier versions{meta.versionCount > 0 ? ` (${meta.versionCount})` : ''}
            </Button>
            <Button variant="danger-outline" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden="true" />
              Delete
            </Button>
          </>
        }
      />
      <NoteEditor view={view} prompts={prompts} autosaveRef={autosave} onMakeNextStep={linkedMeeting ? (text) => setStepText(text) : undefined} />
      {linkedMeeting ? <NoteNextStep {...linkedMeeting} text={stepText} onClose={() => setStepText(null)} /> : null}
      <VersionHistory noteId={meta.id} open={history} onOpenChange={setHistory} onBringBack={bringBack} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title="Delete this note?"
        description="The note and all its earlier versions are removed from this computer. This cannot be undone."
        confirmLabel="Delete note"
        tone="danger"
        onConfirm={async () => {
          autosave.current?.discard();
          await remove.mutateAsync({ id: meta.id });
          toast({ title: 'Note deleted', tone: 'success' });
          void navigate(routes.notes());
        }}
      />
    </>
  );
}
