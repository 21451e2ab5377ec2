import type { PersonSummary } from '../../../shared/views';
import { foldForSearch } from '../../../shared/text';

// Searching, filtering and sorting the people list happens in the renderer: a
// coach knows a few hundred people at most, so instant client-side filtering
// beats a round trip per keystroke.

/** Group filter: everyone, people in at least one group, people in none, or one named group. */
export type GroupFilter = { kind: 'all' } | { kind: 'any' } | { kind: 'none' } | { kind: 'group'; name: string };

export type SortKey = 'name' | 'organisation';
export type SortDirection = 'asc' | 'desc';

export interface PeopleFilters {
  query: string;
  organisation: string;
  group: GroupFilter;
  timeZone: string;
  sort: SortKey;
  direction: SortDirection;
}

export const NO_FILTERS: PeopleFilters = {
  query: '',
  organisation: '',
  group: { kind: 'all' },
  timeZone: '',
  sort: 'name',
  direction: 'asc',
};

function matchesQuery(summary: PersonSummary, words: string[]): boolean {
  if (words.length === 0) return true;
  const { name, email, organisation, role } = summary.person;
  const haystack = foldForSearch([name, email, organisation, role].join('\n'));
  // Every word must appear somewhere, so "ana acme" finds Ana at Acme.
  return words.every((word) => haystack.includes(word));
}

function matchesGroup(summary: PersonSummary, filter: GroupFilter): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'any':
      return summary.activeGroupCount > 0;
    case 'none':
      return summary.activeGroupCount === 0;
    case 'group':
      return summary.groupNames.includes(filter.name);
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compare(a: PersonSummary, b: PersonSummary, key: SortKey): number {
  if (key === 'organisation') {
    return (
      collator.compare(a.person.organisation, b.person.organisation) || collator.compare(a.person.name, b.person.name)
    );
  }
  return collator.compare(a.person.name, b.person.name) || collator.compare(a.person.email, b.person.email);
}

export function filterPeople(people: readonly PersonSummary[], filters: PeopleFilters): PersonSummary[] {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const kept = people.filter(
    (p) =>
      matchesQuery(p, words) &&
      (filters.organisation === '' || p.person.organisation === filters.organisation) &&
      (filters.timeZone === '' || p.person.timeZone === filters.timeZone) &&
      matchesGroup(p, filters.group),
  );
  const sign = filters.direction === 'asc' ? 1 : -1;
  return kept.sort((a, b) => {
    if (filters.sort === 'organisation') {
      // People without an organisation stay at the bottom whichever way the column is sorted.
      const blankA = a.person.organisation === '';
      const blankB = b.person.organisation === '';
      if (blankA !== blankB) return blankA ? 1 : -1;
    }
    return sign * compare(a, b, filters.sort);
  });
}

function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v !== '').sort(collator.compare);
}

/** The choices the filter selects offer: only values that some person actually has. */
export function filterChoices(people: readonly PersonSummary[]): {
  organisations: string[];
  groupNames: string[];
  timeZones: string[];
} {
  return {
    organisations: distinctSorted(people.map((p) => p.person.organisation)),
    groupNames: distinctSorted(people.flatMap((p) => p.groupNames)),
    timeZones: distinctSorted(people.map((p) => p.person.timeZone)),
  };
}

export function isFiltered(filters: PeopleFilters): boolean {
  return (
    filters.query.trim() !== '' || filters.organisation !== '' || filters.timeZone !== '' || filters.group.kind !== 'all'
  );
}

/** "12 of 40 people", or "40 people" when nothing is filtered out. */
export function resultCount(shown: number, total: number): string {
  const noun = total === 1 ? 'person' : 'people';
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

// The group filter lives in a <select>, so it round-trips through a string value.
export function groupFilterValue(filter: GroupFilter): string {
  return filter.kind === 'group' ? `group:${filter.name}` : filter.kind;
}

export function parseGroupFilter(value: string): GroupFilter {
  if (value.startsWith('group:')) return { kind: 'group', name: value.slice('group:'.length) };
  if (value === 'any' || value === 'none') return { kind: value };
  return { kind: 'all' };
}
