import * as Tabs from '@radix-ui/react-tabs';
import { Plus, Search } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMainEvent } from '../../app/main-events';
import { usePageTitle } from '../../app/page-title';
import { useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { TextField } from '../../ui/TextField';
import { LockedNotes } from './LockedNotes';
import { NewNoteDialog } from './NewNoteDialog';
import { useNoteLabels } from './note-labels';
import { NoteRow } from './NoteListItem';
import { dateRangeProblem, NO_FILTER, NotesFilters, toNotesFilter, type FilterValues } from './NotesFilters';
import { TemplatesEditor } from './TemplatesEditor';
import { useDebounced } from './use-debounced';
import '../groups/group-tabs.css';
import './notes.css';

/** Search runs once the coach pauses typing this long. */
const SEARCH_PAUSE_MS = 250;

/** The Notes view: every note, filtered and searched, and the note templates. */
export function NotesPage({ tab = 'notes' }: { tab?: 'notes' | 'templates' }) {
  usePageTitle(tab === 'templates' ? 'Note templates' : 'Notes');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  // A note can only be written unlocked; locked, the list below offers the unlock prompt instead.
  const vault = useApiQuery('vault.status', {});
  return (
    <div className="notes-page">
      <PageHeader
        title="Notes"
        subtitle="Your private notes, encrypted on this computer."
        actions={
          vault.data?.state === 'unlocked' ? (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden="true" />
              New note
            </Button>
          ) : undefined
        }
      />
      <Tabs.Root className="groups-tabs" value={tab} onValueChange={(next) => void navigate(routes.notes(next === 'templates' ? 'templates' : 'notes'))}>
        <Tabs.List className="groups-tabs__list" aria-label="Notes sections">
          <Tabs.Trigger value="notes" className="groups-tabs__tab">
            All notes
          </Tabs.Trigger>
          <Tabs.Trigger value="templates" className="groups-tabs__tab">
            Note templates
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value={tab} className="groups-tabs__panel">
          {tab === 'templates' ? <TemplatesEditor /> : <AllNotes />}
        </Tabs.Content>
      </Tabs.Root>
      <NewNoteDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}

function AllNotes() {
  const labels = useNoteLabels();
  const [values, setValues] = useState<FilterValues>(NO_FILTER);
  const [text, setText] = useState('');
  // What was searched for can be words from a note: it goes with the notes when they lock.
  useMainEvent('vault.locked', () => setText(''));
  const problem = dateRangeProblem(values);
  // A range that cannot be right filters nothing out until it is fixed, rather than showing an empty list.
  const filter = toNotesFilter(problem ? { ...values, from: '', to: '' } : values);
  const list = useApiQuery('notes.list', filter);
  const searchText = useDebounced(text.trim(), SEARCH_PAUSE_MS);
  const unlocked = list.data?.vault === 'unlocked';
  const search = useApiQuery('notes.search', { text: searchText, filter }, { enabled: unlocked && searchText !== '' });
  const people = (ids: string[]) => ids.map(labels.personName);

  return (
    <div className="notes-all">
      <NotesFilters values={values} onChange={setValues} labels={labels} />
      <div className="notes-search">
        <Search size={16} aria-hidden="true" className="notes-search__icon" />
        <TextField
          label="Search the notes"
          type="search"
          value={text}
          maxLength={200}
          disabled={!unlocked}
          placeholder={unlocked ? 'Words from a title or a note' : 'Unlock your notes to search them'}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <QueryBoundary query={list} loadingLabel="Loading your notes…">
        {(data) => {
          if (data.vault !== 'unlocked') return <LockedNotes list={data} />;
          if (searchText !== '') {
            return (
              <QueryBoundary query={search} loadingLabel="Searching…">
                {(hits) =>
                  hits.length === 0 ? (
                    <p className="notes-muted">No note matches “{searchText}”.</p>
                  ) : (
                    <ul className="note-list" aria-label="Search results">
                      {hits.map((hit) => (
                        <NoteRow
                          key={hit.meta.id}
                          note={{ ...hit.meta, title: hit.title }}
                          groupName={labels.groupName(hit.meta.groupId)}
                          people={people(hit.meta.personIds)}
                          excerpt={hit.excerpt}
                        />
                      ))}
                    </ul>
                  )
                }
              </QueryBoundary>
            );
          }
          if (data.notes.length === 0) {
            return (
              <EmptyState title={Object.keys(filter).length ? 'No notes match these filters' : 'No notes yet'}>
                <p>Write notes from a meeting’s page, a person’s page, or with New note above.</p>
              </EmptyState>
            );
          }
          return (
            <ul className="note-list" aria-label="Notes">
              {data.notes.map((note) => (
                <NoteRow key={note.id} note={note} groupName={labels.groupName(note.groupId)} people={people(note.personIds)} />
              ))}
            </ul>
          );
        }}
      </QueryBoundary>
    </div>
  );
}
