import { FileText } from 'lucide-react';
import { Link } from 'react-router';
import type { NoteListItem as Item } from '../../../shared/contract/notes';
import { NOTE_KIND_LABELS } from '../../../shared/notes';
import { formatDay } from '../../app/dates';
import { routes } from '../../app/routes';

export interface NoteRowProps {
  note: Item;
  groupName?: string | null;
  people?: string[];
  /** A short excerpt around a search match. */
  excerpt?: string;
}

/** One note in a list: its title (or its kind, untitled), date and what it is about. Only shown unlocked. */
export function NoteRow({ note, groupName, people = [], excerpt }: NoteRowProps) {
  const about = [NOTE_KIND_LABELS[note.kind], groupName, people.join(', ')].filter(Boolean).join(' · ');
  return (
    <li className="note-row">
      <FileText size={16} aria-hidden="true" className="note-row__icon" />
      <div className="note-row__text">
        <Link to={routes.note(note.id)} className="note-row__title">
          {note.title || `Untitled ${NOTE_KIND_LABELS[note.kind].toLowerCase()}`}
        </Link>
        <p className="note-row__about">
          <time dateTime={note.date}>{formatDay(note.date)}</time>
          {about ? ` · ${about}` : ''}
        </p>
        {excerpt ? <p className="note-row__excerpt">{excerpt}</p> : null}
      </div>
    </li>
  );
}
