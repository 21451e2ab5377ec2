import type { NotesFilter } from '../../../shared/contract/notes';
import { NOTE_KINDS, NOTE_KIND_LABELS, type NoteKind } from '../../../shared/notes';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { DateField } from '../../ui/DateField';
import type { useNoteLabels } from './note-labels';

export interface FilterValues {
  groupId: string;
  personId: string;
  kind: string;
  from: string;
  to: string;
}

export const NO_FILTER: FilterValues = { groupId: '', personId: '', kind: '', from: '', to: '' };

/** The contract's filter from the form's values; an empty choice means "any". */
export function toNotesFilter(values: FilterValues): NotesFilter {
  const filter: NotesFilter = {};
  if (values.groupId) filter.groupId = values.groupId;
  if (values.personId) filter.personId = values.personId;
  if (values.kind) filter.kind = values.kind as NoteKind;
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = values.to;
  return filter;
}

/** Why the dates cannot filter, or undefined when they can. */
export function dateRangeProblem(values: FilterValues): string | undefined {
  if (values.from && values.to && values.to < values.from) return 'The end date is before the start date.';
  return undefined;
}

export function NotesFilters({
  values,
  onChange,
  labels,
}: {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  labels: ReturnType<typeof useNoteLabels>;
}) {
  const set = (key: keyof FilterValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  // Each choice narrows the list; its empty option means "any".
  const choices: { key: 'groupId' | 'personId' | 'kind'; label: string; any: string; options: SelectOption[] }[] = [
    { key: 'groupId', label: 'Group', any: 'All groups', options: labels.groups.map((g) => ({ value: g.group.id, label: g.group.name })) },
    { key: 'personId', label: 'Person', any: 'Everyone', options: labels.people.map((p) => ({ value: p.person.id, label: p.person.name })) },
    { key: 'kind', label: 'Kind', any: 'All kinds', options: NOTE_KINDS.map((k) => ({ value: k, label: NOTE_KIND_LABELS[k] })) },
  ];
  return (
    <div className="notes-filters" role="group" aria-label="Filter the notes">
      {choices.map((c) => (
        <SelectField key={c.key} label={c.label} placeholder={c.any} value={values[c.key]} onChange={set(c.key)} options={c.options} />
      ))}
      <DateField label="From" value={values.from} onChange={set('from')} />
      <DateField label="To" value={values.to} onChange={set('to')} error={dateRangeProblem(values)} />
    </div>
  );
}
