import { describe, expect, it } from 'vitest';
import {
  countRows,
  importButtonLabel,
  rowMessages,
  summaryLine,
} from '../../../src/renderer/features/people/import-summary';
import {
  NO_FILTERS,
  filterChoices,
  filterPeople,
  parseGroupFilter,
  groupFilterValue,
  resultCount,
} from '../../../src/renderer/features/people/people-filter';
import { foldForSearch } from '../../../src/shared/text';
import type { ImportRow } from '../../../src/shared/views';
import { addressBook } from './people-fixtures';

// The wording and filtering rules behind the people views, checked directly.

const row = (line: number, extra: Partial<ImportRow>): ImportRow => ({
  line,
  values: {},
  person: { name: 'X', email: `x${line}@example.com`, timeZone: 'UTC', organisation: '', role: '', phone: '' },
  errors: [],
  duplicateOf: null,
  ...extra,
});

describe('people search and filters', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('José ÁLVAREZ Ørsted')).toBe('jose alvarez ørsted');
  });

  it('needs every word to match somewhere in the person', () => {
    const people = addressBook();
    expect(filterPeople(people, { ...NO_FILTERS, query: 'ana acme' }).map((p) => p.person.name)).toEqual(['Ana Souza']);
    expect(filterPeople(people, { ...NO_FILTERS, query: 'ana globex' })).toEqual([]);
  });

  it('offers only organisations, groups and zones that someone has', () => {
    expect(filterChoices(addressBook())).toEqual({
      organisations: ['Acme', 'Globex', 'Initech'],
      groupNames: ['New managers', 'Product leads'],
      timeZones: ['Asia/Singapore', 'Europe/Lisbon', 'Europe/London'],
    });
  });

  it('round-trips the group filter through a select value, even for odd group names', () => {
    for (const filter of [{ kind: 'all' }, { kind: 'any' }, { kind: 'none' }, { kind: 'group', name: 'any' }] as const) {
      expect(parseGroupFilter(groupFilterValue(filter))).toEqual(filter);
    }
  });

  it('counts results in words', () => {
    expect(resultCount(12, 40)).toBe('12 of 40 people');
    expect(resultCount(40, 40)).toBe('40 people');
    expect(resultCount(1, 1)).toBe('1 person');
  });
});

describe('import preview wording', () => {
  it('names the line and the column of each problem', () => {
    const bad = row(4, { person: null, errors: [{ field: 'email', message: 'Enter a valid email address.' }] });
    expect(rowMessages(bad)).toEqual(['line 4: email — Enter a valid email address.']);
    const parse = row(7, { person: null, errors: [{ field: 'row', message: 'Unclosed quote' }] });
    expect(rowMessages(parse)).toEqual(['line 7: Unclosed quote']);
  });

  it('explains duplicates of known people and of earlier lines', () => {
    const known = row(2, { duplicateOf: { kind: 'existing', personId: 'p', name: 'Ana Souza' } });
    const repeat = row(5, { duplicateOf: { kind: 'row', line: 3 } });
    expect(rowMessages(known)).toEqual(['already in your people as Ana Souza']);
    expect(rowMessages(repeat)).toEqual(['repeats line 3']);
  });

  it('summarises and labels the import button in the right number', () => {
    const rows = [
      row(2, {}),
      row(3, {}),
      row(4, { person: null, errors: [{ field: 'name', message: 'Name is required.' }] }),
      row(5, { duplicateOf: { kind: 'row', line: 2 } }),
    ];
    expect(summaryLine(countRows(rows))).toBe('2 ready, 1 with an error, 1 duplicate');
    expect(summaryLine({ ready: 18, errors: 2, duplicates: 3 })).toBe('18 ready, 2 with errors, 3 duplicates');
    expect(importButtonLabel(18)).toBe('Import 18 people');
    expect(importButtonLabel(1)).toBe('Import 1 person');
    expect(importButtonLabel(0)).toBe('Nothing to import');
  });
});
