import { FileUp, UserPlus } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PersonSummary } from '../../../shared/views';
import { useApiQuery } from '../../app/query';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { AddPersonDialog } from './AddPersonDialog';
import { CsvExample } from './CsvExample';
import { ImportDialog } from './ImportDialog';
import { PeopleTable } from './PeopleTable';
import { PeopleToolbar } from './PeopleToolbar';
import { NO_FILTERS, filterChoices, filterPeople, resultCount, type PeopleFilters, type SortKey } from './people-filter';
import { filtersFromParams, paramsWithFilters } from './people-filter-params';
import './people.css';

/**
 * The filters as the address holds them. Each change replaces the address
 * rather than adding to the history, so Back leaves the list instead of
 * stepping through every letter typed into the search box.
 */
function useFiltersInAddress(): [PeopleFilters, (update: (current: PeopleFilters) => PeopleFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = useCallback(
    (update: (current: PeopleFilters) => PeopleFilters) =>
      setParams((current) => paramsWithFilters(current, update(filtersFromParams(current))), { replace: true }),
    [setParams],
  );
  return [filters, setFilters];
}

function PeopleList({ people, onAdd, onImport }: { people: PersonSummary[]; onAdd: () => void; onImport: () => void }) {
  const [filters, setFilters] = useFiltersInAddress();
  const choices = useMemo(() => filterChoices(people), [people]);
  const shown = useMemo(() => filterPeople(people, filters), [people, filters]);

  if (people.length === 0) {
    return (
      <EmptyState
        title="No people yet"
        action={
          <div className="people-empty-actions">
            <Button variant="primary" onClick={onAdd}>
              <UserPlus aria-hidden="true" size={16} /> Add a person
            </Button>
            <Button variant="secondary" onClick={onImport}>
              <FileUp aria-hidden="true" size={16} /> Import people
            </Button>
          </div>
        }
      >
        <p>
          Add the people you coach one by one, or bring in a whole list at once: an export from Google Contacts,
          Outlook, LinkedIn or Apple Contacts, or a spreadsheet saved as CSV whose first line names the columns:
        </p>
        <CsvExample />
      </EmptyState>
    );
  }

  const sortBy = (key: SortKey) =>
    setFilters((f) => ({
      ...f,
      sort: key,
      direction: f.sort === key && f.direction === 'asc' ? 'desc' : 'asc',
    }));

  return (
    <>
      <PeopleToolbar
        filters={filters}
        onChange={(next) => setFilters(() => next)}
        choices={choices}
        countText={resultCount(shown.length, people.length)}
      />
      {shown.length > 0 ? (
        <PeopleTable people={shown} sort={filters} onSort={sortBy} />
      ) : (
        <EmptyState
          title="Nobody matches"
          action={
            <Button variant="secondary" onClick={() => setFilters((f) => ({ ...NO_FILTERS, sort: f.sort, direction: f.direction }))}>
              Clear search and filters
            </Button>
          }
        >
          <p>Try fewer letters, or another organisation, group or time zone.</p>
        </EmptyState>
      )}
    </>
  );
}

export function PeoplePage() {
  const people = useApiQuery('people.list', {});
  const [searchParams, setSearchParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  // "?new=1" lets other screens (the dashboard, the sidebar) open the add form directly.
  const adding = searchParams.get('new') === '1';

  const setAdding = (open: boolean) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (open) next.set('new', '1');
        else next.delete('new');
        return next;
      },
      { replace: true },
    );

  return (
    <div className="people-page">
      <PageHeader
        title="People"
        subtitle="Everyone you coach, across all your groups."
        actions={
          <>
            <Button variant="secondary" onClick={() => setImporting(true)}>
              <FileUp aria-hidden="true" size={16} /> Import people
            </Button>
            <Button variant="primary" onClick={() => setAdding(true)}>
              <UserPlus aria-hidden="true" size={16} /> Add person
            </Button>
          </>
        }
      />
      <QueryBoundary query={people} loadingLabel="Loading people…">
        {(list) => <PeopleList people={list} onAdd={() => setAdding(true)} onImport={() => setImporting(true)} />}
      </QueryBoundary>
      <AddPersonDialog open={adding} onOpenChange={setAdding} />
      <ImportDialog open={importing} onOpenChange={setImporting} />
    </div>
  );
}
