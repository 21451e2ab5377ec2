import { useState } from 'react';
import type { NoteContent } from '../../../shared/notes';
import { formatInstant } from '../../app/dates';
import { useApiQuery } from '../../app/query';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useCoachTimeZone } from '../people/coach-zone';
import { SafeMarkdown } from './SafeMarkdown';

export interface VersionHistoryProps {
  noteId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Saves the version's content as the note's newest revision; the older ones stay in the history. */
  onBringBack: (content: NoteContent) => Promise<void>;
}

/** A note's earlier versions, newest first; one can be read and brought back. */
export function VersionHistory({ noteId, open, onOpenChange, onBringBack }: VersionHistoryProps) {
  const [revision, setRevision] = useState<number | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setRevision(null);
        onOpenChange(next);
      }}
      title="Earlier versions"
      description="Every save keeps the version before it, encrypted like the note."
      wide
    >
      {open ? (
        <div className="note-history">
          <VersionList noteId={noteId} selected={revision} onSelect={setRevision} />
          {revision !== null ? (
            <VersionContent
              noteId={noteId}
              revision={revision}
              onBringBack={async (content) => {
                await onBringBack(content);
                setRevision(null);
                onOpenChange(false);
              }}
            />
          ) : (
            <p className="note-history__hint">Choose a version to read it.</p>
          )}
        </div>
      ) : null}
    </Dialog>
  );
}

function VersionList({ noteId, selected, onSelect }: { noteId: string; selected: number | null; onSelect: (revision: number) => void }) {
  const versions = useApiQuery('notes.versions', { id: noteId });
  const { zone } = useCoachTimeZone();
  return (
    <QueryBoundary query={versions} loadingLabel="Loading earlier versions…">
      {(items) =>
        items.length === 0 ? (
          <p className="note-history__hint">No earlier versions yet: they appear as the note is saved.</p>
        ) : (
          <ul className="note-history__list">
            {items.map((item) => (
              <li key={item.revision}>
                <button type="button" className="note-history__item" aria-pressed={selected === item.revision} onClick={() => onSelect(item.revision)}>
                  <span className="note-history__when">{formatInstant(item.savedAt, zone)}</span>
                  <span className="note-history__title">{item.title || 'Untitled'}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      }
    </QueryBoundary>
  );
}

function VersionContent({ noteId, revision, onBringBack }: { noteId: string; revision: number; onBringBack: (content: NoteContent) => Promise<void> }) {
  const version = useApiQuery('notes.version', { id: noteId, revision });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <QueryBoundary query={version} loadingLabel="Opening this version…">
      {(content) => (
        <article className="note-history__content" aria-label="The chosen version">
          <h3>{content.title || 'Untitled'}</h3>
          {content.fields.map((field, index) => (
            <section key={index}>
              <h4>{field.label}</h4>
              {field.text.trim() ? <SafeMarkdown text={field.text} /> : <p className="note-field__empty">Empty.</p>}
            </section>
          ))}
          <FormError message={error} />
          <Button
            variant="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              setError(undefined);
              onBringBack(content)
                .catch((err: unknown) => setError(err instanceof Error ? err.message : 'That version could not be brought back.'))
                .finally(() => setBusy(false));
            }}
          >
            Bring back this version
          </Button>
        </article>
      )}
    </QueryBoundary>
  );
}
