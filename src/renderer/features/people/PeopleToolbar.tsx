import { Search, X } from 'lucide-react';
import { useId } from 'react';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import {
  NO_FILTERS,
  groupFilterValue,
  isFiltered,
  parseGroupFilter,
  type PeopleFilters,
  type filterChoices,
} from './people-filter';

export interface PeopleToolbarProps {
  filters: PeopleFilters;
  onChange: (filters: PeopleFilters) => void;
  choices: ReturnType<typeof filterChoices>;
  /** e.g. "12 of 40 people", announced politely as the coach types. */
  countText: string;
}

export function PeopleToolbar({ filters, onChange, choices, countText }: PeopleToolbarProps) {
  const searchId = useId();
  const set = (patch: Partial<PeopleFilters>) => onChange({ ...filters, ...patch });

  const groupOptions = [
    { value: 'all', label: 'All people' },
    { value: 'any', label: 'In any group' },
    { value: 'none', label: 'Not in a group' },
    ...choices.groupNames.map((name) => ({ value: groupFilterValue({ kind: 'group', name }), label: name })),
  ];

  return (
    <div className="people-toolbar" role="search">
      <div className="people-search">
        <label htmlFor={searchId} className="people-search-label">
          Search people
        </label>
        <div className="people-search-box">
          <Search aria-hidden="true" className="people-search-icon" size={16} />
          <input
            id={searchId}
            type="search"
            className="people-search-input"
            placeholder="Name, email, organisation or role"
            value={filters.query}
            onChange={(e) => set({ query: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </div>
      <SelectField
        label="Organisation"
        value={filters.organisation}
        onChange={(e) => set({ organisation: e.target.value })}
        options={[{ value: '', label: 'All organisations' }, ...choices.organisations.map((o) => ({ value: o, label: o }))]}
      />
      <SelectField
        label="Groups"
        value={groupFilterValue(filters.group)}
        onChange={(e) => set({ group: parseGroupFilter(e.target.value) })}
        options={groupOptions}
      />
      <SelectField
        label="Time zone"
        value={filters.timeZone}
        onChange={(e) => set({ timeZone: e.target.value })}
        options={[{ value: '', label: 'All time zones' }, ...choices.timeZones.map((z) => ({ value: z, label: z }))]}
      />
      <div className="people-toolbar-end">
        <p className="people-count" aria-live="polite">
          {countText}
        </p>
        {isFiltered(filters) ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort, direction: filters.direction })}
          >
            <X aria-hidden="true" size={14} /> Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}
