import type { ImportPreview, ImportRow } from '../../../shared/views';

// Plain-language wording for the import preview, kept apart from the view
// so the rules (what counts as ready, duplicate or broken) live in one place.

export type RowStatus = 'ready' | 'error' | 'duplicate';

/** Errors win over duplicates: a broken row must be fixed whatever else is true of it. */
export function rowStatus(row: ImportRow): RowStatus {
  if (row.errors.length > 0 || row.person === null) return 'error';
  if (row.duplicateOf !== null) return 'duplicate';
  return 'ready';
}

/** Column names as the coach sees them in a spreadsheet header. */
const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  email: 'email',
  timeZone: 'time zone',
  organisation: 'organisation',
  role: 'role',
  phone: 'phone',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** One line per problem, e.g. "line 4: email — Enter a valid email address". */
export function rowMessages(row: ImportRow): string[] {
  const messages = row.errors.map((e) =>
    e.field && e.field !== '_' && e.field !== 'row' ? `line ${row.line}: ${fieldLabel(e.field)} — ${e.message}` : `line ${row.line}: ${e.message}`,
  );
  if (row.person === null && row.errors.length === 0) {
    messages.push(`line ${row.line}: this row could not be read`);
  }
  const dup = row.duplicateOf;
  if (dup?.kind === 'existing') messages.push(`already in your people as ${dup.name}`);
  if (dup?.kind === 'row') messages.push(`repeats line ${dup.line}`);
  return messages;
}

export interface PreviewCounts {
  ready: number;
  errors: number;
  duplicates: number;
}

export function countRows(rows: readonly ImportRow[]): PreviewCounts {
  const counts: PreviewCounts = { ready: 0, errors: 0, duplicates: 0 };
  for (const row of rows) {
    const status = rowStatus(row);
    if (status === 'ready') counts.ready += 1;
    else if (status === 'error') counts.errors += 1;
    else counts.duplicates += 1;
  }
  return counts;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "18 ready, 2 with errors, 1 duplicate". */
export function summaryLine(counts: PreviewCounts): string {
  return [
    `${counts.ready} ready`,
    `${counts.errors} with ${counts.errors === 1 ? 'an error' : 'errors'}`,
    plural(counts.duplicates, 'duplicate', 'duplicates'),
  ].join(', ');
}

export function importButtonLabel(count: number): string {
  if (count === 0) return 'Nothing to import';
  return `Import ${plural(count, 'person', 'people')}`;
}

/**
 * Name and email columns are required (main refuses a file without them); the
 * others are optional, so their absence is explained rather than treated as an error.
 */
export function missingColumnsMessage(preview: ImportPreview): string | null {
  if (preview.missingColumns.length === 0) return null;
  const names = preview.missingColumns.map((c) => `“${fieldLabel(c)}”`).join(', ');
  const zone = preview.missingColumns.includes('timeZone') ? ' Everyone gets your own time zone, which you can change later.' : '';
  const those = preview.missingColumns.length === 1 ? 'that detail is' : 'those details are';
  const what = preview.format === 'vcard' ? `None of the contacts in the file has ${orList(preview.missingColumns.map(fieldLabel))}` : `The file has no column for ${names}`;
  return `${what}, so ${those} left empty.${zone}`;
}

/** "a time zone, a role or a phone". */
function orList(labels: readonly string[]): string {
  const items = labels.map((l) => `${/^[aeiou]/i.test(l) ? 'an' : 'a'} ${l}`);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Rows left out only because the file gives no email address (common in LinkedIn exports). */
export function rowsWithoutEmail(rows: readonly ImportRow[]): ImportRow[] {
  return rows.filter((r) => r.errors.some((e) => e.field === 'email') && !r.values.email);
}

/** "name from First Name, Last Name; email from E-mail 1 - Value, E-mail 2 - Value". */
export function sourceLines(preview: ImportPreview): { field: string; from: string }[] {
  return preview.sources.map((s) => ({ field: fieldLabel(s.field), from: s.from.join(', ') }));
}

/** Columns in the order the template and the help text give them. */
export const EXPECTED_COLUMNS = ['name', 'email', 'time zone', 'organisation', 'role', 'phone'] as const;
export const EXAMPLE_ROW = 'Ana Souza,ana@example.com,Europe/Lisbon,Acme Ltd,Team lead,+351 912 345 678';

export function templateCsv(): string {
  return `${EXPECTED_COLUMNS.join(',')}\n${EXAMPLE_ROW}\n`;
}
